package com.example.chat;

import dev.closecodes.vertx.VertxCloses;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/** Vert.x 5: send checked, receive what the wire said (1005 for an empty close frame). */
public class VertxChatServer {

  private static final ChatCloses CLOSES = new ChatCloseEvents();

  public static HttpServer create(Vertx vertx) {
    return vertx
        .createHttpServer()
        .webSocketHandler(
            webSocket -> {
              VertxCloses.onClose(webSocket, event -> System.out.println("closed: " + event));
              webSocket.textMessageHandler(
                  room -> VertxCloses.close(webSocket, CLOSES.roomFull(room)));
            });
  }
}
