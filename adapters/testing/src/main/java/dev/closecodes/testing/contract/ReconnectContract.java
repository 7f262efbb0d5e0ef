package dev.closecodes.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.Backoff;
import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.Reconnector;
import dev.closecodes.testing.LoopbackJetty;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every reconnecting client meets: against a real server on loopback that bans,
 * rate-limits, expires sessions and restarts, it stops, waits out the minimum, comes back with a
 * fresh token, and finds the server again. A test class extends it and says how its stack starts a
 * reconnecting client that sends its credentials as the {@code token} query parameter. The backoff
 * is shortened for the test (windows of 100 ms, then 100 ms doubling to 400 ms); the codes' minimum
 * delays are not.
 */
public abstract class ReconnectContract {

  private static final long WAIT_SECONDS = 10;
  private static final Backoff QUICK =
      Backoff.standard()
          .withFirst(Duration.ofMillis(100))
          .withBase(Duration.ofMillis(50))
          .withCap(Duration.ofMillis(400));

  /** A reconnecting client of the adapter under test. */
  public interface Client extends AutoCloseable {
    /** The loop that decides, observable: attempts, last step, whether it stopped. */
    Reconnector reconnector();

    @Override
    void close();
  }

  /**
   * Starts the adapter's reconnecting client on {@code uri}, with the credentials of {@code
   * settings} as the {@code token} query parameter.
   */
  protected abstract Client start(URI uri, Reconnector.Builder settings) throws Exception;

  private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
  private final List<String> steps = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private LoopbackJetty server;
  private Client client;

  /** A connection as the server saw it arrive. */
  private static final class Arrival {
    final long nanos = System.nanoTime();
    final String token;
    final Session session;
    final CompletableFuture<Integer> closedWith = new CompletableFuture<>();

    Arrival(String token, Session session) {
      this.token = token;
      this.session = session;
    }

    void close(CloseCode code) {
      session.close(code.code(), code.reason(), Callback.NOOP);
    }
  }

  /** Public: Jetty calls the listener through method handles. */
  public static final class Endpoint implements Session.Listener.AutoDemanding {
    private final BlockingQueue<Arrival> arrivals;
    private final String token;
    private Arrival arrival;

    Endpoint(BlockingQueue<Arrival> arrivals, String token) {
      this.arrivals = arrivals;
      this.token = token;
    }

    @Override
    public void onWebSocketOpen(Session session) {
      arrival = new Arrival(token, session);
      arrivals.add(arrival);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
      arrival.closedWith.complete(statusCode);
      callback.succeed();
    }
  }

  private LoopbackJetty serve(int port) throws Exception {
    return new LoopbackJetty(
        port,
        uri ->
            new Endpoint(
                arrivals, uri.getQuery() == null ? "" : uri.getQuery().replace("token=", "")));
  }

  private void startClient() throws Exception {
    server = serve(0);
    client =
        start(
            server.uri(),
            Reconnector.builder()
                .backoff(QUICK)
                .codes(ReconnectCode.REGISTRY)
                .credentials(() -> "token-" + tokensIssued.incrementAndGet())
                .onStep(
                    (closed, attempt, step) ->
                        steps.add(closed.code() + " #" + attempt + " " + step)));
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private Arrival next() throws InterruptedException {
    Arrival arrival = arrivals.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertNotNull(arrival, "the client connected; steps: " + steps);
    return arrival;
  }

  private static long millisBetween(long fromNanos, long toNanos) {
    return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
  }

  @Test
  void aBanStopsTheClient() throws Exception {
    startClient();
    next().close(ReconnectCode.BANNED);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!client.reconnector().isStopped() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }

    assertTrue(client.reconnector().isStopped(), "stopped; steps: " + steps);
    assertEquals(List.of("4401 #1 STOP"), steps);
    // Five times the longest window of the test's backoff: a reconnect would have come by now.
    assertNull(arrivals.poll(2, TimeUnit.SECONDS), "no connection after a ban");
  }

  @Test
  void closingTheClientEndsItsConnectionWith1000AndStopsReconnecting() throws Exception {
    startClient();
    Arrival arrival = next();

    client.close();

    assertEquals(1000, arrival.closedWith.get(WAIT_SECONDS, TimeUnit.SECONDS));
    assertTrue(client.reconnector().isStopped());
    assertNull(arrivals.poll(1, TimeUnit.SECONDS), "no connection after close()");
  }

  @Test
  void aRateLimitIsWaitedOutForItsMinimumThenTheClientReturns() throws Exception {
    startClient();
    Arrival first = next();
    long closedAt = System.nanoTime();
    first.close(ReconnectCode.RATE_LIMITED);

    Arrival second = next();

    long waited = millisBetween(closedAt, second.nanos);
    System.out.printf(
        "%s: reconnected %d ms after the rate limit (minimum 2000 ms)%n",
        getClass().getSimpleName(), waited);
    assertTrue(waited >= 2_000, "reconnected after " + waited + " ms");
    assertTrue(steps.get(0).startsWith("4402 #1 RECONNECT after 2"), steps.toString());
  }

  @Test
  void anExpiredSessionReconnectsOnceWithAFreshToken() throws Exception {
    startClient();
    Arrival first = next();
    assertEquals("token-1", first.token);
    first.close(ReconnectCode.SESSION_EXPIRED);

    Arrival second = next();

    assertEquals("token-2", second.token);
    assertEquals(2, tokensIssued.get());
    assertTrue(steps.get(0).startsWith("4403 #1 NEW_CREDENTIALS after "), steps.toString());
    assertNull(arrivals.poll(1, TimeUnit.SECONDS), "one connection per fresh token");
  }

  @Test
  void aRestartedServerIsFoundAgain() throws Exception {
    startClient();
    next();
    int port = server.port();
    long stoppedAt = System.nanoTime();
    server.close();
    Thread.sleep(500);
    server = serve(port);
    long startedAt = System.nanoTime();

    Arrival again = next();

    System.out.printf(
        "%s: back %d ms after the restart began, %d ms after the server was up again; steps %s%n",
        getClass().getSimpleName(),
        millisBetween(stoppedAt, again.nanos),
        millisBetween(startedAt, again.nanos),
        steps);
    assertEquals("token-1", again.token, "the same credentials after a restart");
    assertTrue(steps.size() >= 2, "attempts while the server was down: " + steps);
    assertTrue(steps.get(0).matches("100[16] #1 RECONNECT after \\d+ ms"), "first step " + steps);
  }
}
