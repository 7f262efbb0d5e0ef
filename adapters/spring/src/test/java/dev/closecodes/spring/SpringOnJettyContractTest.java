package dev.closecodes.spring;

import jakarta.websocket.WebSocketContainer;
import org.eclipse.jetty.ee10.websocket.jakarta.client.JakartaWebSocketClientContainerProvider;

/** Spring's client on Jetty 12's Jakarta container meets the whole contract. */
class SpringOnJettyContractTest extends SpringClientContract {

  @Override
  WebSocketContainer container() {
    return JakartaWebSocketClientContainerProvider.getContainer(null);
  }
}
