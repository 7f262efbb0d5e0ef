package com.example.shop;

import dev.closecodes.quarkus.QuarkusCloses;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ServerContract;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * The contract's endpoint in the running application: each connection is handed to the script of
 * the test that runs ({@link QuarkusServerContractTest}), through the adapter.
 */
@WebSocket(path = "/contract")
public class ContractSocket {

  /** The script of the test that runs; each test waits for its connections to end. */
  static volatile ServerContract.Script script;

  @OnTextMessage
  void onMessage(String text, WebSocketConnection connection) throws Exception {
    script.text(
        new ServerContract.Connection() {
          @Override
          public void close(CloseEvent event) {
            QuarkusCloses.close(connection, event).subscribe().with(closed -> {});
          }

          @Override
          public void send(String message) {
            connection.sendTextAndAwait(message);
          }
        },
        text);
  }

  @OnClose
  void onClose(CloseReason reason) {
    script.closed(QuarkusCloses.received(reason));
  }
}
