// Adding a method keeps the API: the check ran and passed.
def log = new File(basedir, 'build.log').text
if (!log.contains('japicmp-maven-plugin') || !log.contains('BUILD SUCCESS')) {
    throw new AssertionError('the API check did not run, or failed:\n' + log)
}
