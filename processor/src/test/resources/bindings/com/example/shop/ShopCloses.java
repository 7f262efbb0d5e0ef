package com.example.shop;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Why the shop closes a connection. */
@CloseCodes(endpoint = "shop", retired = 4009)
public interface ShopCloses {

  /** The cart expired. */
  @Code(value = 4001, reason = "Cart {cart} expired")
  CloseEvent cartExpired(String cart);

  /**
   * The order was checked out.
   *
   * @deprecated Send {@link #cartExpired(String)} instead.
   */
  @Deprecated
  @Code(value = 4002, reason = "Checked out")
  CloseEvent checkedOut();

  /** Text every format carries as it is: <script>alert(1)</script> *bold* | pipe `tick`. */
  @Code(value = 4003, reason = "Say \"bye\" \\ */ </script> `tick` ``two`` | pipe \0 \033 \177 \u2028 end")
  CloseEvent awkward();
}
