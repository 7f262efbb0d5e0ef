package com.example.bad;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Every line marked "error" must fail the build with its own message. */
@CloseCodes
public interface BadCloses {

  @Code(value = 999, reason = "Too low") // error: range
  CloseEvent tooLow();

  @Code(value = 4001, reason = "First")
  CloseEvent first();

  @Code(value = 4001, reason = "Second") // error: duplicate
  CloseEvent second();

  @Code(value = 4002, reason = "This reason goes on and on, far past what one close frame can carry — which is one hundred and twenty-three bytes of UTF-8, no more") // error: reason-length
  CloseEvent tooLong();

  @Code(value = 4003, reason = "Room {rooom} is full") // error: placeholder
  CloseEvent roomFull(String room); // error: unused-parameter
}
