package dev.closecodes.processor.generation;

import dev.closecodes.processor.model.CodeSet;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Collects the generated sets of a compilation and lists their providers in {@code
 * META-INF/services/dev.closecodes.runtime.CloseCodeSet}, sorted, so that {@code
 * CloseCodeRegistry} finds them. Maven recompiles a module whole and Gradle reprocesses every set of
 * an aggregating processor, so each compilation sees all of a module's sets and the file is written
 * anew rather than merged with a stale one.
 */
public final class ServiceFileWriter {

  /** Where {@code ServiceLoader} looks for {@code CloseCodeSet} providers. */
  public static final String PATH = "META-INF/services/dev.closecodes.runtime.CloseCodeSet";

  private final Map<String, TypeElement> providers = new TreeMap<>();

  /** Adds the provider of a set that was generated. */
  public void add(CodeSet set) {
    String enumName = set.enumName().qualifiedName();
    providers.put(enumName + "$" + EnumWriter.PROVIDER, set.type());
  }

  /** Writes the file, when any set was generated. */
  public void writeTo(Filer filer) throws IOException {
    if (providers.isEmpty()) {
      return;
    }
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH,
        providers.values().toArray(new Element[0]));
    try (Writer writer = new OutputStreamWriter(
        file.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String provider : providers.keySet()) {
        writer.write(provider);
        writer.write('\n');
      }
    }
  }
}
