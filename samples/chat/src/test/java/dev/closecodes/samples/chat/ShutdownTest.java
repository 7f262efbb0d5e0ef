package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server stopped the way a person stops it, in its own process: Ctrl-C (SIGINT) or a service
 * manager's SIGTERM. Members still connected get 1001 with the server's reason, not a dropped
 * connection.
 */
class ShutdownTest {

  private static final String WEB_SOCKET = "WebSocket:";

  @Test
  void sigtermClosesEveryConnectionWithGoingAway() throws Exception {
    assertMembersGetGoingAwayWhenStoppedWith(process -> process.destroy());
  }

  @Test
  void sigintClosesEveryConnectionWithGoingAway() throws Exception {
    assertMembersGetGoingAwayWhenStoppedWith(process -> signal("INT", process));
  }

  private interface Stop {
    void stop(Process process) throws IOException, InterruptedException;
  }

  private static void assertMembersGetGoingAwayWhenStoppedWith(Stop stop) throws Exception {
    Process server =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "0")
            .redirectErrorStream(true)
            .start();
    try {
      URI endpoint = webSocketOf(server);
      try (JdkClient ada = JdkClient.connect(endpoint, "ada");
          JdkClient bob = JdkClient.connect(endpoint, "bob")) {
        stop.stop(server);

        for (JdkClient member : new JdkClient[] {ada, bob}) {
          CloseEvent closed = member.closed();
          assertEquals(StandardCloseCode.GOING_AWAY.code(), closed.code(), closed.toString());
          assertEquals("Server shutting down", closed.reason());
          assertTrue(closed.wasClean());
        }
      }
      assertTrue(server.waitFor(10, TimeUnit.SECONDS), "the server did not exit");
    } finally {
      server.destroyForcibly();
    }
  }

  /** Reads the server's output until it prints its WebSocket address. */
  private static URI webSocketOf(Process server) throws IOException {
    BufferedReader output =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      if (line.startsWith(WEB_SOCKET)) {
        return URI.create(line.substring(WEB_SOCKET.length()).strip());
      }
    }
    throw new AssertionError("the server exited without printing its address");
  }

  private static void signal(String signal, Process process)
      throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
            .redirectOutput(new File("/dev/null"))
            .start();
    assertEquals(0, kill.waitFor(), "kill -" + signal);
  }
}
