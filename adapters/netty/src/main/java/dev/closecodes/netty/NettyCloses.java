package dev.closecodes.netty;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import dev.closecodes.runtime.InvalidCloseFrameException;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;

/**
 * Typed close events with Netty's WebSocket frames: {@code NettyCloses.close(channel, event)} to
 * send, {@code NettyCloses.received(frame)} for a close frame that arrived, {@link
 * #toStack(CloseEvent)} where Netty wants its own frame.
 */
public final class NettyCloses {

  private NettyCloses() {}

  /**
   * A close frame for {@code event}, encoded by closecodes; the caller owns (and writes) it.
   *
   * @throws IllegalArgumentException if the event may not be sent; no buffer is allocated
   */
  public static CloseWebSocketFrame toStack(CloseEvent event) {
    byte[] payload = CloseFrame.encode(event);
    return new CloseWebSocketFrame(true, 0, Unpooled.wrappedBuffer(payload));
  }

  /**
   * A close frame for {@code event}.
   *
   * @deprecated use {@link #toStack(CloseEvent)}, the name every adapter gives this job
   */
  @Deprecated(forRemoval = true)
  public static CloseWebSocketFrame frame(CloseEvent event) {
    return toStack(event);
  }

  /**
   * Writes the close frame of {@code event} to {@code channel}. Netty's WebSocket handlers write
   * one close frame per channel: a second close sends nothing and its future fails with {@code
   * ClosedChannelException}, so the peer sees the first close only. Ending the TCP connection once
   * the peer has answered stays the pipeline's job, as in Netty.
   *
   * @return the write's future
   * @throws IllegalArgumentException if the event may not be sent; nothing is written
   */
  public static ChannelFuture close(Channel channel, CloseEvent event) {
    return channel.writeAndFlush(toStack(event));
  }

  /**
   * Netty's status for {@code event}, for APIs such as {@code WebSocketServerHandshaker.close}.
   *
   * @throws IllegalArgumentException if the event may not be sent
   */
  public static WebSocketCloseStatus status(CloseEvent event) {
    event.requireSendable();
    return new WebSocketCloseStatus(event.code(), event.reason());
  }

  /**
   * Records a received close frame as it is, typed where the code is known; it never throws (see
   * {@link CloseFrame#read}). A null frame is recorded as 1006, not clean: nothing arrived.
   */
  public static CloseEvent received(CloseWebSocketFrame frame) {
    if (frame == null) {
      return CloseEvent.abnormalClosure();
    }
    return CloseFrame.read(frame.content().nioBuffer());
  }

  /**
   * Reads a received close frame with every check of RFC 6455, for a server that answers a bad
   * frame itself.
   *
   * @throws InvalidCloseFrameException if the payload breaks RFC 6455; answer with its {@link
   *     InvalidCloseFrameException#response() response} code
   */
  public static CloseEvent decode(CloseWebSocketFrame frame) {
    return CloseFrame.decode(frame.content().nioBuffer());
  }

  /**
   * What a channel that closed without a close frame reports: 1006, not clean.
   *
   * @deprecated use {@link CloseEvent#abnormalClosure()}, which every adapter records
   */
  @Deprecated(forRemoval = true)
  public static CloseEvent abnormalClosure() {
    return CloseEvent.abnormalClosure();
  }
}
