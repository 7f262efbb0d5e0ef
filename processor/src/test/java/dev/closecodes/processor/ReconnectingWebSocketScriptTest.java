package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reconnectingWebSocket} of the generated JavaScript, run by Node against a WebSocket and a
 * clock that the test drives ({@code node/fakes.mjs}): each branch of the contract, as the
 * transcript of what the client did and when. Random numbers are all 0.5 and the backoff's windows
 * are first 1000 ms, base 100 ms and cap 800 ms, so the delays are 400 ms on a first attempt, then
 * 100, 200 and 400 ms.
 */
class ReconnectingWebSocketScriptTest {

  private static final String SCRIPT =
      """
      import { reconnectingWebSocket } from "./default.mjs";
      import { FakeSocket, settled, transcript } from "./fakes.mjs";

      const time = FakeSocket.time;
      const note = (line) => transcript.push(`${time.nowMs} ms: ${line}`);
      const socket = () => FakeSocket.made.at(-1);
      let tokens = 0;
      const client = reconnectingWebSocket((token) => `ws://chat/ws?token=${token}`, {
        WebSocket: FakeSocket,
        random: () => 0.5,
        now: time.now,
        schedule: time.schedule,
        backoff: { firstMs: 1000, baseMs: 100, capMs: 800 },
        onopen: () => note("open"),
        onmessage: (event) => note(`message ${event.data}`),
        onerror: () => note("error"),
        onclose: (event) => note(`close ${event.code} ${event.reason}`.trim()),
        onstep: (step) =>
          note(`attempt ${step.attempt} after ${step.code}: ${step.action} in ${step.delayMs} ms,`
              + ` at ${step.at} ms`),
        %s
      });
      await settled();

      %s
      console.log(transcript.join("\\n"));
      """;

  private static final String CREDENTIALS = "credentials: async () => `t${++tokens}`,";

  private static Path work;

  @BeforeAll
  static void generate(@TempDir Path directory) throws IOException {
    Compilation compilation =
        Fixtures.compile(
            Fixtures.set(
                "GameCloses",
                "@CloseCodes",
                "  @Code(value = 4000, reason = \"Banned\") CloseEvent banned();",
                "  @Code(value = 4001, reason = \"Session expired\",",
                "      reconnect = dev.closecodes.Reconnect.NEW_CREDENTIALS)",
                "  CloseEvent sessionExpired();",
                "  @Code(value = 4029, reason = \"Too many messages\",",
                "      reconnect = dev.closecodes.Reconnect.BACKOFF, notBeforeSeconds = 2)",
                "  CloseEvent rateLimited();",
                "  @Code(value = 4200, reason = \"Moved\", reconnect = dev.closecodes.Reconnect.AT_ONCE)",
                "  CloseEvent moved();"));
    assertThat(compilation).succeededWithoutWarnings();
    work = directory;
    Files.writeString(
        work.resolve("default.mjs"), BindingsTest.resource(compilation, "default.js"));
    try (InputStream fakes =
        ReconnectingWebSocketScriptTest.class.getResourceAsStream("/node/fakes.mjs")) {
      Files.copy(Objects.requireNonNull(fakes, "node/fakes.mjs"), work.resolve("fakes.mjs"));
    }
  }

  /**
   * Runs {@code steps} after the client started with {@code options} added to the test's (the
   * credentials, or handlers in their place); returns the transcript.
   */
  private static String transcript(String options, String steps) throws Exception {
    Path node = RequiredTool.require("node");
    Path script = Files.createTempFile(work, "case", ".mjs");
    Files.writeString(script, SCRIPT.formatted(options, steps));
    return BindingsTest.run(work, node.toString(), script.getFileName().toString()).strip();
  }

  @Test
  void aCodeThatSaysNeverStopsIt() throws Exception {
    String transcript =
        transcript(
            CREDENTIALS,
            """
            socket().open();
            socket().receive("welcome");
            socket().closedBy(4000, "Banned");
            await time.advance(60000);
            note(`stopped ${client.stopped}, ${FakeSocket.made.length} connection,`
                + ` socket ${client.socket}`);
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: open
        0 ms: message welcome
        0 ms: close 4000 Banned
        0 ms: attempt 1 after 4000: STOP in 0 ms, at 0 ms
        60000 ms: stopped true, 1 connection, socket null""",
        transcript);
  }

