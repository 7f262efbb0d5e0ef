package dev.closecodes.netty;

import dev.closecodes.runtime.CloseEvent;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A Netty WebSocket server on loopback that handles close frames itself, through the adapter: a
 * client that sends {@code over <player>} is closed with {@code gameOver(player)}; a close frame
 * from a client is read typed and recorded, then answered.
 */
final class NettyServer implements AutoCloseable {

  private static final GameCloses CLOSES = new GameCloseEvents();

  final LinkedBlockingQueue<CloseEvent> received = new LinkedBlockingQueue<>();
  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Channel channel;

  NettyServer() throws InterruptedException {
    this(null);
  }

  /** A server whose connections end in {@code handlers}' handler; the game's when null. */
  NettyServer(Supplier<? extends ChannelHandler> handlers) throws InterruptedException {
    WebSocketServerProtocolConfig config =
        WebSocketServerProtocolConfig.newBuilder()
            .websocketPath("/ws")
            .handleCloseFrames(false)
            .build();
    channel =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    channel
                        .pipeline()
                        .addLast(
                            new HttpServerCodec(),
                            new HttpObjectAggregator(65536),
                            new WebSocketServerProtocolHandler(config),
                            handlers == null ? new GameHandler() : handlers.get());
                  }
                })
            .bind("127.0.0.1", 0)
            .sync()
            .channel();
  }

  URI uri() {
    return URI.create(
        "ws://127.0.0.1:" + ((InetSocketAddress) channel.localAddress()).getPort() + "/ws");
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    group.shutdownGracefully(0, 10, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private final class GameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    @Override
    protected void channelRead0(ChannelHandlerContext context, WebSocketFrame frame) {
      if (frame instanceof TextWebSocketFrame text && text.text().startsWith("over ")) {
        CloseEvent event = CLOSES.gameOver(text.text().substring(5));
        context.writeAndFlush(NettyCloses.toStack(event)).addListener(ChannelFutureListener.CLOSE);
      } else if (frame instanceof CloseWebSocketFrame close) {
        CloseEvent event = NettyCloses.received(close);
        received.add(event);
        context
            .writeAndFlush(NettyCloses.toStack(CloseEvent.of(event.code(), event.reason())))
            .addListener(ChannelFutureListener.CLOSE);
      }
    }
  }
}
