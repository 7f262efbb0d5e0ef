package com.example.chat;

import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseEvent;

/** The receiving side of the worked example: run it, and it prints what each comment says. */
public final class Receiving {

  public static void main(String[] args) {
    // snippet:start registry
    CloseCodeRegistry codes = CloseCodeRegistry.global();
    System.out.println(codes.resolve(4002)); // ROOM_FULL
    System.out.println(codes.resolve(1001)); // GOING_AWAY
    System.out.println(codes.resolve(4999).range()); // APPLICATION
    // snippet:end registry

    onClose(CloseEvent.received(4002, "Room lobby is full", true)); // pick another room
    onClose(CloseEvent.received(4001, "Session expired", true)); // sign in again
    onClose(CloseEvent.received(4999, "Bye", true)); // closed: Bye
  }

  // snippet:start switch
  static void onClose(CloseEvent event) {
    event
        .closeCode(ChatCloseCode.class)
        .ifPresentOrElse(
            code -> {
              switch (code) {
                case ROOM_FULL -> pickAnotherRoom();
                case SESSION_EXPIRED -> signIn();
              }
            },
            () -> show(event.reason()));
  }
  // snippet:end switch

  static void pickAnotherRoom() {
    System.out.println("pick another room");
  }

  static void signIn() {
    System.out.println("sign in again");
  }

  static void show(String reason) {
    System.out.println("closed: " + reason);
  }
}
