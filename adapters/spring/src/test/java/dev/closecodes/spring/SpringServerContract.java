package dev.closecodes.spring;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ServerContract;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * Spring's server, a {@code WebSocketHandler} behind Spring's own handshake (the request handler
 * that Spring's {@code WebSocketHandlerMapping} maps), on the servlet container of one stack, under
 * the contract.
 */
abstract class SpringServerContract extends ServerContract {

  /**
   * The upgrade strategy Spring's {@code DefaultHandshakeHandler} picks for the stack when it is
   * the only one on the class path, as in an application.
   */
  abstract RequestUpgradeStrategy upgradeStrategy();

  /**
   * Starts the stack's servlet container on loopback with {@code webSockets} serving {@code /ws}.
   */
  abstract RunningServer serve(Servlet webSockets) throws Exception;

  @Override
  protected RunningServer start(Script script) throws Exception {
    return serve(
        new WebSocketServlet(
            new WebSocketHttpRequestHandler(
                new ContractHandler(script), new DefaultHandshakeHandler(upgradeStrategy()))));
  }

  /** The contract's handler, as an application writes one with the adapter. */
  private static final class ContractHandler extends TextWebSocketHandler {
    private final Script script;

    ContractHandler(Script script) {
      this.script = script;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message)
        throws Exception {
      script.text(
          new Connection() {
            @Override
            public void close(CloseEvent event) throws IOException {
              SpringCloses.close(session, event);
            }

            @Override
            public void send(String text) throws IOException {
              session.sendMessage(new TextMessage(text));
            }
          },
          message.getPayload());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
      script.closed(SpringCloses.received(status));
    }
  }

  /** Spring's handshake as a servlet, which is all a servlet container needs of it. */
  private static final class WebSocketServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient WebSocketHttpRequestHandler handshake;

    WebSocketServlet(WebSocketHttpRequestHandler handshake) {
      this.handshake = handshake;
    }

    @Override
    public void init() {
      handshake.setServletContext(getServletContext());
      handshake.start();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws ServletException, IOException {
      handshake.handleRequest(request, response);
    }

    @Override
    public void destroy() {
      handshake.stop();
    }
  }
}
