package dev.closecodes.runtime;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A client that stays connected as the client contract says, whatever its stack: the part that the
 * adapters' reconnecting clients share. It runs a {@link Reconnector} and keeps the connection open
 * now. A stack's subclass opens each connection ({@link #connect}), reports it to its {@link
 * Reconnector.Connection} and here ({@link #opened}, {@link #ended}), and says how it closes one
 * with 1000 ({@link #closeNormally}); it calls {@link #start} last in its constructor.
 *
 * @param <W> the stack's connection
 */
public abstract class ReconnectingClient<W> implements AutoCloseable {

  /** How to start a client; a subclass's builder adds how to connect. */
  public abstract static class Builder<C extends ReconnectingClient<?>> {

    /** For the subclasses' builders. */
    protected Builder() {}

    /** Connects, and reconnects with the defaults of {@link Reconnector#builder()}. */
    public final C start() {
      return start(Reconnector.builder());
    }

    /** Connects, and reconnects as {@code settings} say (backoff, codes, credentials, steps). */
    public abstract C start(Reconnector.Builder settings);
  }

  private final AtomicReference<W> current = new AtomicReference<>();
  private volatile boolean closed;
  // Set once, by start(); volatile, since it cannot be final, for callers on the stack's threads.
  private volatile Reconnector reconnector;

  /** For the stacks' clients. */
  protected ReconnectingClient() {}

  /**
   * Starts the loop: the first connection is opened at once, on the reconnector's thread, so a
   * subclass calls it once everything {@link #connect} uses is set.
   */
  protected final void start(Reconnector.Builder settings) {
    reconnector = settings.start(this::connect);
  }

  /** Starts opening a connection, without blocking, as {@link Reconnector.Connect} does. */
  protected abstract void connect(String credentials, Reconnector.Connection connection);

  /** Closes {@code webSocket} with 1000 and no reason. */
  protected abstract void closeNormally(W webSocket);

  /**
   * Reports that {@code webSocket} opened: it is the open connection, the attempts count from 1
   * again, and if {@link #close()} came while it was opening, it is closed at once.
   */
  protected final void opened(W webSocket, Reconnector.Connection connection) {
    current.set(webSocket);
    connection.opened();
    if (closed) {
      closeNormally(webSocket);
    }
  }

  /** Reports that {@code webSocket} ended; the loop hears it through its connection. */
  protected final void ended(W webSocket) {
    current.compareAndSet(webSocket, null);
  }

  /** The open connection, if there is one. */
  public Optional<W> webSocket() {
    return Optional.ofNullable(current.get());
  }

  /** The loop that decides: the attempt, the last close and step, whether it stopped. */
  public Reconnector reconnector() {
    return reconnector;
  }

  /** Stops reconnecting and closes the open connection with 1000. */
  @Override
  public void close() {
    closed = true;
    reconnector.close();
    W webSocket = current.get();
    if (webSocket != null) {
      closeNormally(webSocket);
    }
  }
}
