package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One close code of a {@link CloseCodes} interface, on the abstract method that creates its event.
 *
 * <p>The method's name gives the code's constant ({@code roomFull} becomes {@code ROOM_FULL}); its
 * javadoc becomes the constant's documentation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Code {

  /**
   * The close code: 4000-4999 for an application (3000-3999 only with {@link
   * CloseCodes#registeredRange()}).
   *
   * @return the number sent in the close frame
   */
  int value();

  /**
   * The reason sent with the code, at most 123 bytes of UTF-8. {@code {name}} stands for the method
   * parameter of that name; <code>{{</code> and <code>}}</code> stand for literal braces. When the
   * filled-in text exceeds 123 bytes it is cut at the last whole code point that fits.
   *
   * @return the reason template, or {@code ""} for none
   */
  String reason() default "";
}
