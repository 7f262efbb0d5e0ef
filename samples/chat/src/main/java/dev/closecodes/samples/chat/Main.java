package dev.closecodes.samples.chat;

import dev.closecodes.runtime.CloseEvent;

/** Prints the chat server's close codes and the events it sends. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    ChatCloses closes = new ChatCloseEvents();
    System.out.println("The chat server's close codes:");
    for (ChatCloseCode code : ChatCloseCode.values()) {
      System.out.printf("  %d %-16s %s%n", code.code(), code.name(), code.reason());
    }
    System.out.println("Events it sends:");
    print(closes.sessionExpired());
    print(closes.roomFull("lobby"));
    print(closes.kicked("ada", "spam"));
    print(closes.rateLimited(30));
    print(closes.kicked("ada", "ünïcödé ".repeat(12)));
  }

  private static void print(CloseEvent event) {
    System.out.println("  " + event);
  }
}
