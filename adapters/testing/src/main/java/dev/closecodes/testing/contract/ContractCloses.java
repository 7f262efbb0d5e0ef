package dev.closecodes.testing.contract;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** The codes the contract suite sends and receives: the endpoint {@code contract}. */
@CloseCodes(endpoint = "contract")
public interface ContractCloses {

  /** A typed close with a fixed reason. */
  @Code(value = 4901, reason = "Session expired")
  CloseEvent sessionExpired();

  /** A templated close; with a long room name its reason is cut to fit. */
  @Code(value = 4902, reason = "Room {room} is full")
  CloseEvent roomFull(String room);
}
