package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import jakarta.websocket.WebSocketContainer;
import org.apache.tomcat.websocket.WsWebSocketContainer;

/** Spring's client on Tomcat's Jakarta container, Spring Boot's default stack. */
class SpringOnTomcatContractTest extends SpringClientContract {

  @Override
  WebSocketContainer container() {
    return new WsWebSocketContainer();
  }

  /**
   * The contract's exception on Tomcat: a close frame without a code is reported as 1000 (Normal
   * Closure), with no reason, and Tomcat shows Spring nothing else that would tell it from a 1000
   * without a reason, so {@link SpringCloses#received} records 1000.
   */
  @Override
  protected CloseEvent emptyCloseFrameRecordedAs() {
    return CloseEvent.received(1000, "", true);
  }
}
