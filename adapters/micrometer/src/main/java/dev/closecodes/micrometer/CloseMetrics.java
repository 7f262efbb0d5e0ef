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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts closes as the Micrometer counter {@value #NAME}, one increment per close, tagged:
 *
 * <ul>
 *   <li>{@code code}: the number, for a standard code or one a registered set declares; the range,
 *       such as {@code 4000-4999}, for any other number, and {@code invalid} for one outside 16
 *       bits, so that a hostile peer sending random numbers adds at most a handful of series;
 *   <li>{@code name}: the constant, such as {@code ROOM_FULL}, or {@code UNREGISTERED};
 *   <li>{@code set}: the declaring interface, {@code standard}, or {@code none};
 *   <li>{@code endpoint}: the endpoint the close belongs to, as {@code @CloseCodes(endpoint = ...)}
 *       names it, {@value #DEFAULT_ENDPOINT} for the default endpoint;
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
 *
 * <p>A {@code CloseMetrics} counts the closes of one endpoint, and names a number by that
 * endpoint's sets: the only endpoint of its registry, or the default endpoint where the registry
 * has several. An application with several counts each endpoint's closes with {@link
 * #endpoint(String)}: a 4001 counted by {@code metrics.endpoint("game")} is tagged {@code
 * endpoint=game} and named by {@code game}'s constant while {@code chat} declares 4001 too.
 */
public final class CloseMetrics {

  /** The counter's name; Prometheus shows it as {@code websocket_closes_total}. */
  public static final String NAME = "websocket.closes";

  /**
   * The {@code endpoint} tag of the default endpoint, {@link CloseCodeRegistry#DEFAULT_ENDPOINT}:
   * an empty value would not do, as Prometheus treats an empty label as a missing one.
   */
  public static final String DEFAULT_ENDPOINT = CloseCodeRegistry.DEFAULT_ENDPOINT;

  private final MeterRegistry meters;
  private final CloseCodeRegistry codes;
  private final Map<String, CloseMetrics> endpoints;
  private final String endpointName;
  private final Tags endpoint;
  private final Map<Integer, Tags> known = new HashMap<>();

  /** Counts into {@code meters}, naming codes by {@link CloseCodeRegistry#global()}. */
  public CloseMetrics(MeterRegistry meters) {
    this(meters, CloseCodeRegistry.global());
  }

  /**
   * Counts into {@code meters} the closes of the only endpoint of {@code codes}, or of the default
   * endpoint where it has several, naming codes by that endpoint's sets.
   */
  public CloseMetrics(MeterRegistry meters, CloseCodeRegistry codes) {
    this(meters, codes, home(codes.endpoints()), new ConcurrentHashMap<>());
    endpoints.put(endpointName, this);
  }

  private CloseMetrics(
      MeterRegistry meters,
      CloseCodeRegistry codes,
      String endpoint,
      Map<String, CloseMetrics> endpoints) {
    this.meters = meters;
    this.codes = codes;
    this.endpoints = endpoints;
    this.endpointName = endpoint;
    this.endpoint = Tags.of("endpoint", endpoint.isEmpty() ? DEFAULT_ENDPOINT : endpoint);
    for (StandardCloseCode code : StandardCloseCode.values()) {
      known.put(code.code(), tags(code.code(), code.name(), "standard"));
    }
    for (CloseCodeSet set : codes.endpoint(endpoint).sets()) {
      for (CloseCode code : set.codes()) {
        known.putIfAbsent(code.code(), tags(code.code(), code.name(), set.declaredBy()));
      }
    }
  }

  private static String home(Set<String> endpoints) {
    return endpoints.size() == 1 ? endpoints.iterator().next() : "";
  }

  /**
   * Counts the closes of endpoint {@code name} into the same meters, naming codes by its sets.
   *
   * @param name the endpoint, as {@code @CloseCodes(endpoint = ...)} names it; {@code ""} or
   *     {@value #DEFAULT_ENDPOINT} for the default
   * @return its metrics, the same for every call with that name
   * @throws IllegalArgumentException if no set serves {@code name}, as {@link
   *     CloseCodeRegistry#endpoint(String)} refuses it
   */
  public CloseMetrics endpoint(String name) {
    String endpoint = DEFAULT_ENDPOINT.equals(Objects.requireNonNull(name, "name")) ? "" : name;
    return endpoints.computeIfAbsent(
        endpoint, known -> new CloseMetrics(meters, codes, known, endpoints));
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
  private Tags unregistered(int code) {
    String range = code < 0 || code > 65535 ? "invalid" : CloseCodeRange.of(code).span();
    return endpoint.and("code", range, "name", "UNREGISTERED", "set", "none");
  }

  private Tags tags(int code, String name, String set) {
    return endpoint.and("code", Integer.toString(code), "name", name, "set", set);
  }
}
