package dev.closecodes.runtime;

import java.util.List;

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
   * @return the codes, in declaration order
   */
  List<? extends CloseCode> codes();
}
