package com.example.app;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Why the shop closes a connection. */
@CloseCodes
public interface ShopCloses {

  /** The session ended. */
  @Code(value = 4001, reason = "Session ended")
  CloseEvent sessionEnded();

  /**
   * The cart expired.
   *
   * @deprecated Clients treat it as {@link #sessionEnded()}; send that.
   */
  @Deprecated
  @Code(value = 4002, reason = "Cart {cart} expired")
  CloseEvent cartExpired(String cart);

  /**
   * The checkout moved.
   *
   * @deprecated Checkout has its own endpoint now.
   */
  @Deprecated(forRemoval = true, since = "2.0")
  @Code(value = 4003, reason = "Checkout moved")
  CloseEvent checkoutMoved();
}
