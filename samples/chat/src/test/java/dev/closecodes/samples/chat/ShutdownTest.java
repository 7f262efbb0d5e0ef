package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    List<String> command = new ArrayList<>();
    if (ignoresSigint()) {
      // Started as a background job of a non-interactive shell (mvn verify &, nohup, some CI
      // runners), this JVM ignores SIGINT, and so would the server: the JVM then never installs
      // its handler. Give the server the default, as a terminal's shell gives it.
      command.addAll(List.of("env", "--default-signal=INT"));
    }
    command.addAll(
        List.of(
            ProcessHandle.current().info().command().orElseThrow(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "0"));
    Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
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

  /** Whether this process ignores SIGINT (signal 2, bit 1 of {@code SigIgn}), where Linux says. */
  private static boolean ignoresSigint() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("SigIgn:"))
        .map(line -> Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16))
        .anyMatch(ignored -> (ignored & (1L << (2 - 1))) != 0);
  }

  /**
   * Reads the server's output until it prints its WebSocket address, and keeps draining it so that
   * the server never blocks on a full pipe.
   */
  private static URI webSocketOf(Process server) throws Exception {
    CompletableFuture<URI> address = new CompletableFuture<>();
    StringBuffer printed = new StringBuffer();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader output = server.inputReader(StandardCharsets.UTF_8)) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                  printed.append(line).append('\n');
                  if (line.startsWith(WEB_SOCKET)) {
                    address.complete(URI.create(line.substring(WEB_SOCKET.length()).strip()));
                  }
                }
                address.completeExceptionally(new EOFException("the server's output ended"));
              } catch (IOException e) {
                address.completeExceptionally(e);
              }
            },
            "server output");
    reader.setDaemon(true);
    reader.start();
    try {
      return address.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the server printed no address:\n" + printed, e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the server printed no address within 30 s:\n" + printed, e);
    }
  }

  private static void signal(String signal, Process process)
      throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
            .redirectOutput(new File("/dev/null"))
            .start();
    assertTrue(kill.waitFor(10, TimeUnit.SECONDS), "kill -" + signal + " finished");
    assertEquals(0, kill.exitValue(), "kill -" + signal);
  }
}
