package dev.closecodes.benchmarks;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseCodeRegistry;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import jakarta.websocket.CloseReason;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Number to typed code, for codes spread over an application's set. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LookupBenchmark {

  private int[] codes;
  private int next;
  private CloseCodeRegistry registry;

  @Setup
  public void setUp() {
    codes = Inputs.spreadCodes();
    registry = CloseCodeRegistry.global();
    if (registry.resolve(4002) != BenchCloseCode.ROOM_FULL) {
      throw new IllegalStateException("the registry did not find the generated set");
    }
  }

  private int nextCode() {
    return codes[next++ & (codes.length - 1)];
  }

  @Benchmark
  public BenchCloseCode closecodesGeneratedOf() {
    return BenchCloseCode.of(nextCode());
  }

  @Benchmark
  public CloseCode closecodesRegistryResolve() {
    return registry.resolve(nextCode());
  }

  @Benchmark
  public BenchCloseCode handWrittenSwitch() {
    return HandWritten.bySwitch(nextCode());
  }

  @Benchmark
  public CloseReason.CloseCode jakartaGetCloseCode() {
    return CloseReason.CloseCodes.getCloseCode(nextCode());
  }

  @Benchmark
  public WebSocketCloseStatus nettyValueOf() {
    return WebSocketCloseStatus.valueOf(nextCode());
  }
}
