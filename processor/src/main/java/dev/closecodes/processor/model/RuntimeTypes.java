package dev.closecodes.processor.model;

import java.util.Set;

/**
 * The runtime's types that generated code and the rules name, spelled once. Names rather than
 * {@code Class} objects: the processor need not load the runtime to name its types.
 */
public final class RuntimeTypes {

  /** The runtime's package. */
  public static final String PACKAGE = "dev.closecodes.runtime";

  /** Simple names of the runtime's types. */
  public static final String CLOSE_CODE = "CloseCode";

  public static final String CLOSE_CODE_SET = "CloseCodeSet";
  public static final String CLOSE_EVENT = "CloseEvent";
  public static final String CLOSE_CODE_REGISTRY = "CloseCodeRegistry";
  public static final String REASON_TEMPLATE = "ReasonTemplate";
  public static final String RECONNECT_POLICY = "ReconnectPolicy";

  /** The types that generated code imports, so names that a generated type must not take. */
  public static final Set<String> IMPORTED =
      Set.of(CLOSE_EVENT, CLOSE_CODE, CLOSE_CODE_SET, RECONNECT_POLICY);

  private RuntimeTypes() {}

  /**
   * @return the qualified name of the runtime type {@code simpleName}
   */
  public static String qualified(String simpleName) {
    return PACKAGE + "." + simpleName;
  }
}
