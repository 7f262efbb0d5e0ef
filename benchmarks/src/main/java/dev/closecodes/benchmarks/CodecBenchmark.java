package dev.closecodes.benchmarks;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The close-frame payload: encoding an event and decoding a received payload, against Netty's
 * {@code CloseWebSocketFrame} and Jetty 12's {@code CloseStatus}. The reason holds non-ASCII text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CodecBenchmark {

  private final CloseEvent event = new BenchCloseEvents().roomFull(Inputs.ROOM);
  private final ByteBuffer output = ByteBuffer.allocate(CloseFrame.MAX_PAYLOAD_BYTES);
  private ByteBuffer payload;
  private ByteBuffer emptyReasonPayload;
  private CloseWebSocketFrame nettyFrame;
  private CloseWebSocketFrame nettyEmptyReasonFrame;

  @Setup
  public void setUp() {
    payload = ByteBuffer.wrap(CloseFrame.encode(event));
    emptyReasonPayload = ByteBuffer.wrap(CloseFrame.encode(CloseEvent.of(1000, "")));
    nettyFrame = new CloseWebSocketFrame(true, 0, Unpooled.wrappedBuffer(payload.array()));
    nettyEmptyReasonFrame =
        new CloseWebSocketFrame(true, 0, Unpooled.wrappedBuffer(emptyReasonPayload.array()));
  }

  @TearDown
  public void tearDown() {
    nettyFrame.release();
    nettyEmptyReasonFrame.release();
  }

  @Benchmark
  public int closecodesEncodeIntoBuffer() {
    output.clear();
    return CloseFrame.encode(event, output);
  }

  @Benchmark
  public byte[] closecodesEncodeToArray() {
    return CloseFrame.encode(event);
  }

  @Benchmark
  public ByteBuffer jettyEncode() {
    return CloseStatus.asPayloadBuffer(event.code(), event.reason());
  }

  @Benchmark
  public void nettyEncode(Blackhole blackhole) {
    CloseWebSocketFrame frame = new CloseWebSocketFrame(event.code(), event.reason());
    blackhole.consume(frame.content());
    frame.release();
  }

  @Benchmark
  public CloseEvent closecodesDecode() {
    payload.position(0);
    return CloseFrame.decode(payload);
  }

  @Benchmark
  public CloseEvent closecodesDecodeEmptyReason() {
    emptyReasonPayload.position(0);
    return CloseFrame.decode(emptyReasonPayload);
  }

  @Benchmark
  public CloseStatus jettyDecode() {
    return new CloseStatus(payload.duplicate());
  }

  @Benchmark
  public CloseStatus jettyDecodeEmptyReason() {
    return new CloseStatus(emptyReasonPayload.duplicate());
  }

  @Benchmark
  public void nettyDecode(Blackhole blackhole) {
    blackhole.consume(nettyFrame.statusCode());
    blackhole.consume(nettyFrame.reasonText());
  }

  @Benchmark
  public void nettyDecodeEmptyReason(Blackhole blackhole) {
    blackhole.consume(nettyEmptyReasonFrame.statusCode());
    blackhole.consume(nettyEmptyReasonFrame.reasonText());
  }
}
