package dev.closecodes.jakarta;

import jakarta.websocket.WebSocketContainer;
import org.eclipse.jetty.ee10.websocket.jakarta.client.JakartaWebSocketClientContainerProvider;

/** A Jakarta client endpoint on Jetty 12's Jakarta client container (ee10) meets the contract. */
class JakartaClientOnJettyContractTest extends JakartaClientContract {

  /** Started once and stopped with the JVM. */
  private static final WebSocketContainer CONTAINER =
      JakartaWebSocketClientContainerProvider.getContainer(null);

  @Override
  WebSocketContainer container() {
    return CONTAINER;
  }
}
