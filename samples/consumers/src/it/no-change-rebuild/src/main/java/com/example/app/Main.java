package com.example.app;

import dev.closecodes.runtime.CloseCodeRegistry;

/** Resolves every number through the registry, as a client of the module does. */
public final class Main {

  public static void main(String[] args) {
    for (int code : new int[] {4001, 4100}) {
      System.out.println("resolved " + code + " " + CloseCodeRegistry.global().resolve(code).name());
    }
  }
}
