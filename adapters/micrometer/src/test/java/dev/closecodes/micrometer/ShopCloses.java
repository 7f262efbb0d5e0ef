package dev.closecodes.micrometer;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** The codes of the test's endpoint. */
@CloseCodes
public interface ShopCloses {

  /** The cart expired. */
  @Code(value = 4301, reason = "Cart expired")
  CloseEvent cartExpired();
}
