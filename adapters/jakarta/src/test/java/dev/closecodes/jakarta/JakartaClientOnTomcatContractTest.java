package dev.closecodes.jakarta;

import dev.closecodes.runtime.CloseEvent;
import jakarta.websocket.WebSocketContainer;
import org.apache.tomcat.websocket.WsWebSocketContainer;

/** A Jakarta client endpoint on Tomcat's Jakarta client container. */
class JakartaClientOnTomcatContractTest extends JakartaClientContract {

  private static final WebSocketContainer CONTAINER = new WsWebSocketContainer();

  @Override
  WebSocketContainer container() {
    return CONTAINER;
  }

  /**
   * The contract's exception on Tomcat: a close frame without a code is reported as 1000 (Normal
   * Closure), with no reason, and Tomcat shows the endpoint nothing else that would tell it from a
   * 1000 without a reason, so {@link JakartaCloses#received} records 1000.
   */
  @Override
  protected CloseEvent emptyCloseFrameRecordedAs() {
    return CloseEvent.received(1000, "", true);
  }
}
