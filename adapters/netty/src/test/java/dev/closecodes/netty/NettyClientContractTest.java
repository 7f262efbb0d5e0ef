package dev.closecodes.netty;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ClientContract;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;

/**
 * A Netty client, a {@code WebSocketClientHandshaker} in Netty's client protocol handler with close
 * frames left to the application, meets the client side of the contract.
 */
class NettyClientContractTest extends ClientContract {

  private static final EventLoopGroup GROUP =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());

  @AfterAll
  static void stop() {
    GROUP.shutdownGracefully(0, 10, TimeUnit.SECONDS).syncUninterruptibly();
  }

  @Override
  protected Connection connect(URI uri) throws Exception {
    CompletableFuture<Void> opened = new CompletableFuture<>();
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    ContractHandler handler = new ContractHandler(closed::complete, (connection, text) -> {});
    WebSocketClientHandshaker handshaker =
        WebSocketClientHandshakerFactory.newHandshaker(
            uri, WebSocketVersion.V13, null, false, EmptyHttpHeaders.INSTANCE);
    new Bootstrap()
        .group(GROUP)
        .channel(NioSocketChannel.class)
        .handler(
            new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel channel) {
                channel
                    .pipeline()
                    .addLast(
                        new HttpClientCodec(),
                        new HttpObjectAggregator(65536),
                        new WebSocketClientProtocolHandler(handshaker, false),
                        new ChannelInboundHandlerAdapter() {
                          @Override
                          public void userEventTriggered(ChannelHandlerContext context, Object e) {
                            if (e == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                              opened.complete(null);
                            }
                            context.fireUserEventTriggered(e);
                          }
                        },
                        handler);
              }
            })
        .connect(uri.getHost(), uri.getPort())
        .sync();
    opened.get(10, TimeUnit.SECONDS);
    return new Connection() {
      @Override
      public void close(CloseEvent event) {
        handler.close(event);
      }

      @Override
      public void send(String text) {
        handler.send(text);
      }

      @Override
      public CompletableFuture<CloseEvent> closed() {
        return closed;
      }
    };
  }
}
