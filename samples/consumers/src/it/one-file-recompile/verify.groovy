// A one-file recompile leaves the same registry as a clean build.
def log = new File(basedir, 'build.log').text
def check = { condition, what -> if (!condition) throw new AssertionError(what + '\n' + log) }
check(log.contains('Compiling 1 source file'), 'the second build did not recompile one file')
['resolved 4001 ROOM_CLOSED', 'resolved 4002 ROOM_FULL', 'resolved 4100 PAYMENT_REQUIRED',
 'resolved 4101 CARD_DECLINED'].each { check(log.contains(it), 'build.log lacks ' + it) }
def services = new File(basedir,
    'target/classes/META-INF/services/dev.closecodes.runtime.CloseCodeSet').readLines()
check(services == ['com.example.app.PayCloseCode$Provider', 'com.example.app.RoomCloseCode$Provider'],
    'service file: ' + services)
def manifest = new File(basedir, 'target/classes/META-INF/closecodes/default.json').text
check(manifest.contains('"com.example.app.RoomCloses"') && manifest.contains('"CARD_DECLINED"'),
    'manifest: ' + manifest)
