package dev.closecodes.processor.generation.bindings;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The client formats: those built in, and those of other jars on the processor path. */
public final class ClientFormats {

  /** The formats built in, which the processor writes unless told otherwise. */
  public static final List<ClientFormat> BUILT_IN =
      List.of(
          new TypeScriptFormat(),
          new JavaScriptFormat(),
          new DeclarationsFormat(),
          new JsonFormat(),
          new MarkdownFormat());

  /** The formats built in that the processor writes only where the option names them. */
  public static final List<ClientFormat> OPTIONAL =
      List.of(new PythonFormat(), new GoFormat(), new KotlinFormat(), new AsyncApiFormat());

  private ClientFormats() {}

  /**
   * Finds the formats {@code names} name, in their order; a name that no format answers to is left
   * out. The processor path is searched with {@link ServiceLoader} only for a name that no format
   * built in has, so a build that uses only those loads nothing more.
   *
   * @param loader the class loader of the processor path
   */
  public static Map<String, ClientFormat> named(Collection<String> names, ClassLoader loader) {
    Map<String, ClientFormat> available = new LinkedHashMap<>();
    BUILT_IN.forEach(format -> available.put(format.name(), format));
    OPTIONAL.forEach(format -> available.put(format.name(), format));
    if (!available.keySet().containsAll(names)) {
      for (ClientFormat format : ServiceLoader.load(ClientFormat.class, loader)) {
        available.putIfAbsent(format.name(), format);
      }
    }
    Map<String, ClientFormat> named = new LinkedHashMap<>();
    for (String name : names) {
      ClientFormat format = available.get(name);
      if (format != null) {
        named.put(name, format);
      }
    }
    return named;
  }
}
