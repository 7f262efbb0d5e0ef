package dev.closecodes.runtime;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Resolves a received number to its typed code: a code of a generated set on the class or module
 * path, a {@link StandardCloseCode}, or, for any other number, a code that knows only its number
 * and {@link CloseCodeRange range}.
 *
 * <pre>{@code
 * CloseCode code = CloseCodeRegistry.global().resolve(4002); // ChatCloseCode.ROOM_FULL
 * }</pre>
 *
 * <p>Lookups are O(1) and allocate nothing for a known number. When two sets declare one number,
 * the first set found keeps it and the clash is logged ({@link System.Logger}); the processor
 * already refuses such clashes within one compilation.
 */
public final class CloseCodeRegistry {

  private static final int FIRST = CloseCodeRange.REGISTERED.first();
  private static final int LAST = CloseCodeRange.APPLICATION.last();
  private static final System.Logger LOG = System.getLogger(CloseCodeRegistry.class.getName());

  private final CloseCode[] byCode = new CloseCode[LAST - FIRST + 1];
  private final List<CloseCodeSet> sets;

  private CloseCodeRegistry(Iterable<? extends CloseCodeSet> sets) {
    List<CloseCodeSet> registered = new ArrayList<>();
    for (CloseCodeSet set : sets) {
      try {
        register(set);
        registered.add(set);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.WARNING, "a close code set could not be read and is skipped", e);
      }
    }
    this.sets = List.copyOf(registered);
  }

  /**
   * Registers the codes of {@code set}, all or none: a set whose classes cannot be linked (an enum
   * compiled against a library missing at run time) throws before any of its codes is registered.
   */
  private void register(CloseCodeSet set) {
    String declaredBy = set.declaredBy();
    List<CloseCode> codes = new ArrayList<>(set.codes());
    int[] numbers = new int[codes.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = codes.get(i).code();
    }
    for (int i = 0; i < numbers.length; i++) {
      register(declaredBy, numbers[i], codes.get(i));
    }
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

  /**
   * Returns the registry of every set found with {@link ServiceLoader} from the context class
   * loader of the thread that first asks; found once, then reused.
   *
   * @return the registry
   */
  public static CloseCodeRegistry global() {
    return Global.REGISTRY;
  }

  /** Lazily found, so that a program that never resolves a code never scans for sets. */
  private static final class Global {
    static final CloseCodeRegistry REGISTRY = load(Thread.currentThread().getContextClassLoader());
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
    return new CloseCodeRegistry(found);
  }

  /**
   * Returns a registry of exactly {@code sets}, without looking on the class path.
   *
   * @param sets the sets, in order of precedence
   * @return the registry
   */
  public static CloseCodeRegistry of(CloseCodeSet... sets) {
    return new CloseCodeRegistry(List.of(sets));
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
   * @return the typed code, or empty when the number is neither
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
