package com.example.hostile;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** Text that breaks a string literal or a comment in some language, to carry as it is. */
@CloseCodes(endpoint = "hostile")
public interface HostileCloses {

  /**
   * Quotes " """ ''' ` and a backslash \ with ${x}, %s, {0}, an emoji &#x1F600; and a mark
   * &#x200F;.
   */
  @Code(
      value = 4000,
      reason =
          "\"\"\" ''' \\ \\\" */ ${room} %s `t` \0 \033 \177 \u2028 \u2029 \u200f\u202e \ud83d\ude00 end")
  CloseEvent awkward(String room);
}
