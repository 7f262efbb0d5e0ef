// kapt reports the processor's error and fails the build. kotlin-maven-plugin offers no way to
// map it back to the .kt file (it sets kapt's mapDiagnosticLocations itself), so it points at
// kapt's Java stub of the interface, whose line holds the same annotation.
def log = new File(basedir, 'build.log').text
def message = '[closecodes.range] close code 1001 is the standard code Going Away of RFC 6455'
if (!log.contains(message) || !log.contains('BUILD FAILURE')) {
    throw new AssertionError('the build did not fail with the range error:\n' + log)
}
def reported = log.readLines().find { it.contains(message) }
def stub = 'kaptStubs/compile/com/example/chat/ChatCloses.java'.replace('/', File.separator)
if (!reported.contains(stub)) {
    throw new AssertionError('the error does not name the stub of ChatCloses: ' + reported)
}
