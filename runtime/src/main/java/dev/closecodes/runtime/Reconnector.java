package dev.closecodes.runtime;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Keeps a client connected as the client contract says: after each close it asks {@link Backoff}
 * for the next step and, unless that is to stop, waits and opens the next connection, with new
 * credentials where the code asks for them. The stack's part is opening a connection ({@link
 * Connect}) and reporting it: {@link Connection#opened()} once it is open, {@link
 * Connection#closed(CloseEvent)} once it has ended or failed to open. The reconnecting clients of
 * the adapters are built on it.
 *
 * <p>The attempt number counts the connections attempted since the last one that opened, so a
 * server that keeps refusing sees the delays grow, and one that was up for a while sees the first
 * delay again. Connections are opened, and credentials fetched, on one daemon thread of its own.
 */
public final class Reconnector implements AutoCloseable {

  /** Opens one connection, without blocking, and reports it to its {@link Connection}. */
  @FunctionalInterface
  public interface Connect {
    /**
     * Starts opening a connection.
     *
     * @param credentials the latest from the credentials source, {@code ""} without one
     * @param connection where the stack reports what becomes of this connection
     * @throws RuntimeException counts as a connection that failed to open
     */
    void connect(String credentials, Connection connection);
  }

  /** What the stack reports about one connection; reports about an earlier one are ignored. */
  public interface Connection {
    /** The connection opened: the next close counts attempts from 1 again. */
    void opened();

    /**
     * The connection ended, or failed to open ({@link CloseEvent#abnormalClosure()}): decides what
     * comes next. Reports after the first are ignored, as are those after {@link #close()}.
     */
    void closed(CloseEvent event);
  }

  /** Hears each decision, as a page shows the next attempt and its countdown. */
  @FunctionalInterface
  public interface StepListener {
    /**
     * Called after each close, once the step is taken (the next attempt scheduled, or the client
     * stopped), before the wait. An exception it throws is logged ({@link System.Logger}, {@code
     * ERROR}) and changes nothing.
     *
     * @param closed the close, typed by the reconnector's codes
     * @param attempt the attempt the step leads to, from 1
     * @param step what the client does next
     */
    void onStep(CloseEvent closed, int attempt, ReconnectStep step);
  }

  private static final System.Logger LOG = System.getLogger(Reconnector.class.getName());

  private final Backoff backoff;
  private final DoubleSupplier random;
  private final CloseCodeRegistry codes;
  private final Supplier<String> credentialsSource;
  private final StepListener listener;
  private final Connect connect;
  private final ScheduledExecutorService scheduler;

  private String credentials = "";
  private boolean renewCredentials;
  private int generation;
  private boolean ended = true;
  private boolean stopped;
  private int attempt;
  private CloseEvent lastClose;
  private ReconnectStep lastStep;

  private Reconnector(Builder builder, Connect connect) {
    this.backoff = builder.backoff;
    this.random = builder.random;
    this.codes = builder.codes;
    this.credentialsSource = builder.credentials;
    this.listener = builder.listener;
    this.connect = connect;
    this.renewCredentials = credentialsSource != null;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "closecodes-reconnect");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Settings with the defaults: {@link Backoff#standard()}, the global registry, no credentials.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** How a {@link Reconnector} decides; each setting has a default. */
  public static final class Builder {
    private Backoff backoff = Backoff.standard();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private CloseCodeRegistry codes = CloseCodeRegistry.global();
    private Supplier<String> credentials;
    private StepListener listener = (closed, attempt, step) -> {};

    private Builder() {}

    /** The backoff's settings; {@link Backoff#standard()} by default. */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * The source of the backoff's random numbers in [0, 1); {@code ThreadLocalRandom} by default.
     */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * The codes a received close is typed by, such as one endpoint's registry; {@link
     * CloseCodeRegistry#global()} by default.
     */
    public Builder codes(CloseCodeRegistry codes) {
      this.codes = Objects.requireNonNull(codes, "codes");
      return this;
    }

    /**
     * Where credentials come from: asked before the first connection and again after each code that
     * asks for new credentials, on the reconnector's thread. Without a source, a code that asks for
     * new credentials stops the client, which cannot get any. A source that throws counts as a
     * connection that failed to open, and is asked again for the next attempt.
     */
    public Builder credentials(Supplier<String> source) {
      this.credentials = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Hears each step; nothing by default. */
    public Builder onStep(StepListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Starts: the first connection is opened at once, on the reconnector's thread. */
    public Reconnector start(Connect connect) {
      Reconnector reconnector = new Reconnector(this, Objects.requireNonNull(connect, "connect"));
      reconnector.scheduler.execute(reconnector::connectNext);
      return reconnector;
    }
  }

  private void connectNext() {
    boolean renew;
    Connection connection;
    synchronized (this) {
      if (stopped) {
        return;
      }
      ended = false;
      connection = new Tracked(++generation);
      renew = renewCredentials;
    }
    try {
      if (renew) {
        String fresh = Objects.requireNonNull(credentialsSource.get(), "credentials");
        synchronized (this) {
          credentials = fresh;
          renewCredentials = false;
        }
      }
      connect.connect(credentials(), connection);
    } catch (RuntimeException failed) {
      connection.closed(CloseEvent.abnormalClosure());
    }
  }

  private synchronized String credentials() {
    return credentials;
  }

  /** One connection's reports, ignored once a later connection was started. */
  private final class Tracked implements Connection {
    private final int generation;

    Tracked(int generation) {
      this.generation = generation;
    }

    @Override
    public void opened() {
      synchronized (Reconnector.this) {
        if (generation == Reconnector.this.generation) {
          attempt = 0;
        }
      }
    }

    @Override
    public void closed(CloseEvent event) {
      synchronized (Reconnector.this) {
        if (generation == Reconnector.this.generation && !ended && !stopped) {
          ended = true;
          decide(event);
        }
      }
    }
  }

  private void decide(CloseEvent event) {
    lastClose = event.typedBy(codes);
    attempt++;
    ReconnectStep step = backoff.next(lastClose, attempt, random);
    if (step.action() == ReconnectStep.Action.NEW_CREDENTIALS) {
      if (credentialsSource == null) {
        step = ReconnectStep.stop();
      }
      renewCredentials = true;
    }
    lastStep = step;
    stopped = !step.reconnects();
    if (stopped) {
      scheduler.shutdown();
    } else {
      scheduler.schedule(this::connectNext, step.delayMillis(), TimeUnit.MILLISECONDS);
    }
    try {
      listener.onStep(lastClose, attempt, step);
    } catch (RuntimeException bug) {
      LOG.log(Level.ERROR, "a reconnect step listener threw; the client keeps to its step", bug);
    }
  }

  /** The number of the attempt the last step led to: 0 while connected or before any close. */
  public synchronized int attempt() {
    return attempt;
  }

  /** The last close, typed, if any. */
  public synchronized Optional<CloseEvent> lastClose() {
    return Optional.ofNullable(lastClose);
  }

  /** The last step decided, if any: the wait before the coming attempt, or {@code STOP}. */
  public synchronized Optional<ReconnectStep> lastStep() {
    return Optional.ofNullable(lastStep);
  }

  /**
   * Whether no further connection will be opened: a step said so, or {@link #close()} was called.
   */
  public synchronized boolean isStopped() {
    return stopped;
  }

  /** Stops: no further connection is opened. Closing the open one is the caller's part. */
  @Override
  public synchronized void close() {
    stopped = true;
    scheduler.shutdownNow();
  }
}
