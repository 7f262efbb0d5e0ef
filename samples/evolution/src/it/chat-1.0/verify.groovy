// The first release ships its manifest, which the others take as their baseline.
def manifest = new File(basedir, 'target/classes/META-INF/closecodes/default.json')
if (!manifest.text.contains('"name": "KICKED"')) {
    throw new AssertionError('the manifest lacks KICKED:\n' + manifest.text)
}
