// A retired code, a new code and a reworded description build against the baseline.
def log = new File(basedir, 'build.log').text
if (!log.contains('BUILD SUCCESS') || log.contains('[closecodes.')) {
    throw new AssertionError('expected a clean build:\n' + log)
}
