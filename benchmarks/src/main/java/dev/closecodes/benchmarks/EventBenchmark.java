package dev.closecodes.benchmarks;

import dev.closecodes.runtime.CloseEvent;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import jakarta.websocket.CloseReason;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.web.socket.CloseStatus;

/**
 * Creating the event to send: closecodes' generated factory against building each peer's close
 * object for the same code and the same reason text (built the same way, by concatenation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class EventBenchmark {

  private final BenchCloses closes = new BenchCloseEvents();
  private String room = Inputs.ROOM;
  private String moderator = "ada";
  private String why = Inputs.LONG_WHY;

  @Benchmark
  public CloseEvent closecodesConstant() {
    return closes.sessionExpired();
  }

  @Benchmark
  public CloseEvent closecodesTemplated() {
    return closes.roomFull(room);
  }

  @Benchmark
  public CloseEvent closecodesTemplatedCut() {
    return closes.kicked(moderator, why);
  }

  /**
   * The like-for-like peer of {@link #closecodesTemplatedCut()}: the same inputs, concatenated,
   * then cut by Jetty 12's {@code CloseStatus}, which encodes the reason, copies 123 bytes and
   * decodes them again.
   */
  @Benchmark
  public org.eclipse.jetty.websocket.core.CloseStatus jettyTrimLongReason() {
    return new org.eclipse.jetty.websocket.core.CloseStatus(
        4003, "Kicked by " + moderator + ": " + why);
  }

  @Benchmark
  public CloseStatus springCloseStatus() {
    return new CloseStatus(4002, "Room " + room + " is full");
  }

  @Benchmark
  public CloseReason jakartaCloseReason() {
    return new CloseReason(CloseReason.CloseCodes.getCloseCode(4002), "Room " + room + " is full");
  }

  @Benchmark
  public void nettyCloseWebSocketFrame(Blackhole blackhole) {
    CloseWebSocketFrame frame = new CloseWebSocketFrame(4002, "Room " + room + " is full");
    blackhole.consume(frame);
    frame.release();
  }

  /** What peers do with a reason that does not fit: nothing; they build the object all the same. */
  @Benchmark
  public CloseStatus springCloseStatusLongReason() {
    return new CloseStatus(4003, "Kicked by " + moderator + ": " + why);
  }
}
