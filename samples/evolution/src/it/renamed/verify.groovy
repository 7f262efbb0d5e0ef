// A renamed constant fails, naming the number.
def log = new File(basedir, 'build.log').text
def source = 'src/main/java/com/example/chat/ChatCloses.java'.replace('/', File.separator)
def baseline = new File(basedir, 'target/closecodes-baseline/META-INF/closecodes/default.json').path
def expected = source + ':[16,17] [closecodes.compat] close code 4002 was ROOM_FULL in the baseline ' + baseline + ' and is now com.example.chat.ChatCloses.LOBBY_FULL; clients know a published code by its name too, so restore the name'
if (!log.contains(expected)) {
    throw new AssertionError('build.log lacks:\n  ' + expected + '\n--- build.log ---\n' + log)
}
if (!log.contains('BUILD FAILURE')) {
    throw new AssertionError('the build did not fail')
}
