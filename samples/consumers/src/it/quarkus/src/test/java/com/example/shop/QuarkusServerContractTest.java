package com.example.shop;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.testing.contract.ServerContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;

/**
 * The application's real server, with {@link ContractSocket}, meets the server side of the
 * contract. Quarkus runs one application for every test, so each test hands its script to the
 * endpoint instead of starting a server of its own.
 */
@QuarkusTest
class QuarkusServerContractTest extends ServerContract {

  @TestHTTPResource("/contract")
  URI http;

  @Override
  protected RunningServer start(Script script) {
    ContractSocket.script = script;
    URI uri = URI.create(http.toString().replaceFirst("^http", "ws"));
    return new RunningServer() {
      @Override
      public URI uri() {
        return uri;
      }

      /** Quarkus stops the application after the tests. */
      @Override
      public void close() {}
    };
  }

  /**
   * The contract's exception on Quarkus: a close frame without a code is reported as 1000 (Normal
   * Closure), with no reason, and Quarkus shows the endpoint no frame that would tell it from a
   * 1000 without a reason, so {@code QuarkusCloses.received} records 1000.
   */
  @Override
  protected CloseEvent emptyCloseFrameRecordedAs() {
    return CloseEvent.received(1000, "", true);
  }
}