  @Test
  void aMinimumDelayIsWaitedOutWithTheBackoffOnTop() throws Exception {
    String transcript =
        transcript(
            CREDENTIALS,
            """
            socket().open();
            socket().closedBy(4029, "Too many messages");
            note(`attempt ${client.attempt} planned at ${client.lastStep.at} ms`);
            await time.advance(2399);
            note(`${FakeSocket.made.length} connection`);
            await time.advance(1);
            socket().open();
            note(`attempt ${client.attempt}, sending on ${client.socket.url}`);
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: open
        0 ms: close 4029 Too many messages
        0 ms: attempt 1 after 4029: RECONNECT in 2400 ms, at 2400 ms
        0 ms: attempt 1 planned at 2400 ms
        2399 ms: 1 connection
        2400 ms: connect ws://chat/ws?token=t1
        2400 ms: open
        2400 ms: attempt 0, sending on ws://chat/ws?token=t1""",
        transcript);
  }

  @Test
  void atOnceReconnectsWithoutDelayAndAFailureThenBacksOff() throws Exception {
    String transcript =
        transcript(
            CREDENTIALS,
            """
            socket().open();
            socket().closedBy(4200, "Moved");
            await time.advance(0);
            socket().fail();
            await time.advance(100);
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: open
        0 ms: close 4200 Moved
        0 ms: attempt 1 after 4200: RECONNECT in 0 ms, at 0 ms
        0 ms: connect ws://chat/ws?token=t1
        0 ms: error
        0 ms: close 1006
        0 ms: attempt 2 after 1006: RECONNECT in 100 ms, at 100 ms
        100 ms: connect ws://chat/ws?token=t1""",
        transcript);
  }

  @Test
  void newCredentialsAreFetchedOnceAndGoIntoTheNextConnection() throws Exception {
    String transcript =
        transcript(
            CREDENTIALS,
            """
            socket().open();
            socket().closedBy(4001, "Session expired");
            await time.advance(400);
            socket().open();
            await time.advance(60000);
            note(`${tokens} tokens, ${FakeSocket.made.length} connections`);
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: open
        0 ms: close 4001 Session expired
        0 ms: attempt 1 after 4001: NEW_CREDENTIALS in 400 ms, at 400 ms
        400 ms: connect ws://chat/ws?token=t2
        400 ms: open
        60400 ms: 2 tokens, 2 connections""",
        transcript);
  }

  @Test
  void credentialsThatFailCountAsAFailedConnectionAndAreAskedForAgain() throws Exception {
    String transcript =
        transcript(
            """
            credentials: async () => {
              if (++tokens === 2) throw new Error("the sign-in is down");
              return `t${tokens}`;
            },""",
            """
            socket().open();
            socket().closedBy(4001, "Session expired");
            await time.advance(500);
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: open
        0 ms: close 4001 Session expired
        0 ms: attempt 1 after 4001: NEW_CREDENTIALS in 400 ms, at 400 ms
        400 ms: attempt 2 after 1006: RECONNECT in 100 ms, at 500 ms
        500 ms: connect ws://chat/ws?token=t3""",
        transcript);
  }

  @Test
  void withoutCredentialsACodeThatAsksForThemStopsIt() throws Exception {
    String transcript =
        transcript(
            "",
            """
            socket().open();
            socket().closedBy(4001, "Session expired");
            await time.advance(60000);
            note(`stopped ${client.stopped}, ${FakeSocket.made.length} connection`);
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=
        0 ms: open
        0 ms: close 4001 Session expired
        0 ms: attempt 1 after 4001: STOP in 0 ms, at 0 ms
        60000 ms: stopped true, 1 connection""",
        transcript);
  }

  @Test
  void attemptsCountFromOneAgainAfterAConnectionOpened() throws Exception {
    String transcript =
        transcript(
            CREDENTIALS,
            """
            socket().fail();
            await time.advance(400);
            socket().fail();
            await time.advance(100);
            socket().fail();
            await time.advance(200);
            socket().open();
            socket().closedBy(1001, "Going away");
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: error
        0 ms: close 1006
        0 ms: attempt 1 after 1006: RECONNECT in 400 ms, at 400 ms
        400 ms: connect ws://chat/ws?token=t1
        400 ms: error
        400 ms: close 1006
        400 ms: attempt 2 after 1006: RECONNECT in 100 ms, at 500 ms
        500 ms: connect ws://chat/ws?token=t1
        500 ms: error
        500 ms: close 1006
        500 ms: attempt 3 after 1006: RECONNECT in 200 ms, at 700 ms
        700 ms: connect ws://chat/ws?token=t1
        700 ms: open
        700 ms: close 1001 Going away
        700 ms: attempt 1 after 1001: RECONNECT in 400 ms, at 1100 ms""",
        transcript);
  }

