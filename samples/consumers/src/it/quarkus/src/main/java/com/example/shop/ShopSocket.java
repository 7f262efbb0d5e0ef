package com.example.shop;

import dev.closecodes.quarkus.QuarkusCloses;
import dev.closecodes.runtime.CloseEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Closes a connection that names a cart; records how every connection ended. */
@WebSocket(path = "/shop")
public class ShopSocket {

  private static final ShopCloses CLOSES = new ShopCloseEvents();

  /** How each connection ended, as the adapter records it, for the tests. */
  public static final BlockingQueue<CloseEvent> CLOSED = new LinkedBlockingQueue<>();

  @OnTextMessage
  Uni<Void> onMessage(String cart, WebSocketConnection connection) {
    return QuarkusCloses.close(connection, CLOSES.cartExpired(cart));
  }

  @OnClose
  void onClose(CloseReason reason) {
    CLOSED.add(QuarkusCloses.received(reason));
  }
}
