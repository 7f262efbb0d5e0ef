// Each processor listed on the processor path did its part.
def log = new File(basedir, 'build.log').text
def line = 'lombok o-7, mapstruct 1250, closecodes 4001 Order o-7 paid'
if (!log.contains(line)) {
    throw new AssertionError("build.log lacks '" + line + "':\n" + log)
}
