// Adding a method keeps the API: the check compared release 2.0 with 1.0, saw the new method and
// found it compatible. Its report says so whatever the Maven version prints in the log.
def report = new File(basedir, 'target/japicmp/api-compatibility.xml')
assert report.isFile(): 'the API check wrote no report, so it did not compare anything'
def japicmp = new groovy.xml.XmlSlurper().parse(report)
assert japicmp.@oldVersion == '1.0'
def greeter = japicmp.classes.'class'.find { it.@fullyQualifiedName == 'com.example.lib.Greeter' }
def wave = greeter.methods.method.find { it.@name == 'wave' }
assert wave.@changeStatus == 'NEW'
assert wave.@binaryCompatible == 'true' && wave.@sourceCompatible == 'true'
