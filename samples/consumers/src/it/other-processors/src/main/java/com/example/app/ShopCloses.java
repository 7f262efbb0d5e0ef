package com.example.app;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Why the shop closes a connection. */
@CloseCodes
public interface ShopCloses {

  /** The order was paid. */
  @Code(value = 4001, reason = "Order {order} paid")
  CloseEvent paid(String order);
}
