package dev.closecodes.jakarta;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/**
 * A shop's codes; with Jakarta on the class path the generated enum is a Jakarta close code too.
 */
@CloseCodes
public interface ShopCloses {

  /** The cart expired. */
  @Code(value = 4200, reason = "Cart {cart} expired")
  CloseEvent cartExpired(String cart);

  /** The customer checked out. */
  @Code(value = 4201, reason = "Checked out")
  CloseEvent checkedOut();
}
