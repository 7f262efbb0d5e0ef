// Renaming and deleting sets without a clean leaves what a clean build leaves.
def log = new File(basedir, 'build.log').text
def check = { condition, what -> if (!condition) throw new AssertionError(what + '\n' + log) }
check(!log.contains('[closecodes.'), 'the rebuild reported a closecodes problem')
check(log.contains('resolved 4001 ROOM_CLOSED'), 'the renamed set does not resolve')
check(log.contains('resolved 4100 UNREGISTERED'), 'the deleted set still resolves')
def services = new File(basedir,
    'target/classes/META-INF/services/dev.closecodes.runtime.CloseCodeSet').readLines()
check(services == ['com.example.app.LobbyCloseCode$Provider'], 'service file: ' + services)
def manifest = new File(basedir, 'target/classes/META-INF/closecodes/default.json').text
check(manifest.contains('"com.example.app.LobbyCloses"'), 'manifest lacks LobbyCloses: ' + manifest)
check(!manifest.contains('RoomCloses') && !manifest.contains('PayCloses'), 'manifest: ' + manifest)
