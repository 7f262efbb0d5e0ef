package dev.closecodes.benchmarks;

import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.CloseFrame;
import dev.closecodes.runtime.WirePolicy;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.HttpUtils;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import io.vertx.core.net.impl.VertxHandler;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import okhttp3.internal.ws.WebSocketProtocol;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.java_websocket.exceptions.InvalidDataException;
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
 * {@code CloseWebSocketFrame} (as its accessors read a frame, and as its decoder checks one first),
 * Jetty 12's {@code CloseStatus}, Java-WebSocket's {@code CloseFrame} and Vert.x 5 (which checks a
 * close frame with Netty's decoder, then reads it through its own frame); and checking a code
 * before sending, against OkHttp. The reason holds non-ASCII text.
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
  private final NettyStrictDecoder nettyDecoder = new NettyStrictDecoder();
  private int code = event.code();
  private static final int VARYING = 16;
  private final ByteBuffer[] varyingPayloads = new ByteBuffer[VARYING];
  private final CloseWebSocketFrame[] varyingNettyFrames = new CloseWebSocketFrame[VARYING];
  private final ByteBuffer[] varyingWidePayloads = new ByteBuffer[VARYING];
  private final CloseWebSocketFrame[] varyingWideNettyFrames = new CloseWebSocketFrame[VARYING];
  private int turn;

  /** Netty's decoder, for the check it applies to every close frame it receives. */
  private static final class NettyStrictDecoder extends WebSocket08FrameDecoder {
    NettyStrictDecoder() {
      super(WebSocketDecoderConfig.newBuilder().build());
    }

    /** Valid input never reaches the context, which only reports a violation. */
    void check(ByteBuf body) {
      checkCloseFrameBody(null, body);
    }
  }

  @Setup
  public void setUp() {
    payload = ByteBuffer.wrap(CloseFrame.encode(event));
    emptyReasonPayload = ByteBuffer.wrap(CloseFrame.encode(CloseEvent.of(1000, "")));
    nettyFrame = new CloseWebSocketFrame(true, 0, Unpooled.wrappedBuffer(payload.array()));
    nettyEmptyReasonFrame =
        new CloseWebSocketFrame(true, 0, Unpooled.wrappedBuffer(emptyReasonPayload.array()));
    BenchCloses closes = new BenchCloseEvents();
    for (int i = 0; i < VARYING; i++) {
      byte[] varying = CloseFrame.encode(closes.roomFull(Inputs.ROOM + i));
      varyingPayloads[i] = ByteBuffer.wrap(varying);
      varyingNettyFrames[i] = new CloseWebSocketFrame(true, 0, Unpooled.wrappedBuffer(varying));
      byte[] wide = CloseFrame.encode(closes.roomFull(Inputs.WIDE_ROOM + i));
      varyingWidePayloads[i] = ByteBuffer.wrap(wide);
      varyingWideNettyFrames[i] = new CloseWebSocketFrame(true, 0, Unpooled.wrappedBuffer(wide));
    }
  }

  @TearDown
  public void tearDown() {
    nettyFrame.release();
    nettyEmptyReasonFrame.release();
    for (int i = 0; i < VARYING; i++) {
      varyingNettyFrames[i].release();
      varyingWideNettyFrames[i].release();
    }
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

  /** Vert.x as {@code WebSocket.close(code, reason)} makes the frame it writes. */
  @Benchmark
  public void vertxEncode(Blackhole blackhole) {
    ByteBuf content = HttpUtils.generateWSCloseFrameByteBuf((short) event.code(), event.reason());
    CloseWebSocketFrame frame = new CloseWebSocketFrame(true, 0, content);
    blackhole.consume(frame.content());
    frame.release();
  }

  /** The same payload every time, so its reason repeats the last one received with its code. */
  @Benchmark
  public CloseEvent closecodesDecode() {
    return CloseFrame.decode(payload);
  }

  @Benchmark
  public CloseEvent closecodesDecodeEmptyReason() {
    return CloseFrame.decode(emptyReasonPayload);
  }

  /**
   * One code with {@value #VARYING} reasons in turn, so that no reason repeats the last one
   * received: each is decoded afresh.
   */
  @Benchmark
  public CloseEvent closecodesDecodeVaryingReason() {
    return CloseFrame.decode(varyingPayloads[next()]);
  }

  @Benchmark
  public void nettyDecodeVaryingReason(Blackhole blackhole) {
    nettyRead(varyingNettyFrames[next()], blackhole);
  }

  /** As the rows above, with text that Latin-1 cannot hold, so the string stores UTF-16. */
  @Benchmark
  public CloseEvent closecodesDecodeVaryingWideReason() {
    return CloseFrame.decode(varyingWidePayloads[next()]);
  }

  @Benchmark
  public void nettyDecodeVaryingWideReason(Blackhole blackhole) {
    nettyRead(varyingWideNettyFrames[next()], blackhole);
  }

  private int next() {
    turn = (turn + 1) % VARYING;
    return turn;
  }

  /** The same payload handed over as an array, as some stacks hand it. */
  @Benchmark
  public CloseEvent closecodesDecodeEmptyReasonArray() {
    return CloseFrame.decode(emptyReasonPayload.array());
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
    nettyRead(nettyFrame, blackhole);
  }

  @Benchmark
  public void nettyDecodeEmptyReason(Blackhole blackhole) {
    nettyRead(nettyEmptyReasonFrame, blackhole);
  }

  /** Netty's two reads of a received close frame, as its users make them. */
  private static void nettyRead(CloseWebSocketFrame frame, Blackhole blackhole) {
    blackhole.consume(frame.statusCode());
    blackhole.consume(frame.reasonText());
  }

  @Benchmark
  public void vertxDecode(Blackhole blackhole) {
    vertxReceive(nettyFrame, blackhole);
  }

  @Benchmark
  public void vertxDecodeEmptyReason(Blackhole blackhole) {
    vertxReceive(nettyEmptyReasonFrame, blackhole);
  }

  /**
   * Vert.x as it receives a close frame: Netty's decoder checks the body, Vert.x makes its own
   * frame from Netty's (the buffer kept as it is, since it is not pooled here), and its WebSocket
   * makes the two reads.
   */
  private void vertxReceive(CloseWebSocketFrame received, Blackhole blackhole) {
    nettyDecoder.check(received.content());
    WebSocketFrameImpl frame =
        new WebSocketFrameImpl(
            WebSocketFrameType.CLOSE, VertxHandler.safeBuffer(received.content()), true);
    blackhole.consume(frame.closeStatusCode());
    blackhole.consume(frame.closeReason());
  }

  /** Netty as its decoder receives a frame: the body checked, then the two reads. */
  @Benchmark
  public void nettyStrictDecode(Blackhole blackhole) {
    nettyDecoder.check(nettyFrame.content());
    nettyRead(nettyFrame, blackhole);
  }

  /** Java-WebSocket as it sends a close: the frame made, then checked. */
  @Benchmark
  public ByteBuffer javaWebSocketEncode() throws InvalidDataException {
    org.java_websocket.framing.CloseFrame frame = new org.java_websocket.framing.CloseFrame();
    frame.setReason(event.reason());
    frame.setCode(event.code());
    frame.isValid();
    return frame.getPayloadData();
  }

  @Benchmark
  public void javaWebSocketDecode(Blackhole blackhole) throws InvalidDataException {
    javaWebSocketDecode(payload, blackhole);
  }

  @Benchmark
  public void javaWebSocketDecodeEmptyReason(Blackhole blackhole) throws InvalidDataException {
    javaWebSocketDecode(emptyReasonPayload, blackhole);
  }

  /** Java-WebSocket as it receives a close: the frame made from the payload, then checked. */
  private static void javaWebSocketDecode(ByteBuffer payload, Blackhole blackhole)
      throws InvalidDataException {
    org.java_websocket.framing.CloseFrame frame = new org.java_websocket.framing.CloseFrame();
    frame.setPayload(payload.duplicate());
    frame.isValid();
    blackhole.consume(frame.getCloseCode());
    blackhole.consume(frame.getMessage());
  }

  /** Whether a code may be sent. */
  @Benchmark
  public boolean closecodesCheckCode() {
    return WirePolicy.isSendable(code);
  }

  /** OkHttp's check before it sends a close: null when the code may be sent. */
  @Benchmark
  public String okhttpCheckCode() {
    return WebSocketProtocol.INSTANCE.closeCodeExceptionMessage(code);
  }
}
