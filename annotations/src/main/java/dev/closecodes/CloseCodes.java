package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a set of WebSocket close codes: every abstract method of the annotated interface carries
 * a {@link Code} and returns {@code dev.closecodes.runtime.CloseEvent}.
 *
 * <pre>{@code
 * @CloseCodes
 * public interface ChatCloses {
 *   @Code(value = 4001, reason = "Session expired")
 *   CloseEvent sessionExpired();
 *
 *   @Code(value = 4002, reason = "Room {room} is full")
 *   CloseEvent roomFull(String room);
 * }
 * }</pre>
 *
 * <p>The closecodes processor checks the declarations while javac runs and, for an interface named
 * {@code ChatCloses} (or {@code ChatCloseCodes}), generates in the same package the enum {@code
 * ChatCloseCode} and the class {@code ChatCloseEvents}, which implements the interface.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CloseCodes {

  /**
   * The simple name of the generated enum of codes; by default the interface's name without its
   * {@code Closes} or {@code CloseCodes} suffix, followed by {@code CloseCode}.
   *
   * @return the enum's simple name, or {@code ""} for the default
   */
  String enumName() default "";

  /**
   * The simple name of the generated class that implements the interface; by default the
   * interface's name without its {@code Closes} or {@code CloseCodes} suffix, followed by {@code
   * CloseEvents}.
   *
   * @return the class's simple name, or {@code ""} for the default
   */
  String eventsName() default "";

  /**
   * Allows codes in 3000-3999, the range that RFC 6455 gives to libraries and frameworks whose
   * codes are registered with IANA. Applications leave it off and use 4000-4999; a library that
   * turns it on gets a warning for each such code as a reminder to register it.
   *
   * @return whether codes in 3000-3999 are accepted
   */
  boolean registeredRange() default false;

  /**
   * The WebSocket endpoint whose connections these codes close, such as {@code "chat"}. A number is
   * used once per endpoint: across every set of that endpoint, in this module and in the modules on
   * its class path. Sets of different endpoints may reuse numbers. Client bindings, the manifest
   * and the reference are written per endpoint.
   *
   * @return the endpoint's name, or {@code ""} for the application's default endpoint
   */
  String endpoint() default "";

  /**
   * Numbers this set published once and has since removed. Clients in the field still know them, so
   * no set of the endpoint may declare them again, in this module or any other; the client bindings
   * and the reference name them as retired.
   *
   * <pre>{@code
   * @CloseCodes(retired = {4003, 4004})
   * }</pre>
   *
   * @return the retired numbers
   */
  int[] retired() default {};

  /**
   * What a client does after a code of this set that does not say it with {@link Code#reconnect()}.
   * {@link Reconnect#NEVER} unless given: a client that does not reconnect cannot start a storm, so
   * a set opts in to reconnecting. {@link Reconnect#DEFAULT} is not allowed here.
   *
   * @return the set's default for its codes
   */
  Reconnect reconnect() default Reconnect.NEVER;
}
