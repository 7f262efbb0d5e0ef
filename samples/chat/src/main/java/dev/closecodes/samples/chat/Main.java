package dev.closecodes.samples.chat;

/**
 * Starts the chat server on 127.0.0.1 and prints its address; the page there lets a person trigger
 * every way the server ends a connection and shows the {@code CloseEvent} the browser received. The
 * port is the first argument, 8080 by default (0 for any free port).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    try (ChatServer server = ChatServer.start("127.0.0.1", port, ChatPolicy.defaults())) {
      System.out.println("The chat server's close codes:");
      for (ChatCloseCode code : ChatCloseCode.values()) {
        System.out.printf("  %d %-16s %s%n", code.code(), code.name(), code.reason());
      }
      System.out.println("Chat page:  " + server.pageUri());
      System.out.println("WebSocket:  " + server.webSocketUri());
      System.out.println("Stop with Ctrl-C.");
      // Ctrl-C (SIGINT) and SIGTERM run shutdown hooks, not the code after join(): the hook is
      // what closes open connections with 1001 rather than letting them drop (1006).
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "chat-shutdown"));
      server.join();
    }
  }
}
