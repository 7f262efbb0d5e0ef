package com.example.app;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** The application's own codes for the chat endpoint. */
@CloseCodes(endpoint = "chat")
public interface AppCloses {

  @Code(value = 4001, reason = "Session expired")
  CloseEvent sessionExpired();

  @Code(value = 4100, reason = "Account closed") // error: ModerationCloses.banned has 4100
  CloseEvent accountClosed();
}
