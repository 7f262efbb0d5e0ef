package dev.closecodes.jakarta;

import dev.closecodes.testing.contract.ServerContract;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A Jakarta WebSocket endpoint on Jetty 12 (ee10) meets the server side of the contract. */
class JakartaServerContractTest extends ServerContract {

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

  @Override
  protected RunningServer start(Script script) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    server.setHandler(context);
    ServerEndpointConfig config =
        ServerEndpointConfig.Builder.create(ContractEndpoint.class, "/ws")
            .configurator(
                new ServerEndpointConfig.Configurator() {
                  @Override
                  public <T> T getEndpointInstance(Class<T> type) {
                    return type.cast(new ContractEndpoint(script));
                  }
                })
            .build();
    JakartaWebSocketServletContainerInitializer.configure(
        context, (servletContext, container) -> container.addEndpoint(config));
    server.start();
    URI uri = URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/ws");
    return new RunningServer() {
      @Override
      public URI uri() {
        return uri;
      }

      @Override
      public void close() {
        try {
          server.stop();
        } catch (Exception e) {
          throw new IllegalStateException("the server did not stop", e);
        }
      }
    };
  }
}
