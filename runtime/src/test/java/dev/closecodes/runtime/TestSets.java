package dev.closecodes.runtime;

import java.util.List;

/** Sets shaped like generated ones, registered in this module's test resources. */
final class TestSets {

  private TestSets() {}

  enum GameCode implements CloseCode {
    GAME_OVER(4100, "Game over"),
    KICKED(4101, "Kicked");

    private final int code;
    private final String reason;

    GameCode(int code, String reason) {
      this.code = code;
      this.reason = reason;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String reason() {
      return reason;
    }
  }

  enum ClashingCode implements CloseCode {
    ALSO_GAME_OVER(4100),
    LIBRARY(3001);

    private final int code;

    ClashingCode(int code) {
      this.code = code;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String reason() {
      return "";
    }
  }

  public static final class Game implements CloseCodeSet {
    @Override
    public String declaredBy() {
      return "test.GameCloses";
    }

    @Override
    public List<GameCode> codes() {
      return List.of(GameCode.values());
    }
  }

  public static final class Clashing implements CloseCodeSet {
    @Override
    public String declaredBy() {
      return "test.ClashingCloses";
    }

    @Override
    public List<ClashingCode> codes() {
      return List.of(ClashingCode.values());
    }
  }

  /** Two endpoints that reuse 4001 and 4002, as the processor allows. */
  enum ChatCode implements CloseCode {
    SESSION_EXPIRED(4001),
    ROOM_FULL(4002),
    SLOW_DOWN(4003);

    private final int code;

    ChatCode(int code) {
      this.code = code;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String reason() {
      return "";
    }
  }

  enum ArenaCode implements CloseCode {
    KICKED(4001),
    FULL(4002);

    private final int code;

    ArenaCode(int code) {
      this.code = code;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String reason() {
      return "";
    }
  }

  public static final class Chat implements CloseCodeSet {
    @Override
    public String declaredBy() {
      return "test.ChatCloses";
    }

    @Override
    public String endpoint() {
      return "chat";
    }

    @Override
    public List<ChatCode> codes() {
      return List.of(ChatCode.values());
    }
  }

  public static final class Arena implements CloseCodeSet {
    @Override
    public String declaredBy() {
      return "test.ArenaCloses";
    }

    @Override
    public String endpoint() {
      return "game";
    }

    @Override
    public List<ArenaCode> codes() {
      return List.of(ArenaCode.values());
    }
  }

  /** The chat codes on the default endpoint. */
  public static final class DefaultChat implements CloseCodeSet {
    @Override
    public String declaredBy() {
      return "test.DefaultChatCloses";
    }

    @Override
    public List<ChatCode> codes() {
      return List.of(ChatCode.values());
    }
  }
}
