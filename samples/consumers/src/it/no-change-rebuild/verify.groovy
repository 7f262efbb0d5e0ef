// A rebuild with nothing changed keeps every registration.
def log = new File(basedir, 'build.log').text
def check = { condition, what -> if (!condition) throw new AssertionError(what + '\n' + log) }
check(log.contains('resolved 4001 ROOM_CLOSED') && log.contains('resolved 4100 PAYMENT_REQUIRED'),
    'a set does not resolve after the rebuild')
