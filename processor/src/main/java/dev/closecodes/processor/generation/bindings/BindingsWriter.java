package dev.closecodes.processor.generation.bindings;

import dev.closecodes.processor.model.Catalogue;
import dev.closecodes.processor.model.ManifestFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * Writes a group's client bindings: a TypeScript module, the same as JavaScript with its {@code
 * .d.ts}, the JSON manifest and the Markdown reference. They go to the class output under {@value
 * #DIRECTORY}, through the {@code Filer}, so that they ship in the jar and incremental builds know
 * where they come from; and, where {@code -Aclosecodes.clientDir} names a directory, there too.
 * That copy is written directly: Gradle's incremental bookkeeping does not know it.
 */
public final class BindingsWriter {

  /** Where the bindings go in the class output. */
  public static final String DIRECTORY = ManifestFormat.DIRECTORY;

  private BindingsWriter() {}

  /** The files of {@code group}, by name: the group's name and each format's extension. */
  static Map<String, String> files(Catalogue.Group group) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(group.name() + ".json", JsonWriter.write(group));
    files.put(group.name() + ".ts", TypeScriptWriter.write(group));
    files.put(group.name() + ".js", JavaScriptWriter.write(group));
    files.put(group.name() + ".d.ts", DeclarationsWriter.write(group));
    files.put(group.name() + ".md", MarkdownWriter.write(group));
    return files;
  }

  /** Writes the files of {@code group}; also into {@code directory}, unless it is null. */
  public static void write(Filer filer, Path directory, Catalogue.Group group) throws IOException {
    Element[] origins = group.origins().toArray(new Element[0]);
    for (Map.Entry<String, String> file : files(group).entrySet()) {
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      try (OutputStream out =
          filer
              .createResource(StandardLocation.CLASS_OUTPUT, "", DIRECTORY + file.getKey(), origins)
              .openOutputStream()) {
        out.write(bytes);
      }
      if (directory != null) {
        Files.createDirectories(directory);
        Files.write(directory.resolve(file.getKey()), bytes);
      }
    }
  }
}
