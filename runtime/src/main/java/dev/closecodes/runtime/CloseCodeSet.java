package dev.closecodes.runtime;

import java.util.List;
import java.util.Optional;

/**
 * A set of codes declared with {@code @CloseCodes}, as the {@link CloseCodeRegistry} finds it: the
 * processor generates one per set (the nested class {@code XxxCloseCode.Provider}) and registers it
 * in {@code META-INF/services/dev.closecodes.runtime.CloseCodeSet}.
 */
public interface CloseCodeSet {

  /**
   * @return the qualified name of the declaring interface, such as {@code com.example.ChatCloses}
   */
  String declaredBy();

  /**
   * The endpoint whose connections these codes close, as {@code @CloseCodes(endpoint = ...)} names
   * it: the registry resolves a number within its endpoint, since endpoints may reuse numbers.
   *
   * @return the endpoint's name, {@code ""} for the application's default endpoint
   */
  default String endpoint() {
    return "";
  }

  /**
   * @return the codes, in declaration order
   */
  List<? extends CloseCode> codes();

  /**
   * The factory of the set's events that the processor generates ({@code XxxCloseEvents}), which
   * implements the declaring interface, so that a container can offer it for injection; empty for a
   * set made by hand.
   *
   * @return the factory, which holds no state, or empty
   */
  default Optional<Object> events() {
    return Optional.empty();
  }
}
