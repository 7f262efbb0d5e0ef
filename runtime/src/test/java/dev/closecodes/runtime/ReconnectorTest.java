package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reconnect loop against a connection that exists only as the calls a stack would make; the
 * adapters' tests run it against real servers.
 */
class ReconnectorTest {

  /** Codes that say what a client does, as a generated enum answers it. */
  enum SessionCode implements CloseCode {
    SESSION_EXPIRED(4001, ReconnectPolicy.newCredentials()),
    BANNED(4002, ReconnectPolicy.never());

    private final int code;
    private final ReconnectPolicy reconnect;

    SessionCode(int code, ReconnectPolicy reconnect) {
      this.code = code;
      this.reconnect = reconnect;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String reason() {
      return "";
    }

    @Override
    public ReconnectPolicy reconnect() {
      return reconnect;
    }
  }

  private static final CloseCodeRegistry CODES =
      CloseCodeRegistry.of(
          new CloseCodeSet() {
            @Override
            public String declaredBy() {
              return SessionCode.class.getName();
            }

            @Override
            public List<? extends CloseCode> codes() {
              return List.of(SessionCode.values());
            }
          });

  private static final Backoff QUICK =
      Backoff.standard()
          .withFirst(Duration.ofMillis(20))
          .withBase(Duration.ofMillis(10))
          .withCap(Duration.ofMillis(40));

  /** A connection the reconnector asked for, and where to report what becomes of it. */
  record Attempted(String credentials, Reconnector.Connection connection) {}

  private final BlockingQueue<Attempted> connects = new LinkedBlockingQueue<>();
  private final List<String> steps = new ArrayList<>();
  private Reconnector reconnector;

  @AfterEach
  void stop() {
    reconnector.close();
  }

  private Reconnector.Builder settings() {
    return Reconnector.builder()
        .backoff(QUICK)
        .codes(CODES)
        .onStep((closed, attempt, step) -> steps.add(closed.code() + " #" + attempt + " " + step));
  }

  private Attempted nextConnect() throws InterruptedException {
    Attempted attempted = connects.poll(10, TimeUnit.SECONDS);
    assertTrue(attempted != null, "a connection was opened");
    return attempted;
  }

  private void connect(String credentials, Reconnector.Connection connection) {
    connects.add(new Attempted(credentials, connection));
  }

  @Test
  void backsOffWithGrowingAttemptsUntilAConnectionOpens() throws Exception {
    reconnector = settings().random(() -> 0.5).start(this::connect);
    Attempted attempted = nextConnect();
    for (int attempt = 1; attempt <= 3; attempt++) {
      attempted.connection().closed(CloseEvent.abnormalClosure());
      assertEquals(attempt, reconnector.attempt());
      attempted = nextConnect();
    }
    attempted.connection().opened();
    attempted.connection().closed(CloseEvent.received(1012, "restarting"));
    Attempted afterRestart = nextConnect();
    attempted.connection().closed(CloseEvent.abnormalClosure());
    afterRestart.connection().opened();

    assertEquals(
        List.of(
            "1006 #1 RECONNECT after 10 ms",
            "1006 #2 RECONNECT after 10 ms",
            "1006 #3 RECONNECT after 20 ms",
            "1012 #1 RECONNECT after 10 ms"),
        steps,
        "a report about an earlier connection changes nothing");
    assertEquals(0, reconnector.attempt(), "open again");
  }

  @Test
  void stopsAfterACodeThatSaysNeverAndIgnoresLaterReports() throws Exception {
    reconnector = settings().start(this::connect);
    Reconnector.Connection connection = nextConnect().connection();
    connection.opened();

    connection.closed(CloseEvent.received(4002, "Banned"));
    connection.closed(CloseEvent.abnormalClosure());

    assertTrue(reconnector.isStopped());
    assertEquals(List.of("4002 #1 STOP"), steps);
    assertEquals(SessionCode.BANNED, reconnector.lastClose().orElseThrow().closeCode().get());
    assertNull(connects.poll(200, TimeUnit.MILLISECONDS), "no connection after a ban");
  }

  @Test
  void getsNewCredentialsWhereTheCodeAsksAndRetriesASourceThatFailed() throws Exception {
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    reconnector =
        settings()
            .random(() -> 0.0)
            .credentials(
                () -> {
                  if (issued.get() == 1 && failures.getAndIncrement() == 0) {
                    throw new IllegalStateException("sign-in service down");
                  }
                  return "token-" + issued.incrementAndGet();
                })
            .start(this::connect);
    Attempted first = nextConnect();
    assertEquals("token-1", first.credentials());
    first.connection().opened();

    first.connection().closed(CloseEvent.received(4001, "Session expired"));

    assertEquals("token-2", nextConnect().credentials());
    assertEquals(
        List.of("4001 #1 NEW_CREDENTIALS after 0 ms", "1006 #2 RECONNECT after 0 ms"), steps);
  }

  @Test
  void withoutACredentialsSourceACodeAskingForNewOnesStops() throws Exception {
    reconnector = settings().start(this::connect);
    Attempted first = nextConnect();
    assertEquals("", first.credentials());

    first.connection().closed(CloseEvent.received(4001, "Session expired"));

    assertTrue(reconnector.isStopped());
    assertEquals(List.of("4001 #1 STOP"), steps);
  }

  @Test
  void aConnectThatThrowsCountsAsAFailedAttempt() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    reconnector =
        settings()
            .start(
                (credentials, connection) -> {
                  if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("refused");
                  }
                  connect(credentials, connection);
                });

    nextConnect();
    assertEquals(1, steps.size());
    assertTrue(steps.get(0).startsWith("1006 #1 RECONNECT"), steps.toString());
  }

  @Test
  void closingStopsTheNextAttempt() throws Exception {
    reconnector =
        settings()
            .backoff(QUICK.withFirst(Duration.ofMillis(300)))
            .random(() -> 0.99)
            .start(this::connect);
    nextConnect().connection().closed(CloseEvent.abnormalClosure());

    reconnector.close();

    assertTrue(reconnector.isStopped());
    assertFalse(reconnector.lastStep().isEmpty());
    assertNull(connects.poll(500, TimeUnit.MILLISECONDS), "no connection after close()");
  }

  @Test
  void aListenerThatThrowsIsLoggedAndTheLoopKeepsToItsSteps() throws Exception {
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Handler recorder =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(Reconnector.class.getName());
    log.addHandler(recorder);
    try {
      reconnector =
          settings()
              .onStep(
                  (closed, attempt, step) -> {
                    steps.add(closed.code() + " " + step.action());
                    throw new IllegalStateException("a bug in onStep");
                  })
              .start(this::connect);

      nextConnect().connection().closed(CloseEvent.abnormalClosure());
      Reconnector.Connection second = nextConnect().connection();
      second.closed(CloseEvent.received(4002, "Banned"));

      assertTrue(reconnector.isStopped(), "the step said STOP");
      assertEquals(List.of("1006 RECONNECT", "4002 STOP"), steps);
      assertEquals(2, logged.size(), logged.toString());
      for (LogRecord record : logged) {
        assertEquals(Level.SEVERE, record.getLevel());
        assertEquals("a bug in onStep", record.getThrown().getMessage());
      }
    } finally {
      log.removeHandler(recorder);
    }
  }
}
