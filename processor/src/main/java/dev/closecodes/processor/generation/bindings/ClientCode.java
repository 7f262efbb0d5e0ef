package dev.closecodes.processor.generation.bindings;

import dev.closecodes.processor.model.Deprecation;
import dev.closecodes.processor.model.ReasonTemplate;
import dev.closecodes.runtime.ReconnectPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * A code that a client of an endpoint may receive.
 *
 * @param code its number
 * @param kind whether it is standard, declared by a set, or a number a set retired
 * @param name the constant's name: a declared code's, or a standard code's (such as {@code
 *     NORMAL_CLOSURE}); {@code ""} for a retired number
 * @param ianaName the name in the IANA registry, such as {@code Normal Closure}; {@code ""} unless
 *     standard
 * @param set the qualified name of the interface that declares or retired it; {@code ""} if
 *     standard
 * @param reason the reason as declared, the template where it takes arguments; {@code ""} unless
 *     declared
 * @param description what it means, as plain text
 * @param deprecation whether and why it is deprecated ({@code forRemoval} is not recorded)
 * @param sendable whether an endpoint may send it (1005, 1006 and 1015 never are)
 * @param reconnect what a client does after it: as declared, the runtime's default for a standard
 *     code, never for a retired number (its meaning is gone)
 */
public record ClientCode(
    int code,
    Kind kind,
    String name,
    String ianaName,
    String set,
    String reason,
    String description,
    Deprecation deprecation,
    boolean sendable,
    ReconnectPolicy reconnect) {

  /** Where a code comes from. */
  public enum Kind {
    /** One of RFC 6455's codes, 1000-1015. */
    STANDARD,
    /** A code a set of the endpoint declares. */
    DECLARED,
    /** A number a set retired: no longer sent, but older servers may still send it. */
    RETIRED
  }

  /**
   * @return the names of the reason's placeholders in order, such as {@code [room]} for {@code Room
   *     {room} is full}; none for a reason that takes no arguments
   */
  public List<String> placeholders() {
    List<String> names = new ArrayList<>();
    for (ReasonTemplate.Part part : ReasonTemplate.parse(reason).parts()) {
      if (part instanceof ReasonTemplate.Placeholder placeholder) {
        names.add(placeholder.name());
      }
    }
    return names;
  }
}
