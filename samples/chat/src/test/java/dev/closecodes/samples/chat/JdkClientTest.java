package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import dev.closecodes.samples.moderation.ModerationCloseCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chat server on loopback, and members on the JDK's WebSocket client: every close arrives with
 * exactly the declared code and reason, and the runtime's registry types it.
 */
class JdkClientTest {

  private static ChatServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ChatServer.start("127.0.0.1", 0, ChatPolicy.defaults());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JdkClient connect(String name) throws InterruptedException {
    return JdkClient.connect(server.webSocketUri(), name);
  }

  private static void assertClose(CloseEvent closed, CloseCode code, String reason) {
    assertEquals(code.code(), closed.code());
    assertEquals(reason, closed.reason());
    assertEquals(Optional.of(code), closed.closeCode(), "typed through CloseCodeRegistry");
  }

  @Test
  void sessionExpired() throws Exception {
    try (JdkClient eve = connect("eve")) {
      eve.send("expire");

      assertClose(eve.closed(), ChatCloseCode.SESSION_EXPIRED, "Session expired");
    }
  }

  @Test
  void sessionExpiresWhenItsLifetimeEnds() throws Exception {
    ChatPolicy shortLived = ChatPolicy.defaults().withSessionLifetime(Duration.ofMillis(300));
    try (ChatServer expiring = ChatServer.start("127.0.0.1", 0, shortLived);
        JdkClient eve = JdkClient.connect(expiring.webSocketUri(), "eve")) {

      assertClose(eve.closed(), ChatCloseCode.SESSION_EXPIRED, "Session expired");
    }
  }

  @Test
  void roomFullNamesTheRoom() throws Exception {
    List<JdkClient> members = new ArrayList<>();
    try {
      for (int i = 0; i < ChatPolicy.defaults().roomCapacity(); i++) {
        JdkClient member = connect("member" + i);
        members.add(member);
        member.send("join attic");
        member.expect("joined attic");
      }
      JdkClient late = connect("late");
      members.add(late);
      late.send("join attic");

      assertClose(late.closed(), ChatCloseCode.ROOM_FULL, "Room attic is full");
      assertTrue(members.get(0).isOpen(), "the members stay");
    } finally {
      members.forEach(JdkClient::close);
    }
  }

  @Test
  void moderatorKicksWithAReason() throws Exception {
    try (JdkClient ada = connect("ada");
        JdkClient bob = connect("bob")) {
      bob.send("join lobby");
      bob.expect("joined lobby");

      ada.send("kick bob spamming the lobby");

      assertClose(bob.closed(), ChatCloseCode.KICKED, "Kicked by ada: spamming the lobby");
      ada.expect("kicked bob");
    }
  }

  @Test
  void longMultiByteKickReasonIsCutAtOneHundredTwentyThreeBytes() throws Exception {
    String why = "Спам в лобби! 🚫 ".repeat(10);
    try (JdkClient ada = connect("ada");
        JdkClient bob = connect("bob")) {
      bob.send("join cellar");
      bob.expect("joined cellar");

      ada.send("kick bob " + why);
      CloseEvent closed = bob.closed();

      String full = "Kicked by ada: " + why;
      assertEquals(ChatCloseCode.KICKED.code(), closed.code());
      assertTrue(full.startsWith(closed.reason()), "a prefix of the reason");
      int bytes = closed.reason().getBytes(StandardCharsets.UTF_8).length;
      assertTrue(bytes <= 123 && bytes > 119, "cut within the last code point: " + bytes);
      int next = full.codePointAt(closed.reason().length());
      assertTrue(
          bytes + new String(Character.toChars(next)).getBytes(StandardCharsets.UTF_8).length > 123,
          "the next code point would not have fit");
      assertEquals(
          closed.reason(),
          new ChatCloseEvents().kicked("ada", why).reason(),
          "what the browser gets is what the factory made");
    }
  }

  @Test
  void moderatorBansWithTheModerationLibrarysCode() throws Exception {
    try (JdkClient ada = connect("ada");
        JdkClient carl = connect("carl")) {
      carl.send("join lobby");
      carl.expect("joined lobby");

      ada.send("ban carl");

      assertClose(carl.closed(), ModerationCloseCode.BANNED, "Banned by ada");
      ada.expect("banned carl");
    }
  }

  @Test
  void onlyModeratorsKick() throws Exception {
    try (JdkClient mallory = connect("mallory");
        JdkClient bob = connect("bob")) {
      bob.send("join porch");
      bob.expect("joined porch");

      mallory.send("kick bob no reason");

      mallory.expect("error only moderators may kick");
      assertTrue(bob.isOpen());
    }
  }

  @Test
  void rateLimitSaysHowLongToWait() throws Exception {
    try (JdkClient chatty = connect("chatty")) {
      for (int i = 0; i <= ChatPolicy.defaults().messagesPerWindow(); i++) {
        chatty.send("say message " + i);
      }

      CloseEvent closed = chatty.closed();
      assertEquals(ChatCloseCode.RATE_LIMITED.code(), closed.code());
      assertTrue(closed.reason().matches("Too many messages; wait ([1-9]|10) s"), closed.reason());
      assertEquals(Optional.of(ChatCloseCode.RATE_LIMITED), closed.closeCode());
    }
  }

  @Test
  void byeIsANormalClosure() throws Exception {
    try (JdkClient zoe = connect("zoe")) {
      zoe.send("bye");

      assertClose(zoe.closed(), StandardCloseCode.NORMAL_CLOSURE, "");
    }
  }

  /**
   * The server closes a connection idle for its policy's timeout, and by default only after ten
   * minutes, not Jetty's 30 s: a page whose room is quiet would otherwise reconnect every 30 s.
   */
  @Test
  void anIdleConnectionIsClosedAfterThePolicysIdleTimeout() throws Exception {
    assertEquals(Duration.ofMinutes(10), ChatPolicy.defaults().idleTimeout());
    ChatPolicy impatient = ChatPolicy.defaults().withIdleTimeout(Duration.ofMillis(500));
    try (ChatServer quick = ChatServer.start("127.0.0.1", 0, impatient);
        JdkClient quiet = JdkClient.connect(quick.webSocketUri(), "quiet")) {

      assertEquals(StandardCloseCode.GOING_AWAY.code(), quiet.closed().code());
    }
  }

  @Test
  void serverShutdownIsGoingAway() throws Exception {
    ChatServer stopping = ChatServer.start("127.0.0.1", 0, ChatPolicy.defaults());
    try (JdkClient zoe = JdkClient.connect(stopping.webSocketUri(), "zoe")) {
      stopping.close();

      assertClose(zoe.closed(), StandardCloseCode.GOING_AWAY, "Server shutting down");
    }
  }
}
