// A renumbered code fails, naming both numbers.
def log = new File(basedir, 'build.log').text
def source = 'src/main/java/com/example/chat/ChatCloses.java'.replace('/', File.separator)
def baseline = new File(basedir, 'target/closecodes-baseline/META-INF/closecodes/default.json').path
def expected = source + ':[16,17] [closecodes.compat] com.example.chat.ChatCloses.ROOM_FULL was close code 4002 in the baseline ' + baseline + ' and is now 4012; a published code keeps its number, so restore it and give any new meaning a new number'
if (!log.contains(expected)) {
    throw new AssertionError('build.log lacks:\n  ' + expected + '\n--- build.log ---\n' + log)
}
if (!log.contains('BUILD FAILURE')) {
    throw new AssertionError('the build did not fail')
}
