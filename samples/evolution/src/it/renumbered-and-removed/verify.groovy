// A renumbered code and a removed one fail in one build, each with its message.
def log = new File(basedir, 'build.log').text
def source = 'src/main/java/com/example/chat/ChatCloses.java'.replace('/', File.separator)
def baseline = new File(basedir, 'target/closecodes-baseline/META-INF/closecodes/default.json').path
def expected = [
    source + ':[16,17] [closecodes.compat] com.example.chat.ChatCloses.ROOM_FULL was close code 4002 in the baseline ' + baseline + ' and is now 4012',
    source + ':[9,8] [closecodes.compat] close code 4003 (com.example.chat.ChatCloses.KICKED) of the baseline ' + baseline + ' is gone',
]
expected.each {
    if (!log.contains(it)) {
        throw new AssertionError('build.log lacks:\n  ' + it + '\n--- build.log ---\n' + log)
    }
}
if (!log.contains('BUILD FAILURE')) {
    throw new AssertionError('the build did not fail')
}
