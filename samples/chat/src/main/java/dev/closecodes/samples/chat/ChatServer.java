package dev.closecodes.samples.chat;

import dev.closecodes.micrometer.CloseMetrics;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The chat server on embedded Jetty: the page at {@code /}, WebSocket connections at {@code /ws},
 * and at {@code /metrics} every close it sent or received, counted by {@link CloseMetrics}, in
 * Prometheus' text format.
 */
public final class ChatServer implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;
  private final ScheduledExecutorService timers;
  private final Set<ChatEndpoint> connected;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ChatServer(
      Server server,
      ServerConnector connector,
      ScheduledExecutorService timers,
      Set<ChatEndpoint> connected) {
    this.server = server;
    this.connector = connector;
    this.timers = timers;
    this.connected = connected;
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
    PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    CloseMetrics metrics = new CloseMetrics(prometheus);
    WebSocketUpgradeHandler webSockets =
        WebSocketUpgradeHandler.from(
            server,
            container ->
                container.addMapping(
                    "/ws",
                    (request, response, callback) ->
                        new ChatEndpoint(
                            ChatEndpoint.nameFrom(
                                Request.extractQueryParameters(request).getValue("name"),
                                guests.incrementAndGet()),
                            policy,
                            rooms,
                            connected,
                            timers,
                            metrics)));
    webSockets.setHandler(new PageHandler(prometheus::scrape));
    server.setHandler(webSockets);
    server.start();
    return new ChatServer(server, connector, timers, connected);
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
