// The README's snippet, pasted into this pom, builds and runs the worked example.
def log = new File(basedir, 'build.log').text
['event 4002 Room lobby is full Optional[ROOM_FULL]',
 'of SESSION_EXPIRED, find Optional.empty',
 'resolve ROOM_FULL',
 'switch sign in again'].each { line ->
    if (!log.contains(line)) {
        throw new AssertionError("build.log lacks '" + line + "':\n" + log)
    }
}

// This pom holds the README's Quick start as it stands there, so the README cannot drift.
def readme = new File(basedir, '../../../../../README.md').text
def start = readme.indexOf('```xml', readme.indexOf('## Quick start (Maven)')) + '```xml'.length()
def snippet = readme.substring(start, readme.indexOf('```', start)).trim()
def normalize = { text -> text.readLines()*.trim().findAll { it }.join('\n') }
def pom = normalize(new File(basedir, 'pom.xml').text)
if (!pom.contains(normalize(snippet))) {
    throw new AssertionError('pom.xml no longer holds the README\'s Quick start:\n' + snippet)
}
