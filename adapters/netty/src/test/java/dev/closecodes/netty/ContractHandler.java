package dev.closecodes.netty;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ServerContract;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.function.Consumer;

/**
 * One connection of the contract, server or client, after Netty's WebSocket protocol handler with
 * close frames left to the application: text messages go to {@code texts}; a close frame is
 * recorded through the adapter and answered unless this side sent one, then the channel closes; a
 * channel that closes without one is recorded as 1006, not clean.
 */
final class ContractHandler extends SimpleChannelInboundHandler<WebSocketFrame>
    implements ServerContract.Connection {

  /** What the connection does with a text message. */
  @FunctionalInterface
  interface Texts {
    void text(ContractHandler connection, String text) throws Exception;
  }

  private final Consumer<CloseEvent> recorded;
  private final Texts texts;
  private volatile Channel channel;
  private volatile boolean closeSent;
  private boolean ended;

  ContractHandler(Consumer<CloseEvent> recorded, Texts texts) {
    this.recorded = recorded;
    this.texts = texts;
  }

  /** Closes through the adapter, which refuses what may not be sent before writing anything. */
  @Override
  public void close(CloseEvent event) {
    NettyCloses.close(channel, event);
    closeSent = true;
  }

  @Override
  public void send(String text) {
    channel.writeAndFlush(new TextWebSocketFrame(text));
  }

  @Override
  public void handlerAdded(ChannelHandlerContext context) {
    channel = context.channel();
  }

  @Override
  protected void channelRead0(ChannelHandlerContext context, WebSocketFrame frame)
      throws Exception {
    if (frame instanceof TextWebSocketFrame text) {
      texts.text(this, text.text());
    } else if (frame instanceof CloseWebSocketFrame close) {
      end(NettyCloses.received(close));
      if (closeSent) {
        context.close();
      } else {
        context.writeAndFlush(close.retainedDuplicate()).addListener(ChannelFutureListener.CLOSE);
      }
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext context) {
    end(CloseEvent.abnormalClosure());
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
    context.close();
  }

  private void end(CloseEvent event) {
    if (!ended) {
      ended = true;
      recorded.accept(event);
    }
  }
}
