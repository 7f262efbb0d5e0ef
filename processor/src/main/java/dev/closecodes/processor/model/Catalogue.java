package dev.closecodes.processor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Every compiled set a compilation knows, by endpoint: the sets generated now; the sets this module
 * compiled earlier and still declares, whose markers are in its own class output (a partial
 * recompile, as IDEs and {@code useIncrementalCompilation=false} do, passes javac only some of a
 * module's sources); and the sets compiled into other modules on the class path. A marker in the
 * module's own output is never another module's: it is this module's set as last compiled, or a
 * stale leftover of a set since renamed, moved or deleted.
 */
public final class Catalogue {

  /** A set generated in this compilation, and its interface. */
  private record Generated(CompiledSet set, TypeElement origin) {}

  /**
   * What one group of bindings describes.
   *
   * @param name the files' base name: the endpoint's, or the interface's when grouped per set
   * @param endpoint the endpoint, {@code ""} for the default
   * @param sets the sets, ordered by interface name
   * @param origins the interfaces of this module behind them, for incremental builds
   */
  public record Group(
      String name, String endpoint, List<CompiledSet> sets, List<Element> origins) {}

  private static final Comparator<CompiledSet> BY_NAME = Comparator.comparing(CompiledSet::set);

  private final List<CompiledSet> earlier;
  private final List<CompiledSet> classPath;
  private final Set<String> staleProviders = new TreeSet<>();
  private final Map<String, Generated> generated = new TreeMap<>();
  private final Map<String, TypeElement> earlierOrigins;

  /**
   * @param visible every marker the compiler sees
   * @param inOwnOutput whether a marker lies in this compilation's own class output
   * @param stillDeclared whether the interface a marker names is still a {@code @CloseCodes}
   *     interface of this module
   * @param interfaceOf finds a set's interface by name, or null
   */
  public Catalogue(
      Collection<CompiledSet> visible,
      Predicate<CompiledSet> inOwnOutput,
      Predicate<String> stillDeclared,
      Function<String, TypeElement> interfaceOf) {
    List<CompiledSet> own = new ArrayList<>();
    List<CompiledSet> others = new ArrayList<>();
    for (CompiledSet set : visible) {
      (inOwnOutput.test(set) ? own : others).add(set);
    }
    own.forEach(set -> staleProviders.add(set.provider()));
    this.earlier = own.stream().filter(set -> stillDeclared.test(set.set())).toList();
    this.classPath = List.copyOf(others);
    this.earlierOrigins = new TreeMap<>();
    for (CompiledSet set : earlier) {
      TypeElement origin = interfaceOf.apply(set.set());
      if (origin != null) {
        earlierOrigins.put(set.set(), origin);
      }
    }
  }

  /**
   * @return the sets this module compiled earlier and still declares
   */
  public List<CompiledSet> earlier() {
    return earlier;
  }

  /**
   * @return the sets of other modules on the class path
   */
  public List<CompiledSet> classPath() {
    return classPath;
  }

  /** Adds a set that was generated now; it replaces what its marker recorded of it. */
  public void add(CodeSet set) {
    generated.put(set.describe(), new Generated(CompiledSet.of(set), set.type()));
  }

  /**
   * @return every set of this module: generated now, or compiled earlier and not replaced
   */
  public List<CompiledSet> moduleSets() {
    List<CompiledSet> sets = new ArrayList<>();
    generated.values().forEach(own -> sets.add(own.set()));
    earlier.stream().filter(set -> !generated.containsKey(set.set())).forEach(sets::add);
    sets.sort(BY_NAME);
    return sets;
  }

  /**
   * @return the providers that this module's markers recorded in its class output, which a service
   *     file of an earlier compilation may still list though their sets are gone or renamed
   */
  public Set<String> recordedProviders() {
    return staleProviders;
  }

  /**
   * The groups of bindings to write: per endpoint of this module's sets (with the other modules'
   * sets of that endpoint), or per set of this module.
   */
  public List<Group> groups(boolean perSet) {
    List<Group> groups = new ArrayList<>();
    if (perSet) {
      for (CompiledSet set : moduleSets()) {
        groups.add(new Group(set.set(), set.endpoint(), List.of(set), origins(List.of(set))));
      }
      return groups;
    }
    for (String endpoint : moduleEndpoints()) {
      List<CompiledSet> sets = new ArrayList<>(endpointSets(endpoint));
      sets.sort(BY_NAME);
      groups.add(new Group(endpointName(endpoint), endpoint, sets, origins(sets)));
    }
    return groups;
  }

  /**
   * @return the endpoints this module declares codes for, in name order
   */
  public Set<String> moduleEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    moduleSets().forEach(set -> endpoints.add(set.endpoint()));
    return endpoints;
  }

  /**
   * @return every set of {@code endpoint}: this module's, then other modules'
   */
  public List<CompiledSet> endpointSets(String endpoint) {
    List<CompiledSet> sets = new ArrayList<>();
    Set<String> own = new TreeSet<>();
    for (CompiledSet set : moduleSets()) {
      if (set.endpoint().equals(endpoint)) {
        sets.add(set);
        own.add(set.set());
      }
    }
    classPath.stream()
        .filter(set -> set.endpoint().equals(endpoint) && !own.contains(set.set()))
        .forEach(sets::add);
    return sets;
  }

  /**
   * @return the interface of a set of this module, generated now or compiled earlier
   */
  public Optional<TypeElement> origin(String set) {
    Generated own = generated.get(set);
    return own != null ? Optional.of(own.origin()) : Optional.ofNullable(earlierOrigins.get(set));
  }

  /**
   * @return the interfaces of this module's sets, for incremental builds
   */
  public List<Element> origins() {
    return origins(moduleSets());
  }

  /** The name of the endpoint {@code ""}, for people and in file names. */
  public static final String DEFAULT_ENDPOINT = "default";

  /** The name an endpoint's files share: the endpoint, or {@value #DEFAULT_ENDPOINT}. */
  public static String endpointName(String endpoint) {
    return endpoint.isEmpty() ? DEFAULT_ENDPOINT : endpoint;
  }

  private List<Element> origins(List<CompiledSet> sets) {
    List<Element> origins = new ArrayList<>();
    for (CompiledSet set : sets) {
      Generated own = generated.get(set.set());
      TypeElement origin = own != null ? own.origin() : earlierOrigins.get(set.set());
      if (origin != null) {
        origins.add(origin);
      }
    }
    return origins;
  }
}
