package com.example.shop;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

@CloseCodes(endpoint = "shop")
public interface ShopCloses {

  /** The cart expired before checkout. */
  @Code(value = 4301, reason = "Cart {cart} expired")
  CloseEvent cartExpired(String cart);
}
