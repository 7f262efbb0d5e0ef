package dev.closecodes.benchmarks;

/** What an application writes by hand to type a number: a switch. */
final class HandWritten {

  private HandWritten() {}

  static BenchCloseCode bySwitch(int code) {
    switch (code) {
      case 4000:
        return BenchCloseCode.UNAUTHORIZED;
      case 4001:
        return BenchCloseCode.SESSION_EXPIRED;
      case 4002:
        return BenchCloseCode.ROOM_FULL;
      case 4003:
        return BenchCloseCode.KICKED;
      case 4004:
        return BenchCloseCode.BANNED;
      case 4010:
        return BenchCloseCode.ROOM_CLOSED;
      case 4011:
        return BenchCloseCode.ROOM_RENAMED;
      case 4020:
        return BenchCloseCode.CLIENT_TOO_OLD;
      case 4029:
        return BenchCloseCode.RATE_LIMITED;
      case 4030:
        return BenchCloseCode.DUPLICATE_SESSION;
      case 4040:
        return BenchCloseCode.ROOM_NOT_FOUND;
      case 4050:
        return BenchCloseCode.MAINTENANCE;
      case 4060:
        return BenchCloseCode.IDLE;
      case 4070:
        return BenchCloseCode.INVALID_MESSAGE;
      case 4080:
        return BenchCloseCode.PAYMENT_REQUIRED;
      case 4099:
        return BenchCloseCode.UNKNOWN_ERROR;
      default:
        throw new IllegalArgumentException("close code " + code + " is not declared");
    }
  }
}