  /** Node ends the process when a listener throws: the client reports the error instead. */
  @Test
  void handlersThatThrowAreReportedAndTheLoopHasMovedOnBeforeThem() throws Exception {
    String transcript =
        transcript(
            CREDENTIALS
                + """
                onclose: () => {
                  note(`close, next ${client.lastStep.action} at ${client.lastStep.at} ms`);
                  throw new Error("a bug in onclose");
                },
                onstep: () => { throw new Error("a bug in onstep"); },""",
            """
            globalThis.reportError = (error) => note(`reported ${error.message}`);
            socket().open();
            socket().closedBy(1001, "Going away");
            await time.advance(400);
            note(`${FakeSocket.made.length} connections`);
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: open
        0 ms: close, next RECONNECT at 400 ms
        0 ms: reported a bug in onclose
        0 ms: reported a bug in onstep
        400 ms: connect ws://chat/ws?token=t1
        400 ms: 2 connections""",
        transcript);
  }

  /**
   * Where there is no reportError, as in Node, the error goes to the console; before, onstep
   * throwing after the credentials failed was an unhandled rejection, which ends Node.
   */
  @Test
  void aHandlerThatThrowsAfterCredentialsFailedIsReportedOnTheConsole() throws Exception {
    String transcript =
        transcript(
            """
            credentials: async () => {
              if (++tokens === 2) throw new Error("the sign-in is down");
              return `t${tokens}`;
            },
            onstep: (step) => {
              note(`attempt ${step.attempt} after ${step.code}: ${step.action}`);
              throw new Error("a bug in onstep");
            },""",
            """
            delete globalThis.reportError;
            console.error = (error) => note(`console: ${error.message}`);
            socket().open();
            socket().closedBy(4001, "Session expired");
            await time.advance(500);
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: open
        0 ms: close 4001 Session expired
        0 ms: attempt 1 after 4001: NEW_CREDENTIALS
        0 ms: console: a bug in onstep
        400 ms: attempt 2 after 1006: RECONNECT
        400 ms: console: a bug in onstep
        500 ms: connect ws://chat/ws?token=t3""",
        transcript);
  }

  /**
   * Node 20's WebSocket reports a refused connection by an error alone, the socket left connecting;
   * an error on an open connection that stays open changes nothing.
   */
  @Test
  void anErrorWithoutACloseOnASocketThatIsNotOpenIsAFailedConnection() throws Exception {
    String transcript =
        transcript(
            CREDENTIALS,
            """
            socket().refused();
            await time.advance(400);
            socket().fail();
            await time.advance(100);
            socket().open();
            socket().readyState = 2;
            socket().emit("error");
            await time.advance(1000);
            socket().closedBy(1002, "");
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: error
        0 ms: attempt 1 after 1006: RECONNECT in 400 ms, at 400 ms
        400 ms: connect ws://chat/ws?token=t1
        400 ms: error
        400 ms: close 1006
        400 ms: attempt 2 after 1006: RECONNECT in 100 ms, at 500 ms
        500 ms: connect ws://chat/ws?token=t1
        500 ms: open
        500 ms: error
        1500 ms: close 1002
        1500 ms: attempt 1 after 1002: STOP in 0 ms, at 1500 ms""",
        transcript);
  }

  @Test
  void closeStopsItWhileItWaits() throws Exception {
    String transcript =
        transcript(
            CREDENTIALS,
            """
            socket().open();
            socket().closedBy(1001, "Going away");
            client.close();
            await time.advance(60000);
            note(`stopped ${client.stopped}, ${FakeSocket.made.length} connection,`
                + ` ${time.pending.length} timers`);
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: open
        0 ms: close 1001 Going away
        0 ms: attempt 1 after 1001: RECONNECT in 400 ms, at 400 ms
        60000 ms: stopped true, 1 connection, 0 timers""",
        transcript);
  }

  @Test
  void closeWhileCredentialsAreComingStopsItBeforeItConnects() throws Exception {
    String transcript =
        transcript(
            "credentials: () => new Promise((resolve) => { globalThis.signedIn = resolve; }),",
            """
            note(`${FakeSocket.made.length} connections while signing in`);
            client.close();
            globalThis.signedIn("t1");
            await time.advance(60000);
            note(`stopped ${client.stopped}, ${FakeSocket.made.length} connections`);
            """);

    assertEquals(
        """
        0 ms: 0 connections while signing in
        60000 ms: stopped true, 0 connections""",
        transcript);
  }

  @Test
  void closeEndsTheOpenConnectionWith1000AndStopsIt() throws Exception {
    String transcript =
        transcript(
            CREDENTIALS,
            """
            socket().open();
            client.close();
            await time.advance(60000);
            note(`stopped ${client.stopped}, ${FakeSocket.made.length} connection,`
                + ` ${time.pending.length} timers`);
            """);

    assertEquals(
        """
        0 ms: connect ws://chat/ws?token=t1
        0 ms: open
        0 ms: the client closes with 1000
        0 ms: close 1000
        60000 ms: stopped true, 1 connection, 0 timers""",
        transcript);
  }
}
