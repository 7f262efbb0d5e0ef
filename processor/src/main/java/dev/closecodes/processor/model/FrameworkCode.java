package dev.closecodes.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.util.Elements;

/**
 * A number in 4000-4999 that a widely used stack sends itself. Where that stack is on the compile
 * class path, a set that declares the number shares it with the stack: a client cannot tell which
 * of the two closed the connection.
 *
 * @param code the number
 * @param stack the stack, as people name it
 * @param meaning what the stack means by it
 * @param marker a class whose presence on the class path says the stack is there
 */
public record FrameworkCode(int code, String stack, String meaning, String marker) {

  private static final String SPRING = "org.springframework.web.socket.CloseStatus";
  private static final String SPRING_GRAPHQL =
      "org.springframework.graphql.server.support.GraphQlWebSocketMessage";
  private static final String DGS = "com.netflix.graphql.types.subscription.websockets.CloseCode";

  /**
   * The table. Sources: Spring Framework's {@code CloseStatus.SESSION_NOT_RELIABLE} (4500); the
   * GraphQL over WebSocket protocol's close codes (graphql-ws, PROTOCOL.md and its {@code
   * CloseCode} enum), which Spring for GraphQL's {@code GraphQlWebSocketHandler} and Netflix DGS's
   * {@code CloseCode} send. SockJS (its codes are 1000-3000), STOMP (errors travel in ERROR
   * frames), Socket.IO and SignalR (standard codes only) define no numbers in 4000-4999.
   */
  static final List<FrameworkCode> TABLE =
      List.of(
          new FrameworkCode(
              4500,
              "Spring WebSocket",
              "CloseStatus.SESSION_NOT_RELIABLE, the session" + " became unreliable",
              SPRING),
          graphQl(4400, "bad request", SPRING_GRAPHQL),
          graphQl(4401, "unauthorized", SPRING_GRAPHQL),
          graphQl(4403, "forbidden", SPRING_GRAPHQL),
          graphQl(4406, "subprotocol not acceptable", SPRING_GRAPHQL),
          graphQl(4408, "connection initialisation timeout", SPRING_GRAPHQL),
          graphQl(4409, "subscriber already exists", SPRING_GRAPHQL),
          graphQl(4429, "too many initialisation requests", SPRING_GRAPHQL),
          graphQl(4500, "internal server error", SPRING_GRAPHQL),
          graphQl(4400, "bad request", DGS),
          graphQl(4401, "unauthorized", DGS),
          graphQl(4403, "forbidden", DGS),
          graphQl(4406, "subprotocol not acceptable", DGS),
          graphQl(4408, "connection initialisation timeout", DGS),
          graphQl(4409, "subscriber already exists", DGS),
          graphQl(4429, "too many initialisation requests", DGS),
          graphQl(4500, "internal server error", DGS),
          graphQl(4504, "connection acknowledgement timeout", DGS));

  private static FrameworkCode graphQl(int code, String meaning, String marker) {
    String stack =
        marker.equals(DGS) ? "Netflix DGS (graphql-ws)" : "Spring for GraphQL (graphql-ws)";
    return new FrameworkCode(code, stack, meaning, marker);
  }

  /** The stacks on the class path that send {@code code} themselves. */
  static List<FrameworkCode> sending(int code, Elements elements) {
    return TABLE.stream()
        .filter(entry -> entry.code() == code && elements.getTypeElement(entry.marker()) != null)
        .toList();
  }

  /**
   * @return for example {@code Spring WebSocket (CloseStatus.SESSION_NOT_RELIABLE, ...)}
   */
  public String describe() {
    return stack + " (" + meaning + ")";
  }

  /**
   * @return what a description says of the stacks that send the number too, or empty
   */
  static Optional<String> note(List<FrameworkCode> stacks) {
    if (stacks.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Also sent by "
            + String.join(" and ", stacks.stream().map(FrameworkCode::describe).toList())
            + ".");
  }
}
