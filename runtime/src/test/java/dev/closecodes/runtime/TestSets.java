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
}
