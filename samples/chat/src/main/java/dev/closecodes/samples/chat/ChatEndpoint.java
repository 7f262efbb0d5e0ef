package dev.closecodes.samples.chat;

import dev.closecodes.micrometer.CloseMetrics;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.StandardCloseCode;
import dev.closecodes.samples.moderation.ModerationCloseEvents;
import dev.closecodes.samples.moderation.ModerationCloses;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One member's connection. Members send text commands: {@code join <room>}, {@code say <text>},
 * {@code kick <member> <why>} and {@code ban <member>} (moderators only), {@code expire} (ends the
 * session as its expiry would) and {@code bye}. Every way the server ends a connection is a typed
 * {@link CloseEvent}. Public because Jetty calls the listener methods through method handles.
 */
public final class ChatEndpoint implements Session.Listener.AutoDemanding {

  private static final ChatCloses CLOSES = new ChatCloseEvents();
  private static final ModerationCloses MODERATION = new ModerationCloseEvents();

  private final String name;
  private final ChatPolicy policy;
  private final ChatRooms rooms;
  private final Set<ChatEndpoint> connected;
  private final ScheduledExecutorService timers;
  private final CloseMetrics metrics;
  private final RateLimit rateLimit;
  private volatile Session session;
  private CompletableFuture<Void> closing; // guarded by this
  private ScheduledFuture<?> expiry;

  ChatEndpoint(
      String name,
      ChatPolicy policy,
      ChatRooms rooms,
      Set<ChatEndpoint> connected,
      ScheduledExecutorService timers,
      CloseMetrics metrics) {
    this.name = name;
    this.policy = policy;
    this.rooms = rooms;
    this.connected = connected;
    this.timers = timers;
    this.metrics = metrics;
    this.rateLimit = new RateLimit(policy.messagesPerWindow(), policy.window());
  }

  String name() {
    return name;
  }

  /**
   * How a Jetty session sends a typed close: the code and reason come from the event.
   *
   * @return completes once the close frame is written
   */
  static CompletableFuture<Void> close(Session session, CloseEvent event) {
    CompletableFuture<Void> written = new CompletableFuture<>();
    session.close(
        event.code(),
        event.reason(),
        Callback.from(() -> written.complete(null), written::completeExceptionally));
    return written;
  }

  /**
   * Closes this member's connection with {@code event}, counted as sent once the close frame is
   * written. A connection closes once: later calls, from messages that arrive before the member
   * answers, a timer or a moderator, send and count nothing and return the first close.
   */
  synchronized CompletableFuture<Void> close(CloseEvent event) {
    if (closing == null) {
      closing = close(session, event).thenRun(() -> metrics.sent(event));
    }
    return closing;
  }

  private synchronized boolean closing() {
    return closing != null;
  }

  private void send(String text) {
    session.sendText(text, Callback.NOOP);
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    connected.add(this);
    long lifetime = policy.sessionLifetime().toMillis();
    expiry = timers.schedule(() -> close(CLOSES.sessionExpired()), lifetime, TimeUnit.MILLISECONDS);
    send("welcome " + name);
  }

  @Override
  public void onWebSocketText(String message) {
    if (closing()) {
      return; // what a member says after the server closed its connection goes nowhere
    }
    long waitSeconds = rateLimit.acquire(System.nanoTime());
    if (waitSeconds > 0) {
      close(CLOSES.rateLimited((int) waitSeconds));
      return;
    }
    String[] words = message.split(" ", 3);
    switch (words[0]) {
      case "join" -> join(words.length > 1 ? words[1] : "lobby");
      case "say" -> say(message.substring(Math.min(message.length(), 4)));
      case "kick" ->
          moderate(
              "kick",
              "kicked",
              words.length > 1 ? words[1] : "",
              CLOSES.kicked(name, words.length > 2 ? words[2] : ""));
      case "ban" ->
          moderate("ban", "banned", words.length > 1 ? words[1] : "", MODERATION.banned(name));
      case "expire" -> close(CLOSES.sessionExpired());
      case "bye" -> close(CloseEvent.of(StandardCloseCode.NORMAL_CLOSURE));
      default -> send("error unknown command " + words[0]);
    }
  }

  private void join(String room) {
    if (rooms.join(room, this)) {
      send("joined " + room);
    } else {
      close(CLOSES.roomFull(room));
    }
  }

  private void say(String text) {
    for (ChatEndpoint member : rooms.inRoomOf(this)) {
      member.send(name + ": " + text);
    }
  }

  /** A moderator's command: {@code member}'s connections end with {@code event}. */
  private void moderate(String verb, String done, String member, CloseEvent event) {
    if (!policy.moderators().contains(name)) {
      send("error only moderators may " + verb);
      return;
    }
    List<ChatEndpoint> members = rooms.named(member);
    if (members.isEmpty()) {
      send("error no member " + member);
      return;
    }
    for (ChatEndpoint endpoint : members) {
      endpoint.close(event);
    }
    send(done + " " + member);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason, Callback callback) {
    if (!closing()) {
      metrics.received(CloseEvent.received(statusCode, reason));
    }
    if (expiry != null) {
      expiry.cancel(false);
    }
    rooms.leave(this);
    connected.remove(this);
    callback.succeed();
  }

  /** The name a connection asks for with {@code ?name=}, or a guest's. */
  static String nameFrom(String requested, long guestNumber) {
    return requested == null || requested.isBlank() ? "guest-" + guestNumber : requested;
  }

  /** A fixed window: at most {@code limit} messages per window. */
  private static final class RateLimit {
    private final int limit;
    private final long windowNanos;
    private long windowStart = Long.MIN_VALUE;
    private int count;

    RateLimit(int limit, Duration window) {
      this.limit = limit;
      this.windowNanos = window.toNanos();
    }

    /** Counts a message; returns 0 when it is allowed, else the seconds left in the window. */
    synchronized long acquire(long now) {
      if (windowStart == Long.MIN_VALUE || now - windowStart >= windowNanos) {
        windowStart = now;
        count = 0;
      }
      if (++count <= limit) {
        return 0;
      }
      return Math.max(
          1, TimeUnit.NANOSECONDS.toSeconds(windowStart + windowNanos - now + 999_999_999L));
    }
  }
}
