package dev.closecodes.runtime.linkage;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseCodeSet;
import java.util.List;

/** The provider of {@link LinkedCode}, which loads without its enum's library. */
public final class LinkedSet implements CloseCodeSet {

  @Override
  public String declaredBy() {
    return "dev.closecodes.runtime.linkage.LinkedCloses";
  }

  @Override
  public List<? extends CloseCode> codes() {
    return List.of(LinkedCode.values());
  }
}
