// Deprecated codes keep a strict build green, and the generated code says they are deprecated.
def log = new File(basedir, 'build.log').text
def check = { condition, what -> if (!condition) throw new AssertionError(what + '\n' + log) }
check(log.contains('BUILD SUCCESS') && !log.contains('WARNING] /'), 'the strict build warned or failed')
def enumSource = new File(basedir,
    'target/generated-sources/annotations/com/example/app/ShopCloseCode.java').text
check(enumSource =~ /@Deprecated\s+CART_EXPIRED/, 'CART_EXPIRED is not @Deprecated')
check(enumSource =~ /@Deprecated\(\s*forRemoval = true\s*\)[^;]{0,80}CHECKOUT_MOVED/,
    'CHECKOUT_MOVED is not @Deprecated(forRemoval = true)')
def ts = new File(basedir, 'target/classes/META-INF/closecodes/default.ts').text
check(ts.contains('@deprecated Clients treat it as sessionEnded(); send that.'), 'the TypeScript: ' + ts)
