package dev.closecodes.jakarta;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** A shop's codes, generated as an application's: the enum implements no Jakarta type. */
@CloseCodes
public interface ShopCloses {

  /** The customer checked out. */
  @Code(value = 4201, reason = "Checked out")
  CloseEvent checkedOut();
}
