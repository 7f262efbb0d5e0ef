package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the processor records of a compiled {@link CloseCodes} set, on a marker class in the package
 * {@code dev.closecodes.aggregated}, so that compiling another module with this one on its class
 * path can check numbers across modules. Written by the processor; not for hand use.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CompiledCloseCodes {

  /** @return the qualified name of the {@code @CloseCodes} interface */
  String set();

  /** @return the set's {@link CloseCodes#endpoint() endpoint}, {@code ""} for the default */
  String endpoint();

  /** @return the declared numbers, in declaration order */
  int[] codes();

  /** @return the constants' names, in the order of {@link #codes()} */
  String[] names();

  /** @return the reasons as declared (templates where they take arguments), in that order */
  String[] reasons();

  /** @return the first sentences of the codes' javadoc, in that order */
  String[] descriptions();
}
