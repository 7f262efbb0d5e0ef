package com.example.chat;

import dev.closecodes.netty.NettyCloses;
import dev.closecodes.runtime.CloseEvent;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/** Netty, after its WebSocket handshake handler: frames in, a typed close frame out. */
public class NettyChatHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

  private static final ChatCloses CLOSES = new ChatCloseEvents();

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (frame instanceof TextWebSocketFrame text) {
      NettyCloses.close(ctx.channel(), CLOSES.roomFull(text.text()));
    } else if (frame instanceof CloseWebSocketFrame close) {
      CloseEvent event = NettyCloses.received(close); // NettyCloses.decode(close) checks strictly
      System.out.println("closed: " + event);
    }
  }
}
