package dev.closecodes.runtime.linkage;

import dev.closecodes.runtime.CloseCode;

/** A set's enum that also implements a library's type, as generated enums once did. */
public enum LinkedCode implements CloseCode, Hidden {
  LINKED;

  @Override
  public int code() {
    return 4200;
  }

  @Override
  public String reason() {
    return "";
  }
}
