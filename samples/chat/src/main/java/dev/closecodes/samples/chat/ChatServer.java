package dev.closecodes.samples.chat;

import dev.closecodes.micrometer.CloseMetrics;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The chat server on embedded Jetty: the page at {@code /}, a session token at {@code /session},
 * WebSocket connections at {@code /ws?name=<member>&token=<session token>}, and at {@code /metrics}
 * every close it sent or received, counted by {@link CloseMetrics}, in Prometheus' text format.
 */
public final class ChatServer implements AutoCloseable {

  /**
   * A WebSocket handshake as the server saw it.
   *
   * @param name the member's name, as the connection asked for it
   * @param token the session token it carried, {@code ""} without one
   * @param at when it arrived
   */
  public record Handshake(String name, String token, Instant at) {}

  private final Server server;
  private final ServerConnector connector;
  private final ScheduledExecutorService timers;
  private final Set<ChatEndpoint> connected;
  private final List<Handshake> handshakes;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ChatServer(
      Server server,
      ServerConnector connector,
      ScheduledExecutorService timers,
      Set<ChatEndpoint> connected,
      List<Handshake> handshakes) {
    this.server = server;
    this.connector = connector;
    this.timers = timers;
    this.connected = connected;
    this.handshakes = handshakes;
  }

  /**
   * Starts a server.
   *
   * @param host the address to listen on, such as {@code 127.0.0.1}
   * @param port the port, or 0 for any free one
   * @param policy the chat's rules
   */
  public static ChatServer start(String host, int port, ChatPolicy policy) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);

    ScheduledExecutorService timers =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "chat-timers");
              thread.setDaemon(true);
              return thread;
            });
    ChatRooms rooms = new ChatRooms(policy.roomCapacity());
    AtomicLong guests = new AtomicLong();
    Set<ChatEndpoint> connected = ConcurrentHashMap.newKeySet();
    List<Handshake> handshakes = new CopyOnWriteArrayList<>();
    PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    CloseMetrics metrics = new CloseMetrics(prometheus);
    WebSocketUpgradeHandler webSockets =
        WebSocketUpgradeHandler.from(
            server,
            container -> {
              container.setIdleTimeout(policy.idleTimeout());
              container.addMapping(
                  "/ws",
                  (request, response, callback) -> {
                    Fields query = Request.extractQueryParameters(request);
                    String name =
                        ChatEndpoint.nameFrom(query.getValue("name"), guests.incrementAndGet());
                    String token = query.getValue("token");
                    handshakes.add(new Handshake(name, token == null ? "" : token, Instant.now()));
                    return new ChatEndpoint(name, policy, rooms, connected, timers, metrics);
                  });
            });
    webSockets.setHandler(new PageHandler(prometheus::scrape));
    server.setHandler(webSockets);
    server.start();
    return new ChatServer(server, connector, timers, connected, handshakes);
  }

  /**
   * @return the page's address, such as {@code http://127.0.0.1:8080/}
   */
  public URI pageUri() {
    return URI.create("http://" + connector.getHost() + ":" + connector.getLocalPort() + "/");
  }

  /**
   * @return the WebSocket endpoint's address, such as {@code ws://127.0.0.1:8080/ws}
   */
  public URI webSocketUri() {
    return URI.create("ws://" + connector.getHost() + ":" + connector.getLocalPort() + "/ws");
  }

  /**
   * The handshakes of the connections named {@code name}, in the order they arrived: how often a
   * member's client came back, when, and with which session token.
   */
  public List<Handshake> handshakes(String name) {
    return handshakes.stream().filter(handshake -> handshake.name().equals(name)).toList();
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops the server. Every member still connected first gets {@code 1001 Going Away}; without it
   * their connections would just drop, which clients report as 1006. Only the first call does
   * anything: a shutdown hook and the code that started the server may both call it.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    CloseEvent goingAway = CloseEvent.of(StandardCloseCode.GOING_AWAY, "Server shutting down");
    try {
      CompletableFuture.allOf(
              connected.stream()
                  .map(endpoint -> endpoint.close(goingAway).exceptionally(alreadyClosed -> null))
                  .toArray(CompletableFuture[]::new))
          .get(2, TimeUnit.SECONDS);
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the chat server did not stop cleanly", e);
    } finally {
      timers.shutdownNow();
    }
  }
}
