// The repackaged jar runs as a user runs it, with no Micrometer or Actuator in it: the endpoint's
// bindings are served at /closecodes/chat.js, and the handler closes with the injected events.
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.net.http.WebSocket
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionStage
import java.util.concurrent.TimeUnit
import java.util.zip.ZipFile

def jar = new File(basedir, 'target/chat-1.0.jar')
def libraries = new ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name } }
assert libraries.any { it.startsWith('BOOT-INF/lib/closecodes-spring-boot-starter') }
assert !libraries.any { it.startsWith('BOOT-INF/lib/micrometer-core') }: 'Micrometer is in the jar'

def http = HttpClient.newHttpClient()
def get = { String url ->
    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
}
int port = new ServerSocket(0).withCloseable { it.localPort }
def java = new File(System.getProperty('java.home'), 'bin/java').path
def log = new File(basedir, 'app.log')
def app = new ProcessBuilder(java, '-jar', jar.path, "--server.port=${port}")
        .redirectErrorStream(true).redirectOutput(log).start()
try {
    def base = "http://127.0.0.1:${port}"
    def bindings = null
    for (int i = 0; i < 120 && bindings == null; i++) {
        try {
            bindings = get("${base}/closecodes/chat.js")
        } catch (IOException e) {
            Thread.sleep(500)
        }
    }
    assert bindings != null: 'the application did not start:\n' + log.text
    assert bindings.statusCode() == 200 && bindings.body().contains('ROOM_FULL')

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
    app.waitFor(30, TimeUnit.SECONDS)
}
true
