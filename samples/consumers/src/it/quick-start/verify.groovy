// The Quick start builds, and each program prints, in order, what the comments at the end of its
// lines promise (`System.out.println(event.code()); // 4002`), as the docs show them.
// Maven 4 prefixes what the program prints with "[INFO] [stdout] ".
def printed = new File(basedir, 'build.log').readLines().collect { it.replaceFirst(/^\[INFO\] \[stdout\] /, '') }
['Main', 'Receiving'].each { name ->
    def source = new File(basedir, "src/main/java/com/example/chat/${name}.java")
    def promised = source.readLines().findAll { it =~ /;\s*\/\/ / }.collect { it.split(/;\s*\/\/ /, 2)[1].trim() }
    assert promised.size() >= 3: "${name}.java promises nothing"
    int at = 0
    promised.each { line ->
        while (at < printed.size() && printed[at] != line) at++
        assert at < printed.size(): "${name} did not print '${line}' (in this order):\n" + printed.join('\n')
        at++
    }
}
true
