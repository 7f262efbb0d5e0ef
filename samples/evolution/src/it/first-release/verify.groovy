// No release exists yet: the build neither unpacks nor reads a baseline, and ships its manifest.
def log = new File(basedir, 'build.log').text
assert !log.contains('closecodes-baseline'): 'the baseline profile ran for the first release'
assert new File(basedir, 'target/classes/META-INF/closecodes/default.json').isFile()
true
