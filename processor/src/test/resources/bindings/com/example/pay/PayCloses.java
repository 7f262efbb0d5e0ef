package com.example.pay;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Why the payment service closes a shop connection; compiled into a library module. */
@CloseCodes(endpoint = "shop")
public interface PayCloses {

  /** Paid in euros. */
  @Code(value = 4100, reason = "Paid")
  CloseEvent pay€();
}
