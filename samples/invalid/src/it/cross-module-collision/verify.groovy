// The library's jar is on the class path; the build must fail naming both sets.
def log = new File(basedir, 'build.log').text
def source = 'src/main/java/com/example/app/AppCloses.java'.replace('/', File.separator)
def expected = source + ':[14,17] [closecodes.duplicate] close code 4100 of endpoint "chat" is' +
    ' already declared by dev.closecodes.samples.moderation.ModerationCloses.BANNED, compiled' +
    ' into a module on the class path; give each code its own number'
if (!log.contains(expected)) {
    throw new AssertionError('build.log lacks:\n  ' + expected + '\n--- build.log ---\n' + log)
}
if (!log.contains('BUILD FAILURE')) {
    throw new AssertionError('the build did not fail')
}
println 'a number reused across modules failed the build, naming both sets'
