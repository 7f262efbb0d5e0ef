package com.example.chat;

import dev.closecodes.okhttp.CloseEventListener;
import dev.closecodes.runtime.CloseEvent;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;

/** OkHttp: one typed event per connection, 1006 when it fails without a close frame. */
public class OkHttpChatClient {

  public static CompletableFuture<CloseEvent> join(OkHttpClient client, String url, String room) {
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    Request request = new Request.Builder().url(url).build();
    WebSocket webSocket =
        client.newWebSocket(
            request,
            new CloseEventListener() {
              @Override
              protected void onCloseEvent(WebSocket webSocket, CloseEvent event) {
                if (event.closeCode().orElse(null) == ChatCloseCode.ROOM_FULL) {
                  System.out.println("OkHttp: " + event.reason() + ", pick another room");
                }
                closed.complete(event);
              }
            });
    webSocket.send(room);
    return closed;
  }
}
