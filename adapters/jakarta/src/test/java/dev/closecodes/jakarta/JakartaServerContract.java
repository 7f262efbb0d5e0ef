package dev.closecodes.jakarta;

import dev.closecodes.testing.contract.ServerContract;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;

/** A Jakarta WebSocket server endpoint on the server of one stack. */
abstract class JakartaServerContract extends ServerContract {

  /** One connection's endpoint, made per connection; public, as Jakarta requires. */
  public static final class ContractEndpoint extends Endpoint {
    private final Script script;

    ContractEndpoint(Script script) {
      this.script = script;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
      Connection connection =
          new Connection() {
            @Override
            public void close(dev.closecodes.runtime.CloseEvent event) throws Exception {
              JakartaCloses.close(session, event);
            }

            @Override
            public void send(String text) throws Exception {
              session.getBasicRemote().sendText(text);
            }
          };
      session.addMessageHandler(
          String.class,
          (MessageHandler.Whole<String>)
              text -> {
                try {
                  script.text(connection, text);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
      script.closed(JakartaCloses.received(reason));
    }
  }

  /** Starts the stack's Jakarta WebSocket server on loopback with {@code endpoint} deployed. */
  abstract RunningServer serve(ServerEndpointConfig endpoint) throws Exception;

  @Override
  protected RunningServer start(Script script) throws Exception {
    return serve(
        ServerEndpointConfig.Builder.create(ContractEndpoint.class, "/ws")
            .configurator(
                new ServerEndpointConfig.Configurator() {
                  @Override
                  public <T> T getEndpointInstance(Class<T> type) {
                    return type.cast(new ContractEndpoint(script));
                  }
                })
            .build());
  }
}
