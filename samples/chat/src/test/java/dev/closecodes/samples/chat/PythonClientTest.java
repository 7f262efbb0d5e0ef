package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member in Python, {@code src/test/python/chat_member.py} on the {@code websockets} library,
 * against the chat server on loopback: it names the close it receives through {@code chat.py}, the
 * Python module the processor wrote for the chat endpoint, and obeys the code's contract.
 */
class PythonClientTest {

  @RegisterExtension
  static final RequiredTool PYTHON =
      RequiredTool.python(
          "websockets",
          "install it with 'apt-get install python3-websockets' (.ci/run does) to run the Python"
              + " client");

  private static ChatServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ChatServer.start("127.0.0.1", 0, ChatPolicy.defaults());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aFullRoomIsNamedAndTheMemberStopsAsTheContractSays(@TempDir Path work) throws Exception {
    List<JdkClient> members = new ArrayList<>();
    try {
      for (int i = 0; i < ChatPolicy.defaults().roomCapacity(); i++) {
        JdkClient member = JdkClient.connect(server.webSocketUri(), "member" + i);
        members.add(member);
        member.send("join attic");
        member.expect("joined attic");
      }

      String out = member(work, "late", "attic");

      assertEquals(
          "{\"code\": 4002, \"name\": \"ROOM_FULL\", \"reason\": \"Room attic is full\","
              + " \"next\": \"STOP\"}\n",
          out,
          "one close, named, and no second connection");
      assertTrue(members.get(0).isOpen(), "the members stay");
    } finally {
      members.forEach(JdkClient::close);
    }
  }

  /**
   * Runs the Python member as {@code name} in {@code room}, beside the module the chat sample's
   * build wrote, until it stops by itself; returns what it printed.
   */
  private static String member(Path work, String name, String room) throws Exception {
    ChatBindings.copy("chat.py", work);
    Files.copy(Path.of("src", "test", "python", "chat_member.py"), work.resolve("chat_member.py"));
    Process python =
        new ProcessBuilder(
                PYTHON.path().toString(),
                "chat_member.py",
                server.webSocketUri() + "?name=" + name,
                room)
            .directory(work.toFile())
            .redirectError(work.resolve("stderr.txt").toFile())
            .start();
    boolean stopped = python.waitFor(30, TimeUnit.SECONDS);
    if (!stopped) {
      python.destroyForcibly();
    }
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = Files.readString(work.resolve("stderr.txt"));
    assertTrue(stopped, "the member stops by itself; it printed " + out + err);
    assertEquals(0, python.exitValue(), err);
    return out;
  }
}
