package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import dev.closecodes.testing.RawWebSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} after real closes: what the server sent and what a client started, each in its
 * series of {@code websocket_closes_total}, in the text a Prometheus server scrapes.
 */
class MetricsTest {

  /** The value of the one series of {@code websocket_closes_total} with all of these labels. */
  static double closes(String scrape, String... labels) {
    return scrape
        .lines()
        .filter(line -> line.startsWith("websocket_closes_total{"))
        .filter(
            line -> {
              for (String label : labels) {
                if (!line.contains(label)) {
                  return false;
                }
              }
              return true;
            })
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  static String scrape(URI page) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(page.resolve("/metrics"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals(
        "text/plain; version=0.0.4; charset=utf-8",
        response.headers().firstValue("Content-Type").orElseThrow());
    return response.body();
  }

  @Test
  void closesSentAndReceivedAreCountedByName() throws Exception {
    try (ChatServer server = ChatServer.start("127.0.0.1", 0, ChatPolicy.defaults())) {
      try (JdkClient expired = JdkClient.connect(server.webSocketUri(), "eve")) {
        expired.send("expire");
        expired.closed();
      }
      JdkClient leaving = JdkClient.connect(server.webSocketUri(), "zoe");
      leaving.close();
      leaving.closed();

      String scrape = scrape(server.pageUri());
      for (int i = 0; i < 50 && closes(scrape, "direction=\"received\"") == 0; i++) {
        Thread.sleep(100);
        scrape = scrape(server.pageUri());
      }

      assertEquals(
          1.0,
          closes(
              scrape,
              "code=\"4001\"",
              "name=\"SESSION_EXPIRED\"",
              "set=\"dev.closecodes.samples.chat.ChatCloses\"",
              "direction=\"sent\"",
              "clean=\"true\""),
          scrape);
      assertEquals(
          1.0,
          closes(scrape, "code=\"1000\"", "name=\"NORMAL_CLOSURE\"", "direction=\"received\""),
          scrape);
      assertEquals(2.0, closes(scrape), scrape);
    }
  }

  @Test
  void aMemberWhoGoesOnSendingAfterTheLimitIsClosedAndCountedOnce() throws Exception {
    int limit = ChatPolicy.defaults().messagesPerWindow();
    try (ChatServer server = ChatServer.start("127.0.0.1", 0, ChatPolicy.defaults());
        RawWebSocket chatty = RawWebSocket.connect(server.webSocketUri())) {
      // Twenty messages over the limit reach the server before the client reads its close...
      for (int i = 0; i < limit + 20; i++) {
        chatty.sendText("say message " + i);
      }
      CloseEvent closed = chatty.awaitClose();
      assertEquals(ChatCloseCode.RATE_LIMITED.code(), closed.code());
      // ...and twenty more after it, before the client answers the close.
      for (int i = 0; i < 20; i++) {
        chatty.sendText("say after the close " + i);
      }
      chatty.sendClose(CloseFrame.encode(closed));
      // The server ends the connection once it has handled every message before the answer.
      assertEquals(1006, chatty.awaitClose().code());

      String scrape = scrape(server.pageUri());
      assertEquals(1.0, closes(scrape, "name=\"RATE_LIMITED\"", "direction=\"sent\""), scrape);
      assertEquals(1.0, closes(scrape), "nothing else counted:\n" + scrape);
    }
  }
}
