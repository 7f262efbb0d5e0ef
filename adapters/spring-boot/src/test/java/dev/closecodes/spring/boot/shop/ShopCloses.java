package dev.closecodes.spring.boot.shop;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** The codes of the test application's endpoint. */
@CloseCodes(endpoint = "shop")
public interface ShopCloses {

  /** The cart expired. */
  @Code(value = 4301, reason = "Cart {cart} expired")
  CloseEvent cartExpired(String cart);
}
