// Each repackaged jar runs as a user runs it, with neither Actuator nor Micrometer in it: the
// application starts, closes with the injected events bean, and serves every binding with its type.
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.net.http.WebSocket
import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionStage
import java.util.concurrent.TimeUnit
import java.util.zip.ZipFile

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

for (version in ['3.5.16', '4.0.9']) {
    def jar = new File(basedir, "target/chat-${version}.jar")
    def libraries = new ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name } }
    assert !libraries.any { it.contains('micrometer-core') || it.contains('actuator') }:
            "Boot ${version}: the jar holds Micrometer or Actuator"
    def log = new File(basedir, "app-${version}.log")
    def java = new File(System.getProperty('java.home'), 'bin/java').path
    def app = new ProcessBuilder(java, '-jar', jar.path, '--server.address=127.0.0.1', '--server.port=0')
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start()
    try {
        def port = null
        for (int i = 0; i < 240 && port == null && app.alive; i++) {
            def started = log.text =~ /started on port (\d+)/
            port = started.find() ? started.group(1) : null
            if (port == null) {
                Thread.sleep(250)
            }
        }
        assert port != null: "Boot ${version} did not start:\n" + log.text
        def base = "http://127.0.0.1:${port}"

        types.each { file, type ->
            def response = get("${base}/closecodes/${file}")
            assert response.statusCode() == 200: "Boot ${version}: ${file} ${response.statusCode()}"
            assert response.headers().firstValue('Content-Type').orElse('none') == type: "Boot ${version}: ${file}"
        }

        def closed = new CompletableFuture()
        def socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:${port}/chat"),
                new WebSocket.Listener() {
                    CompletionStage onClose(WebSocket ws, int code, String reason) {
                        closed.complete("${code} ${reason}".toString())
                        return null
                    }
                }).get(10, TimeUnit.SECONDS)
        socket.sendText('attic', true).get(10, TimeUnit.SECONDS)
        assert closed.get(10, TimeUnit.SECONDS) == '4002 Room attic is full'
        println "Boot ${version}: no Micrometer, 4002 closed, every binding served with its type"
    } finally {
        app.destroy()
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(10, TimeUnit.SECONDS)
        }
    }
}
