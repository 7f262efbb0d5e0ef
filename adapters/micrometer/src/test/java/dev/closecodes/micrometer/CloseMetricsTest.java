package dev.closecodes.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import dev.closecodes.runtime.WirePolicy;
import dev.closecodes.testing.JdkClient;
import dev.closecodes.testing.LoopbackJetty;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.junit.jupiter.api.Test;

/**
 * Closes counted on a real server, read back from a real Prometheus scrape over HTTP: the expected
 * series and counts, each endpoint's closes named by its own codes, and a bounded number of series
 * after a hostile peer sent 1,000 different numbers, and after every number of the 16 bits and some
 * outside them, sent and received. The test's sets serve three endpoints: the default one ({@link
 * ShopCloses}), {@code chat} and {@code game}, which both declare 4001.
 */
class CloseMetricsTest {

  private static final int HOSTILE = 1_000;

  private final PrometheusMeterRegistry prometheus =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final CloseMetrics metrics = new CloseMetrics(prometheus);

  /**
   * Counts what it receives with the metrics of the endpoint its URI names ({@code ?game}), or with
   * the default ones. Public: Jetty calls the listener through method handles.
   */
  public static final class Endpoint implements Session.Listener.AutoDemanding {
    private final CloseMetrics metrics;
    private final CountDownLatch closes;

    Endpoint(CloseMetrics metrics, CountDownLatch closes) {
      this.metrics = metrics;
      this.closes = closes;
    }

    Endpoint(CloseMetrics metrics, URI uri, CountDownLatch closes) {
      this(uri.getQuery() == null ? metrics : metrics.endpoint(uri.getQuery()), closes);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
      metrics.received(CloseEvent.received(statusCode, reason, true));
      callback.succeed();
      closes.countDown();
    }
  }

  @Test
  void closesSentAndReceivedAppearInTheScrape() throws Exception {
    CountDownLatch closes = new CountDownLatch(2);
    try (LoopbackJetty server = new LoopbackJetty(uri -> new Endpoint(metrics, uri, closes))) {
      JdkClient.connect(server.uri()).close(metrics.sent(new ShopCloseEvents().cartExpired()));
      JdkClient.connect(server.uri()).close(CloseEvent.of(StandardCloseCode.NORMAL_CLOSURE));
      assertTrue(closes.await(10, TimeUnit.SECONDS));
    }
    metrics.received(CloseEvent.received(StandardCloseCode.ABNORMAL_CLOSURE.code(), "", false));

    List<String> series = scrape();

    assertTrue(
        series.contains(
            "websocket_closes_total{clean=\"true\",code=\"4301\",direction=\"sent\","
                + "endpoint=\"default\",name=\"CART_EXPIRED\",set=\"dev.closecodes.micrometer.ShopCloses\"} 1.0"),
        series::toString);
    assertTrue(
        series.contains(
            "websocket_closes_total{clean=\"true\",code=\"4301\",direction=\"received\","
                + "endpoint=\"default\",name=\"CART_EXPIRED\",set=\"dev.closecodes.micrometer.ShopCloses\"} 1.0"),
        series::toString);
    assertTrue(
        series.contains(
            "websocket_closes_total{clean=\"true\",code=\"1000\",direction=\"received\","
                + "endpoint=\"default\",name=\"NORMAL_CLOSURE\",set=\"standard\"} 1.0"),
        series::toString);
    assertTrue(
        series.contains(
            "websocket_closes_total{clean=\"false\",code=\"1006\",direction=\"received\","
                + "endpoint=\"default\",name=\"ABNORMAL_CLOSURE\",set=\"standard\"} 1.0"),
        series::toString);
  }

  @Test
  void eachEndpointsClosesAreTaggedWithItAndNamedByItsOwnCodes() throws Exception {
    CountDownLatch closes = new CountDownLatch(3);
    try (LoopbackJetty server = new LoopbackJetty(uri -> new Endpoint(metrics, uri, closes))) {
      CloseEvent kicked = metrics.endpoint("game").sent(new GameCloseEvents().kicked());
      JdkClient.connect(URI.create(server.uri() + "?game")).close(kicked);
      JdkClient.connect(URI.create(server.uri() + "?chat")).close(CloseEvent.of(4001, "Expired"));
      JdkClient.connect(server.uri()).close(CloseEvent.of(4001, ""));
      assertTrue(closes.await(10, TimeUnit.SECONDS));
    }

    List<String> series = scrape();

    assertEquals(
        List.of(
            "websocket_closes_total{clean=\"true\",code=\"4000-4999\",direction=\"received\","
                + "endpoint=\"default\",name=\"UNREGISTERED\",set=\"none\"} 1.0",
            "websocket_closes_total{clean=\"true\",code=\"4001\",direction=\"received\","
                + "endpoint=\"chat\",name=\"SESSION_EXPIRED\","
                + "set=\"dev.closecodes.micrometer.ChatCloses\"} 1.0",
            "websocket_closes_total{clean=\"true\",code=\"4001\",direction=\"received\","
                + "endpoint=\"game\",name=\"KICKED\",set=\"dev.closecodes.micrometer.GameCloses\"} 1.0",
            "websocket_closes_total{clean=\"true\",code=\"4001\",direction=\"sent\","
                + "endpoint=\"game\",name=\"KICKED\",set=\"dev.closecodes.micrometer.GameCloses\"} 1.0"),
        series);
    assertSame(metrics.endpoint("game"), metrics.endpoint("game"));
    assertSame(metrics, metrics.endpoint(""), "the default endpoint's are the registry's own");
  }

