// Kotlin declarations generate the enum and the events, which Kotlin code then uses.
def log = new File(basedir, 'build.log').text
def line = 'kotlin 4002 Room lobby is full The room reached its member limit.'
if (!log.contains(line)) {
    throw new AssertionError("build.log lacks '" + line + "':\n" + log)
}
