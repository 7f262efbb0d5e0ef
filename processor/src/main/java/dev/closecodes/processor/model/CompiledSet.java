package dev.closecodes.processor.model;

import dev.closecodes.runtime.ReconnectPolicy;
import java.time.Duration;
import java.util.List;

/**
 * A set as it is once compiled: what its marker class records for other compilations, and what the
 * client bindings describe. Read from a valid {@link CodeSet}, or from a marker ({@link Markers}).
 *
 * @param set the qualified name of its interface
 * @param endpoint its endpoint, {@code ""} for the default
 * @param provider the binary name of its {@code CloseCodeSet} provider
 * @param deprecated whether the interface is deprecated
 * @param codes its codes, in declaration order
 * @param retired the numbers it retired, in the order listed
 */
public record CompiledSet(
    String set,
    String endpoint,
    String provider,
    boolean deprecated,
    List<Code> codes,
    List<Integer> retired) {

  /**
   * One compiled code.
   *
   * @param code its number
   * @param name its constant's name
   * @param reason its reason as declared, the template where it takes arguments
   * @param description the first sentence of its javadoc, as plain text
   * @param deprecation whether and why it is deprecated ({@code forRemoval} is not recorded)
   * @param reconnect what a client does after it
   */
  public record Code(
      int code,
      String name,
      String reason,
      String description,
      Deprecation deprecation,
      ReconnectPolicy reconnect) {}

  /**
   * The policy that {@code @Code(reconnect, notBeforeSeconds)} declares, once the set's default
   * stands in for {@code DEFAULT}.
   *
   * @param reconnect the name of a {@code dev.closecodes.Reconnect} constant other than {@code
   *     DEFAULT}, which is also the name of a {@link ReconnectPolicy.Kind}
   */
  public static ReconnectPolicy policy(String reconnect, int notBeforeSeconds) {
    return ReconnectPolicy.of(
        ReconnectPolicy.Kind.valueOf(reconnect), Duration.ofSeconds(notBeforeSeconds));
  }

  /** The compiled form of a set that passed validation. */
  public static CompiledSet of(CodeSet set) {
    return new CompiledSet(
        set.describe(),
        set.endpoint(),
        set.provider(),
        set.deprecation().deprecated(),
        set.codes().stream()
            .map(
                code ->
                    new Code(
                        code.code(),
                        code.constantName(),
                        code.declaredReason(),
                        code.description(),
                        code.deprecation(),
                        policy(code.reconnect().name(), code.notBeforeSeconds())))
            .toList(),
        set.retired().stream().map(CodeSet.Retired::code).toList());
  }
}
