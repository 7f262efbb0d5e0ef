package dev.closecodes.marker;

import dev.closecodes.Reconnect;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the processor records of a compiled {@code @CloseCodes} set, on a marker class in the
 * package {@code dev.closecodes.aggregated}, so that compiling another module with this one on its
 * class path can check numbers across modules and describe the whole endpoint. Written and read by
 * the processor only: its attributes may change with the processor's version.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CompiledCloseCodes {

  /**
   * @return the qualified name of the {@code @CloseCodes} interface
   */
  String set();

  /**
   * @return the set's endpoint, {@code ""} for the default
   */
  String endpoint();

  /**
   * @return the binary name of the set's {@code CloseCodeSet} provider
   */
  String provider();

  /**
   * @return whether the interface is deprecated
   */
  boolean deprecated() default false;

  /**
   * @return the declared codes, in declaration order
   */
  Code[] codes();

  /**
   * @return the numbers the set retired
   */
  int[] retired() default {};

  /** One declared code. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Code {

    /**
     * @return the number
     */
    int value();

    /**
     * @return the constant's name
     */
    String name();

    /**
     * @return the reason as declared: the template where it takes arguments
     */
    String reason();

    /**
     * @return the first sentence of the code's javadoc, as plain text
     */
    String description();

    /**
     * @return whether the code is deprecated
     */
    boolean deprecated() default false;

    /**
     * @return the javadoc's {@code @deprecated} text, as plain text
     */
    String deprecation() default "";

    /**
     * @return what a client does after the code; {@link Reconnect#NEVER} for markers written before
     *     codes declared it, as the sets then meant
     */
    Reconnect reconnect() default Reconnect.NEVER;

    /**
     * @return the minimum delay before a client reconnects, in seconds
     */
    int notBeforeSeconds() default 0;
  }
}
