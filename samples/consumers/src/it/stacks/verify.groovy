// The Jetty endpoint closed both clients with the typed event, and each typed what it received.
def log = new File(basedir, 'build.log').text
['JDK: 4002 Room lobby is full Optional[ROOM_FULL]',
 'OkHttp: Room attic is full, pick another room',
 'OkHttp: 4002 clean true'].each { line ->
    assert log.contains(line): "build.log lacks '${line}'"
}
true
