// Removing a public method breaks the API: the report marks it, and the build's error names it.
def report = new File(basedir, 'target/japicmp/api-compatibility.xml')
assert report.isFile(): 'the API check wrote no report, so it did not compare anything'
def japicmp = new groovy.xml.XmlSlurper().parse(report)
def greeter = japicmp.classes.'class'.find { it.@fullyQualifiedName == 'com.example.lib.Greeter' }
def bye = greeter.methods.method.find { it.@name == 'bye' }
assert bye.@changeStatus == 'REMOVED'
assert bye.@binaryCompatible == 'false'
def log = new File(basedir, 'build.log').text
assert log.contains('com.example.lib.Greeter.bye():METHOD_REMOVED'): log
