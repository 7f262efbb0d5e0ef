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

  /**
   * What a client does after this code: {@link Reconnect#NEVER}, {@link Reconnect#BACKOFF}, {@link
   * Reconnect#AT_ONCE} or {@link Reconnect#NEW_CREDENTIALS}. {@link Reconnect#DEFAULT} takes the
   * set's {@link CloseCodes#reconnect()}, which is {@link Reconnect#NEVER} unless the set says
   * otherwise.
   *
   * <pre>{@code
   * @Code(value = 4003, reason = "Banned", reconnect = Reconnect.NEVER)
   * @Code(value = 4004, reason = "Too many messages", reconnect = Reconnect.BACKOFF,
   *     notBeforeSeconds = 30)
   * }</pre>
   *
   * @return what a client does after this code
   */
  Reconnect reconnect() default Reconnect.DEFAULT;

  /**
   * The least number of seconds a client waits before it reconnects after this code, for rate
   * limits and maintenance: the backoff's random delay comes on top of it. Meaningful with {@link
   * Reconnect#BACKOFF} and {@link Reconnect#NEW_CREDENTIALS} (also when the set's default is one of
   * them); a minimum on a code that never reconnects or reconnects at once contradicts it, and more
   * than a day (86400 s) is a mistake.
   *
   * @return the minimum delay in seconds, {@code 0} for none
   */
  int notBeforeSeconds() default 0;
}
