package dev.closecodes.runtime;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves a received number to its typed code: a code of a generated set on the class or module
 * path, a {@link StandardCloseCode}, or, for any other number, a code that knows only its number
 * and {@link CloseCodeRange range}.
 *
 * <pre>{@code
 * CloseCode code = CloseCodeRegistry.global().resolve(4002);               // ChatCloseCode.ROOM_FULL
 * CloseCode code = CloseCodeRegistry.global().endpoint("game").resolve(4001); // GameCloseCode.KICKED
 * }</pre>
 *
 * <p>Sets serve {@linkplain CloseCodeSet#endpoint() endpoints}, which may reuse each other's
 * numbers. {@link #endpoint(String)} resolves within one endpoint. The registry itself resolves as
 * the default endpoint does, and a number no default set declares as the one named endpoint that
 * declares it, so an application with a single endpoint never names it; a number that several named
 * endpoints declare it leaves untyped, to the endpoint it arrived on. When two sets of one endpoint
 * declare one number, the first set found keeps it and the clash is logged ({@link System.Logger});
 * the processor already refuses such clashes within one build.
 *
 * <p>Lookups are O(1) and allocate nothing for a known number. A registry never changes.
 */
public final class CloseCodeRegistry {

  private static final int FIRST = CloseCodeRange.REGISTERED.first();
  private static final int LAST = CloseCodeRange.APPLICATION.last();
  private static final System.Logger LOG = System.getLogger(CloseCodeRegistry.class.getName());

  private final CloseCode[] byCode = new CloseCode[LAST - FIRST + 1];
  private final List<CloseCodeSet> sets;
  private final Map<String, CloseCodeRegistry> endpoints = new LinkedHashMap<>();

  private CloseCodeRegistry(Map<String, List<ReadSet>> byEndpoint) {
    List<CloseCodeSet> registered = new ArrayList<>();
    if (byEndpoint.size() == 1) {
      Map.Entry<String, List<ReadSet>> only = byEndpoint.entrySet().iterator().next();
      only.getValue().forEach(set -> register(set, registered));
      endpoints.put(only.getKey(), this);
    } else {
      boolean[] shared = new boolean[byCode.length];
      byEndpoint.forEach(
          (name, sets) -> {
            CloseCodeRegistry endpoint = new CloseCodeRegistry(Map.of(name, sets));
            endpoints.put(name, endpoint);
            registered.addAll(endpoint.sets);
            merge(endpoint, shared);
          });
      CloseCodeRegistry defaultEndpoint = endpoints.get("");
      if (defaultEndpoint != null) {
        for (int i = 0; i < byCode.length; i++) {
          if (defaultEndpoint.byCode[i] != null) {
            byCode[i] = defaultEndpoint.byCode[i];
          }
        }
      }
    }
    this.sets = List.copyOf(registered);
  }

  /** The sets that can be read, by endpoint; the others are skipped and logged. */
  private static Map<String, List<ReadSet>> read(Iterable<? extends CloseCodeSet> sets) {
    Map<String, List<ReadSet>> byEndpoint = new LinkedHashMap<>();
    for (CloseCodeSet set : sets) {
      try {
        ReadSet read = new ReadSet(set);
        byEndpoint.computeIfAbsent(read.endpoint, name -> new ArrayList<>()).add(read);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.WARNING, "a close code set could not be read and is skipped", e);
      }
    }
    return byEndpoint;
  }

  /**
   * A set whose endpoint and codes have been read, all or nothing: a set whose classes cannot be
   * linked (an enum compiled against a library missing at run time) throws before any of its codes
   * is registered.
   */
  private static final class ReadSet {
    final CloseCodeSet set;
    final String endpoint;
    final List<CloseCode> codes;

    ReadSet(CloseCodeSet set) {
      this.set = set;
      this.endpoint = Objects.requireNonNull(set.endpoint(), "endpoint");
      this.codes = List.copyOf(set.codes());
    }
  }

  private void register(ReadSet set, List<CloseCodeSet> registered) {
    for (CloseCode code : set.codes) {
      register(set.set.declaredBy(), code.code(), code);
    }
    registered.add(set.set);
  }

  private void register(String declaredBy, int number, CloseCode code) {
    if (number < FIRST || number > LAST) {
      LOG.log(
          Level.WARNING,
          "close code {0} of {1} is outside 3000-4999 and is ignored",
          Integer.toString(number),
          declaredBy);
      return;
    }
    CloseCode first = byCode[number - FIRST];
    if (first == null) {
      byCode[number - FIRST] = code;
    } else if (!first.equals(code)) {
      LOG.log(
          Level.WARNING,
          "close code {0} is declared as {1} and as {2} of {3}; {1} is kept",
          Integer.toString(number),
          first.name(),
          code.name(),
          declaredBy);
    }
  }

  /** Takes the codes of one endpoint; a number another endpoint declares too is left untyped. */
  private void merge(CloseCodeRegistry endpoint, boolean[] shared) {
    for (int i = 0; i < byCode.length; i++) {
      CloseCode code = endpoint.byCode[i];
      if (code == null || shared[i]) {
        continue;
      }
      if (byCode[i] == null) {
        byCode[i] = code;
      } else if (!byCode[i].equals(code)) {
        byCode[i] = null;
        shared[i] = true;
      }
    }
  }

  /**
   * Returns the registry of every set found with {@link ServiceLoader} from the context class
   * loader of the thread that first asks and from the runtime's own class loader; found once, then
   * reused. The first asker is often a stack's I/O thread, whose context class loader need not see
   * the application (a pool thread's may be the system class loader while the application runs in a
   * class loader of its own), so the runtime's own loader, which sees the application wherever the
   * runtime is one of its libraries, is searched too. An application or a test that wants other
   * sets makes its own registry with {@link #load(ClassLoader)} or {@link #of(CloseCodeSet...)} and
   * passes it where codes are resolved.
   *
   * @return the registry
   */
  public static CloseCodeRegistry global() {
    return Global.REGISTRY;
  }

  /** Lazily found, so that a program that never resolves a code never scans for sets. */
  private static final class Global {
    static final CloseCodeRegistry REGISTRY =
        load(
            Thread.currentThread().getContextClassLoader(),
            CloseCodeRegistry.class.getClassLoader());
  }

  /** The sets {@code context} provides, then those only {@code own} provides. */
  static CloseCodeRegistry load(ClassLoader context, ClassLoader own) {
    List<CloseCodeSet> found = find(context);
    if (own != context) {
      Set<Class<?>> seen = new HashSet<>();
      for (CloseCodeSet set : found) {
        seen.add(set.getClass());
      }
      for (CloseCodeSet set : find(own)) {
        if (seen.add(set.getClass())) {
          found.add(set);
        }
      }
    }
    return new CloseCodeRegistry(read(found));
  }

  /**
   * Finds every set that {@code loader} provides. A provider that cannot be loaded or read, such as
   * a stale entry of a set since removed, or a set compiled against a library that is missing at
   * run time, is skipped and logged; the others are registered.
   *
   * @param loader where to look, or null for the system class loader
   * @return a registry of the sets found
   */
  public static CloseCodeRegistry load(ClassLoader loader) {
    return new CloseCodeRegistry(read(find(loader)));
  }

  private static List<CloseCodeSet> find(ClassLoader loader) {
    List<CloseCodeSet> found = new ArrayList<>();
    Iterator<CloseCodeSet> providers = ServiceLoader.load(CloseCodeSet.class, loader).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        found.add(providers.next());
      } catch (ServiceConfigurationError | LinkageError e) {
        LOG.log(Level.WARNING, "a close code set could not be loaded and is skipped", e);
      }
    }
    return found;
  }

  /**
   * Returns a registry of exactly {@code sets}, without looking on the class path.
   *
   * @param sets the sets, in order of precedence within an endpoint
   * @return the registry
   */
  public static CloseCodeRegistry of(CloseCodeSet... sets) {
    return new CloseCodeRegistry(read(List.of(sets)));
  }

  /**
   * The name of the default endpoint, as the bindings ({@code default.ts}), the metrics' {@code
   * endpoint} tag and people call it; its sets declare {@code endpoint = ""}. The processor refuses
   * {@code endpoint = "default"}, so no named endpoint can be mistaken for it.
   */
  public static final String DEFAULT_ENDPOINT = "default";

  /**
   * Returns the registry of one endpoint's sets, which resolves every number they declare to their
   * constant, whatever other endpoints declare.
   *
   * @param name the endpoint, as {@code @CloseCodes(endpoint = ...)} names it; {@code ""} or
   *     {@value #DEFAULT_ENDPOINT} for the default
   * @return its registry; for the default endpoint that no set serves, one that knows only the
   *     standard codes
   * @throws IllegalArgumentException if no set serves {@code name}, a named endpoint: a typo would
   *     otherwise type nothing, stop a reconnecting client on every code and count closes under an
   *     endpoint that does not exist; the message names the endpoints there are
   */
  public CloseCodeRegistry endpoint(String name) {
    String endpoint = DEFAULT_ENDPOINT.equals(Objects.requireNonNull(name, "name")) ? "" : name;
    CloseCodeRegistry found = endpoints.get(endpoint);
    if (found != null) {
      return found;
    }
    if (endpoint.isEmpty()) {
      return Empty.REGISTRY;
    }
    throw new IllegalArgumentException(
        endpoints.isEmpty()
            ? "no close code set serves endpoint \""
                + name
                + "\": this registry has no sets (closecodes-processor generates them from"
                + " @CloseCodes, and must be on the compiler's processor path)"
            : "no close code set serves endpoint \""
                + name
                + "\"; the endpoints are "
                + endpoints.keySet().stream()
                    .map(known -> known.isEmpty() ? DEFAULT_ENDPOINT : known)
                    .collect(Collectors.joining(", ")));
  }

  /** The registry of no set, for the default endpoint where none serves it. */
  private static final class Empty {
    static final CloseCodeRegistry REGISTRY = of();
  }

  /**
   * @return the endpoints the sets serve, in the order they were found; {@code ""} is the default
   */
  public Set<String> endpoints() {
    return endpoints.keySet();
  }

  /**
   * @return the registered sets, in the order they were found
   */
  public List<CloseCodeSet> sets() {
    return sets;
  }

  /**
   * Finds the typed code of {@code code}: a registered code, or a standard one.
   *
   * @param code any number
   * @return the typed code, or empty when the number is neither, or is declared by several named
   *     endpoints and not by the default one
   */
  public Optional<CloseCode> find(int code) {
    return Optional.ofNullable(lookup(code));
  }

  /**
   * Resolves {@code code}: a registered code, a standard one, or a code that knows only its number
   * and range.
   *
   * @param code a number in 0-65535
   * @return its typed code
   * @throws IllegalArgumentException if the number does not fit 16 bits
   */
  public CloseCode resolve(int code) {
    CloseCode known = lookup(code);
    return known != null ? known : new UnregisteredCloseCode(code, CloseCodeRange.of(code));
  }

  CloseCode lookup(int code) {
    if (code >= FIRST && code <= LAST) {
      return byCode[code - FIRST];
    }
    return StandardCloseCode.lookup(code);
  }

  /** A number no set declares: its name says so, its range says what the number is for. */
  private static final class UnregisteredCloseCode implements CloseCode {
    private final int code;
    private final CloseCodeRange range;

    UnregisteredCloseCode(int code, CloseCodeRange range) {
      this.code = code;
      this.range = range;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String name() {
      return "UNREGISTERED";
    }

    @Override
    public String reason() {
      return "";
    }

    @Override
    public String description() {
      return "A code no registered set declares, in "
          + range.span()
          + ", "
          + range.description()
          + ".";
    }

    @Override
    public CloseCodeRange range() {
      return range;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof UnregisteredCloseCode && ((UnregisteredCloseCode) other).code == code;
    }

    @Override
    public int hashCode() {
      return Objects.hash(code);
    }

    @Override
    public String toString() {
      return code + " (unregistered, " + range.name() + ")";
    }
  }
}
