// Each repackaged jar runs as a user runs it: the bindings, which repackaging leaves at the jar's
// root (META-INF/ is not moved into BOOT-INF/classes/), are served at /closecodes/, the endpoint closes with the injected events bean,
// and the close shows in Actuator's Prometheus scrape.
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.net.http.WebSocket
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionStage
import java.util.concurrent.TimeUnit
import java.util.zip.ZipFile

def http = HttpClient.newHttpClient()
def get = { String url ->
    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
}

for (version in ['3.5.16', '4.0.9']) {
    def jar = new File(basedir, "target/shop-${version}.jar")
    def inJar = new ZipFile(jar).withCloseable { zip ->
        def entry = zip.getEntry('META-INF/closecodes/shop.js')
        assert entry != null: "${jar} has no META-INF/closecodes/shop.js"
        zip.getInputStream(entry).text
    }
    def java = new File(System.getProperty('java.home'), 'bin/java').path
    def log = new File(basedir, "app-${version}.log")
    // Port 0: the server binds a free port itself and logs it, so no other build can take it first.
    def app = new ProcessBuilder(java, '-jar', jar.path, '--server.port=0')
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start()
    try {
        def port = null
        for (int i = 0; i < 240 && port == null && app.isAlive(); i++) {
            def started = log.text =~ /started on port (\d+)/
            if (started.find()) {
                port = started.group(1)
            } else {
                Thread.sleep(250)
            }
        }
        assert port != null: "Boot ${version} did not start a server:\n" + log.text
        def base = "http://127.0.0.1:${port}"
        assert get("${base}/closecodes/shop.js").body() == inJar
        assert get("${base}/closecodes/shop.json").body().contains('"code": 4301')

        def closed = new CompletableFuture()
        def socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:${port}/shop"),
                new WebSocket.Listener() {
                    CompletionStage onClose(WebSocket ws, int code, String reason) {
                        closed.complete("${code} ${reason}".toString())
                        return null
                    }
                }).get(10, TimeUnit.SECONDS)
        socket.sendText('c-7', true).get(10, TimeUnit.SECONDS)
        assert closed.get(10, TimeUnit.SECONDS) == '4301 Cart c-7 expired'

        // The handler counts its close once close() has returned: just after the client has it.
        def scrape = null
        def series = null
        for (int i = 0; i < 50 && series == null; i++) {
            scrape = get("${base}/actuator/prometheus").body()
            series = scrape.readLines().find {
                it.startsWith('websocket_closes_total{') && it.contains('code="4301"') && it.contains('direction="sent"')
            }
            if (series == null) {
                Thread.sleep(100)
            }
        }
        assert series != null && series.endsWith(' 1.0'): "Boot ${version}: no sent 4301 in the scrape:\n" + scrape
        // Tomcat ends the session from inside close(), before the handler counts: counted once.
        assert !scrape.readLines().any {
            it.startsWith('websocket_closes_total{') && it.contains('code="4301"') && it.contains('direction="received"')
        }: "Boot ${version}: the server's own close counted as received too:\n" + scrape
        println "Boot ${version}: bindings served from the repackaged jar, 4301 closed and counted once"
    } finally {
        app.destroy()
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS)
        }
    }
}
