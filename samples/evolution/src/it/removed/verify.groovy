// A code removed without being retired fails on its set.
def log = new File(basedir, 'build.log').text
def source = 'src/main/java/com/example/chat/ChatCloses.java'.replace('/', File.separator)
def baseline = new File(basedir, 'target/closecodes-baseline/META-INF/closecodes/default.json').path
def expected = source + ':[9,8] [closecodes.compat] close code 4003 (com.example.chat.ChatCloses.KICKED) of the baseline ' + baseline + ' is gone; list it in @CloseCodes(retired = ...) so that no set reuses it'
if (!log.contains(expected)) {
    throw new AssertionError('build.log lacks:\n  ' + expected + '\n--- build.log ---\n' + log)
}
if (!log.contains('BUILD FAILURE')) {
    throw new AssertionError('the build did not fail')
}
