package com.example.lib;

/** Greets. */
public final class Greeter {

  /** Creates a greeter. */
  public Greeter() {}

  /**
   * @return a greeting
   */
  public String hello() {
    return "hello";
  }
}
