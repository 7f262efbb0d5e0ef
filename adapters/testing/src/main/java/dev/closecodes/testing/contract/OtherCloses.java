package dev.closecodes.testing.contract;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Another endpoint that reuses 4901, as endpoints may: the suite checks it is not taken. */
@CloseCodes(endpoint = "other")
public interface OtherCloses {

  /** Reuses {@link ContractCloses#sessionExpired()}'s number. */
  @Code(value = 4901, reason = "Kicked")
  CloseEvent kicked();
}
