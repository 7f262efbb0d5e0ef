package com.example.chat;

import dev.closecodes.spring.WebFluxCloses;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;

/** Spring WebFlux, which has a CloseStatus of its own; a session's end as a Mono<CloseEvent>. */
public class WebFluxChatHandler implements WebSocketHandler {

  private final ChatCloses closes = new ChatCloseEvents();

  @Override
  public Mono<Void> handle(WebSocketSession session) {
    WebFluxCloses.onClose(session).subscribe(event -> System.out.println("closed: " + event));
    return session
        .receive()
        .flatMap(message -> WebFluxCloses.close(session, closes.roomFull(message.getPayloadAsText())))
        .then();
  }
}
