package com.example.chat;

import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseEvent;

/** What the README's worked example shows, run. */
public final class Main {

  public static void main(String[] args) {
    ChatCloses closes = new ChatCloseEvents();
    CloseEvent event = closes.roomFull("lobby");
    System.out.println("event " + event.code() + " " + event.reason() + " " + event.closeCode());
    System.out.println("of " + ChatCloseCode.of(4001) + ", find " + ChatCloseCode.find(4999));
    System.out.println("resolve " + CloseCodeRegistry.global().resolve(4002));
    CloseEvent received = CloseEvent.received(4001, "Session expired", true);
    received.closeCode(ChatCloseCode.class).ifPresent(code -> {
      switch (code) {
        case SESSION_EXPIRED -> System.out.println("switch sign in again");
        case ROOM_FULL -> System.out.println("switch pick another room");
        default -> System.out.println("switch other");
      }
    });
  }
}
