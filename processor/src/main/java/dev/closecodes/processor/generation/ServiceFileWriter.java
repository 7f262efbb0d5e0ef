package dev.closecodes.processor.generation;

import dev.closecodes.processor.model.RuntimeTypes;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.lang.model.element.Element;

/**
 * Writes {@code META-INF/services/dev.closecodes.runtime.CloseCodeSet}, sorted, so that {@code
 * CloseCodeRegistry} finds every set of the module. A partial recompile (IDEs, {@code
 * useIncrementalCompilation=false}) generates only some sets, so the file is merged with the one an
 * earlier compilation left: its entries stay unless they are the providers this module recorded
 * earlier (the current ones are listed anew, the others belong to sets since renamed or deleted) or
 * name classes that no longer exist.
 */
public final class ServiceFileWriter {

  private static final String DIRECTORY = "META-INF/services/";

  private static final String NAME = RuntimeTypes.qualified(RuntimeTypes.CLOSE_CODE_SET);

  /** Where {@code ServiceLoader} looks for {@code CloseCodeSet} providers. */
  public static final String PATH = DIRECTORY + NAME;

  private ServiceFileWriter() {}

  /**
   * The entries of the new file.
   *
   * @param earlier the lines of the file that an earlier compilation left, if any
   * @param recorded the providers that this module's markers recorded earlier
   * @param current the providers of the module's sets now
   * @param exists whether a provider named in {@code earlier} still exists
   */
  public static SortedSet<String> merge(
      List<String> earlier,
      Set<String> recorded,
      Collection<String> current,
      Predicate<String> exists) {
    SortedSet<String> providers = new TreeSet<>(current);
    for (String line : earlier) {
      String entry = line.replaceFirst("#.*", "").strip();
      if (!entry.isEmpty() && !recorded.contains(entry) && exists.test(entry)) {
        providers.add(entry);
      }
    }
    return providers;
  }

  /** The file; an empty one where an earlier file listed only sets since removed. */
  public static GeneratedResource write(Collection<String> providers, List<Element> origins) {
    StringBuilder text = new StringBuilder();
    for (String provider : providers) {
      text.append(provider).append('\n');
    }
    return new GeneratedResource(DIRECTORY, NAME, text.toString(), origins);
  }
}
