package dev.closecodes.netty;

import dev.closecodes.testing.contract.ServerContract;
import java.net.URI;

/**
 * A Netty server that handles close frames itself, through the adapter, meets the server side of
 * the contract.
 */
class NettyServerContractTest extends ServerContract {

  @Override
  protected RunningServer start(Script script) throws Exception {
    NettyServer server = new NettyServer(() -> new ContractHandler(script::closed, script::text));
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
}