  @Test
  void theDefaultEndpointIsCalledDefaultAndATypoIsRefused() throws Exception {
    assertSame(metrics, metrics.endpoint("default"), "as the tag calls it");

    IllegalArgumentException typo =
        assertThrows(IllegalArgumentException.class, () -> metrics.endpoint("gmae"));

    assertTrue(typo.getMessage().contains("\"gmae\"; the endpoints are "), typo.getMessage());
    assertTrue(typo.getMessage().contains("game"), typo.getMessage());
    assertEquals(List.of(), scrape(), "nothing counted under a name that does not exist");
  }

  @Test
  void anApplicationWithOneNamedEndpointCountsForItWithoutNamingIt() {
    CloseMetrics game = new CloseMetrics(prometheus, CloseCodeRegistry.global().endpoint("game"));

    game.received(CloseEvent.received(4001, "Kicked", true));

    assertEquals(
        1.0,
        prometheus
            .get(CloseMetrics.NAME)
            .tags("endpoint", "game", "code", "4001", "name", "KICKED")
            .counter()
            .count());
    assertSame(game, game.endpoint("game"));
  }

  @Test
  void aHostilePeerSendingAThousandNumbersAddsAHandfulOfSeries() throws Exception {
    CountDownLatch closes = new CountDownLatch(HOSTILE);
    try (LoopbackJetty server = new LoopbackJetty(uri -> new Endpoint(metrics, uri, closes))) {
      for (int i = 0; i < HOSTILE; i++) {
        // 3000-3499 and 4500-4999: 1,000 numbers that no set declares.
        int code = i < HOSTILE / 2 ? 3000 + i : 4000 + i;
        JdkClient.connect(server.uri()).close(CloseEvent.of(code, ""));
      }
      assertTrue(closes.await(60, TimeUnit.SECONDS), "closes counted: " + closes.getCount());
    }

    List<String> series = scrape();

    assertEquals(
        List.of(
            "websocket_closes_total{clean=\"true\",code=\"3000-3999\",direction=\"received\","
                + "endpoint=\"default\",name=\"UNREGISTERED\",set=\"none\"} 500.0",
            "websocket_closes_total{clean=\"true\",code=\"4000-4999\",direction=\"received\","
                + "endpoint=\"default\",name=\"UNREGISTERED\",set=\"none\"} 500.0"),
        series);
  }

  @Test
  void everyNumberNobodyDeclaredCountsAsItsRangeSentOrReceived() throws Exception {
    List<Integer> outside16Bits = List.of(Integer.MIN_VALUE, -1, 65536, Integer.MAX_VALUE);
    outside16Bits.forEach(code -> metrics.received(CloseEvent.received(code, "", true)));
    for (int code = 0; code <= 65535; code++) {
      metrics.received(CloseEvent.received(code, "", true));
    }
    for (int code = 0; code <= 65535; code++) {
      if (WirePolicy.isSendable(code)) {
        metrics.sent(CloseEvent.of(code, ""));
      }
    }

    List<String> series = scrape();

    assertEquals(
        List.of(
            unregistered("0-999", "received", 1000),
            unregistered("1000-2999", "received", 2999 - 1016 + 1),
            unregistered("3000-3999", "received", 1000),
            unregistered("3000-3999", "sent", 1000),
            unregistered("4000-4999", "received", 999),
            unregistered("4000-4999", "sent", 999),
            unregistered("5000-65535", "received", 65535 - 5000 + 1),
            unregistered("invalid", "received", outside16Bits.size())),
        series.stream().filter(line -> line.contains("UNREGISTERED")).toList());
    // Beside them, one series per standard code (16 received, the 12 sendable ones sent) and
    // the declared 4301 each way: 38 series for 67,552 closes of 65,540 numbers.
    assertEquals(8 + 16 + 12 + 2, series.size(), series::toString);
  }

  private static String unregistered(String range, String direction, int count) {
    return "websocket_closes_total{clean=\"true\",code=\""
        + range
        + "\",direction=\""
        + direction
        + "\",endpoint=\"default\",name=\"UNREGISTERED\",set=\"none\"} "
        + (double) count;
  }

  /** Scrapes the registry over HTTP, as Prometheus does; returns the counter's series, sorted. */
  private List<String> scrape() throws Exception {
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext(
        "/metrics",
        exchange -> {
          byte[] text = prometheus.scrape().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, text.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(text);
          }
        });
    http.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/metrics");
      String text =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
              .body();
      return text.lines()
          .filter(line -> line.startsWith("websocket_closes_total{"))
          .sorted()
          .toList();
    } finally {
      http.stop(0);
    }
  }
}
