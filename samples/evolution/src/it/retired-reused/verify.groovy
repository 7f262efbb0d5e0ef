// A retired number given to a new code fails.
def log = new File(basedir, 'build.log').text
def source = 'src/main/java/com/example/chat/ChatCloses.java'.replace('/', File.separator)
def expected = source + ':[20,17] [closecodes.retired] close code 4003 was retired by com.example.chat.ChatCloses; clients still know its old meaning, so give this code a new number'
if (!log.contains(expected)) {
    throw new AssertionError('build.log lacks:\n  ' + expected + '\n--- build.log ---\n' + log)
}
if (!log.contains('BUILD FAILURE')) {
    throw new AssertionError('the build did not fail')
}
