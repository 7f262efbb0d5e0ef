// Removing a public method breaks the API, and the build says which.
def log = new File(basedir, 'build.log').text
if (!log.contains('com.example.lib.Greeter.bye():METHOD_REMOVED') || !log.contains('BUILD FAILURE')) {
    throw new AssertionError('the API check did not fail on the removed method:\n' + log)
}
