package dev.closecodes.netty;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ServerContract;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.net.URI;

/**
 * A Netty server that handles close frames itself, through the adapter, meets the server side of
 * the contract.
 */
class NettyServerContractTest extends ServerContract {

  @Override
  protected RunningServer start(Script script) throws Exception {
    NettyServer server = new NettyServer(() -> new ContractHandler(script));
    return new RunningServer() {
      @Override
      public URI uri() {
        return server.uri();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  /**
   * One connection: commands in text messages; a close frame answered unless this side sent one.
   */
  private static final class ContractHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private final Script script;
    private boolean closeSent;
    private boolean recorded;

    ContractHandler(Script script) {
      this.script = script;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext context, WebSocketFrame frame)
        throws Exception {
      if (frame instanceof TextWebSocketFrame text) {
        script.text(
            new Connection() {
              @Override
              public void close(CloseEvent event) {
                NettyCloses.close(context.channel(), event);
                closeSent = true;
              }

              @Override
              public void send(String message) {
                context.writeAndFlush(new TextWebSocketFrame(message));
              }
            },
            text.text());
      } else if (frame instanceof CloseWebSocketFrame close) {
        recorded = true;
        script.closed(NettyCloses.received(close));
        if (closeSent) {
          context.close();
        } else {
          context.writeAndFlush(close.retainedDuplicate()).addListener(ChannelFutureListener.CLOSE);
        }
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
      if (!recorded) {
        script.closed(CloseEvent.abnormalClosure());
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
      context.close();
    }
  }
}
