package com.example.chat;

import dev.closecodes.runtime.CloseEvent;

/** Run it: it prints what each comment says. */
public final class Main {

  public static void main(String[] args) {
    ChatCloses closes = new ChatCloseEvents();

    CloseEvent event = closes.roomFull("lobby");
    System.out.println(event.code()); // 4002
    System.out.println(event.reason()); // Room lobby is full
    System.out.println(event.closeCode()); // Optional[ROOM_FULL]

    System.out.println(ChatCloseCode.of(4001)); // SESSION_EXPIRED
    System.out.println(ChatCloseCode.find(4999)); // Optional.empty

    // What a peer sent, as its stack reports it: recorded as it is, never thrown at.
    CloseEvent received = CloseEvent.received(4001, "Session expired", true);
    System.out.println(received.closeCode(ChatCloseCode.class)); // Optional[SESSION_EXPIRED]
  }
}
