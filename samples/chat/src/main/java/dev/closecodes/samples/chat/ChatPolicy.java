package dev.closecodes.samples.chat;

import java.time.Duration;
import java.util.Set;

/**
 * The chat server's rules.
 *
 * @param roomCapacity how many members a room holds
 * @param messagesPerWindow how many messages a member may send within {@code window}
 * @param window the rate limit's window
 * @param sessionLifetime how long a session lasts before it expires
 * @param moderators the names of the members who may kick others
 * @param idleTimeout how long a connection may carry no frame before the server closes it with
 *     1001; a page that waits quietly for others to talk should not be closed every 30 s, Jetty's
 *     default
 */
public record ChatPolicy(
    int roomCapacity,
    int messagesPerWindow,
    Duration window,
    Duration sessionLifetime,
    Set<String> moderators,
    Duration idleTimeout) {

  /** The rules the sample server runs with. */
  public static ChatPolicy defaults() {
    return new ChatPolicy(
        3,
        5,
        Duration.ofSeconds(10),
        Duration.ofMinutes(30),
        Set.of("ada"),
        Duration.ofMinutes(10));
  }

  /**
   * @return these rules with sessions that expire after {@code lifetime}
   */
  public ChatPolicy withSessionLifetime(Duration lifetime) {
    return new ChatPolicy(
        roomCapacity, messagesPerWindow, window, lifetime, moderators, idleTimeout);
  }

  /**
   * @return these rules with connections closed after {@code timeout} without a frame
   */
  public ChatPolicy withIdleTimeout(Duration timeout) {
    return new ChatPolicy(
        roomCapacity, messagesPerWindow, window, sessionLifetime, moderators, timeout);
  }
}
