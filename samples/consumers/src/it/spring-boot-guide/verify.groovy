// The repackaged jar runs as a user runs it, with neither Micrometer nor Actuator in it: the
// application starts, serves every binding of the endpoint with its type, closes with the injected
// events and records the close.
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.net.http.WebSocket
import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionStage
import java.util.concurrent.TimeUnit
import java.util.zip.ZipFile

def jar = new File(basedir, 'target/chat-1.0.jar')
def libraries = new ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name } }
assert libraries.any { it.startsWith('BOOT-INF/lib/closecodes-spring-boot-starter') }
assert !libraries.any { it.contains('micrometer-core') || it.contains('actuator') }:
        'Micrometer or Actuator is in the jar'

def http = HttpClient.newHttpClient()
def get = { String url ->
    http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString())
}
def types = [
    'chat.js'  : 'text/javascript;charset=UTF-8',
    'chat.ts'  : 'application/typescript;charset=UTF-8',
    'chat.d.ts': 'application/typescript;charset=UTF-8',
    'chat.json': 'application/json',
    'chat.md'  : 'text/markdown;charset=UTF-8',
]
def java = new File(System.getProperty('java.home'), 'bin/java').path
def log = new File(basedir, 'app.log')
def app = new ProcessBuilder(java, '-jar', jar.path, '--server.address=127.0.0.1', '--server.port=0')
        .redirectErrorStream(true).redirectOutput(log).start()
try {
    def port = null
    for (int i = 0; i < 240 && port == null && app.alive; i++) {
        def started = log.text =~ /started on port (\d+)/
        port = started.find() ? started.group(1) : null
        if (port == null) {
            Thread.sleep(250)
        }
    }
    assert port != null: 'the application did not start:\n' + log.text
    def base = "http://127.0.0.1:${port}"

    types.each { file, type ->
        def response = get("${base}/closecodes/${file}")
        assert response.statusCode() == 200: "${file}: ${response.statusCode()}"
        assert response.headers().firstValue('Content-Type').orElse('none') == type: file
    }
    assert get("${base}/closecodes/chat.js").body().contains('ROOM_FULL')

    def closed = new CompletableFuture()
    def socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:${port}/chat"),
            new WebSocket.Listener() {
                CompletionStage onClose(WebSocket ws, int code, String reason) {
                    closed.complete("${code} ${reason}".toString())
                    return null
                }
            }).get(10, TimeUnit.SECONDS)
    socket.sendText('lobby', true).get(10, TimeUnit.SECONDS)
    assert closed.get(10, TimeUnit.SECONDS) == '4002 Room lobby is full'
    for (int i = 0; i < 20 && !log.text.contains('closed: '); i++) Thread.sleep(250)
    assert log.text.contains('closed: '): 'the handler did not record the close:\n' + log.text
} finally {
    app.destroy()
    if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor(10, TimeUnit.SECONDS)
    }
}
true
