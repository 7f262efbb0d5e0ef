// The build must have failed with each message, at the file, line and column of the value at fault,
// in source order.
def log = new File(basedir, 'build.log').text
def source = 'src/main/java/com/example/bad/BadCloses.java'.replace('/', File.separator)

def expected = [
    '[11,17] [closecodes.range] close code 999 is in 0-999, not used by RFC 6455; declare application codes in 4000-4999',
    '[17,17] [closecodes.duplicate] close code 4001 is already declared by BadCloses.first(); give each code its own number',
    '[20,32] [closecodes.reason-length] reason is 133 bytes of UTF-8, 10 over the 123 that a close frame carries; shorten it',
    '[23,32] [closecodes.placeholder] reason placeholder {rooom} names no parameter of BadCloses.roomFull(java.lang.String); its parameters are room',
    '[24,30] [closecodes.unused-parameter] parameter room does not appear in the reason; add {room} to the reason or remove the parameter',
]
def missing = expected.findAll { !log.contains(source + ':' + it) }
if (missing) {
    throw new AssertionError('build.log lacks:\n  ' + missing.join('\n  ') + '\n--- build.log ---\n' + log)
}
def positions = expected.collect { log.indexOf(source + ':' + it) }
if (positions != positions.sort(false)) {
    throw new AssertionError('the messages are not in source order:\n' + log)
}
if (!log.contains('BUILD FAILURE')) {
    throw new AssertionError('the build did not fail')
}
println "invalid declarations failed the build with all ${expected.size()} messages"
