package com.example.app;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Why the payment service closes a connection. */
@CloseCodes
public interface PayCloses {

  /** Payment required. */
  @Code(value = 4100, reason = "Payment required")
  CloseEvent paymentRequired();
}
