package dev.closecodes.micrometer;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseCodeRange;
import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseCodeSet;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts closes as the Micrometer counter {@value #NAME}, one increment per close, tagged:
 *
 * <ul>
 *   <li>{@code code}: the number, for a standard code or one a registered set declares; the range,
 *       such as {@code 4000-4999}, for any other number, and {@code invalid} for one outside 16
 *       bits, so that a hostile peer sending random numbers adds at most a handful of series;
 *   <li>{@code name}: the constant, such as {@code ROOM_FULL}, or {@code UNREGISTERED};
 *   <li>{@code set}: the declaring interface, {@code standard}, or {@code none};
 *   <li>{@code direction}: {@code sent} or {@code received};
 *   <li>{@code clean}: whether the closing handshake completed.
 * </ul>
 *
 * <p>One call hooks it into any stack, where a close goes out and where one comes in: {@code
 * metrics.sent(event)} once the stack has sent the close, and {@code
 * metrics.received(SpringCloses.received(status))}. A connection sends one close frame: messages
 * keep arriving until the peer answers it, and a stack that has started closing ignores or refuses
 * another close, so a handler that closes on a message must close once, and count that close, not
 * every call.
 */
public final class CloseMetrics {

  /** The counter's name; Prometheus shows it as {@code websocket_closes_total}. */
  public static final String NAME = "websocket.closes";

  private final MeterRegistry meters;
  private final Map<Integer, Tags> known = new HashMap<>();

  /**
   * Counts into {@code meters}, naming codes by the sets {@link CloseCodeRegistry#global()} has.
   */
  public CloseMetrics(MeterRegistry meters) {
    this(meters, CloseCodeRegistry.global());
  }

  /** Counts into {@code meters}, naming codes by the sets of {@code codes}. */
  public CloseMetrics(MeterRegistry meters, CloseCodeRegistry codes) {
    this.meters = meters;
    for (StandardCloseCode code : StandardCloseCode.values()) {
      known.put(code.code(), tags(code.code(), code.name(), "standard"));
    }
    for (CloseCodeSet set : codes.sets()) {
      for (CloseCode code : set.codes()) {
        known.putIfAbsent(code.code(), tags(code.code(), code.name(), set.declaredBy()));
      }
    }
  }

  /**
   * Counts a close frame this side sent: call it once per connection, for the close that went out.
   *
   * @return {@code event}
   */
  public CloseEvent sent(CloseEvent event) {
    return count(event, "sent");
  }

  /**
   * Counts a close this side received or observed.
   *
   * @return {@code event}
   */
  public CloseEvent received(CloseEvent event) {
    return count(event, "received");
  }

  private CloseEvent count(CloseEvent event, String direction) {
    Tags tags =
        Optional.ofNullable(known.get(event.code())).orElseGet(() -> unregistered(event.code()));
    Counter.builder(NAME)
        .description("WebSocket connections closed, by close code")
        .tags(tags.and("direction", direction, "clean", Boolean.toString(event.wasClean())))
        .register(meters)
        .increment();
    return event;
  }

  /** A number nothing declares: its range stands for it, never the number itself. */
  private static Tags unregistered(int code) {
    String range = code < 0 || code > 65535 ? "invalid" : CloseCodeRange.of(code).span();
    return Tags.of("code", range, "name", "UNREGISTERED", "set", "none");
  }

  private static Tags tags(int code, String name, String set) {
    return Tags.of("code", Integer.toString(code), "name", name, "set", set);
  }
}
