package com.example.chat;

import dev.closecodes.runtime.CloseEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/** The Jetty endpoint on loopback, joined by the JDK client and by OkHttp. */
public final class Main {

  public static void main(String[] args) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(
        WebSocketUpgradeHandler.from(
            server,
            container -> container.addMapping("/chat", (req, resp, cb) -> new JettyChatEndpoint())));
    server.start();
    String url = "ws://127.0.0.1:" + connector.getLocalPort() + "/chat";
    try {
      JdkChatListener listener = new JdkChatListener();
      HttpClient.newHttpClient()
          .newWebSocketBuilder()
          .buildAsync(URI.create(url), listener)
          .get(10, TimeUnit.SECONDS)
          .sendText("lobby", true);
      CloseEvent jdk = listener.closed.get(10, TimeUnit.SECONDS);
      System.out.println("JDK: " + jdk.code() + " " + jdk.reason() + " " + jdk.closeCode());

      OkHttpClient okHttp = new OkHttpClient();
      CloseEvent okHttpEvent = OkHttpChatClient.join(okHttp, url, "attic").get(10, TimeUnit.SECONDS);
      System.out.println("OkHttp: " + okHttpEvent.code() + " clean " + okHttpEvent.wasClean());
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    } finally {
      server.stop();
    }
  }
}
