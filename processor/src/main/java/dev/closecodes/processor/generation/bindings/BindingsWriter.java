package dev.closecodes.processor.generation.bindings;

import dev.closecodes.processor.generation.GeneratedResource;
import dev.closecodes.processor.model.Catalogue;
import dev.closecodes.processor.model.ManifestFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The client bindings of a module: each group's file in each chosen {@link ClientFormat}, under
 * {@value #DIRECTORY} in the class output, so that they ship in the jar; and an index, {@value
 * #INDEX}, of the content type each file is served with.
 */
public final class BindingsWriter {

  /** Where the bindings go in the class output. */
  public static final String DIRECTORY = ManifestFormat.DIRECTORY;

  /**
   * The index of the files in {@value #DIRECTORY}: a {@link java.util.Properties} file of lines
   * {@code file name=content type}, for a server that serves them.
   */
  public static final String INDEX = "content-types.properties";

  /** What ends or comments out a {@link java.util.Properties} key. */
  private static final String KEY_SPECIAL = "\\=:#! ";

  /**
   * What the bindings of a module are.
   *
   * @param files the client files, one per group and format
   * @param index the index of their content types, absent when there are no files
   * @param refused the files not written because their format named them outside {@value
   *     #DIRECTORY}
   */
  public record Bindings(
      List<GeneratedResource> files, Optional<GeneratedResource> index, List<Refused> refused) {}

  /**
   * A file that a format named outside {@value #DIRECTORY}.
   *
   * @param format the format's name
   * @param fileName what its {@link ClientFormat#fileName} answered
   */
  public record Refused(String format, String fileName) {}

  private BindingsWriter() {}

  /**
   * @param options the processor's options, which the formats see in their {@link ClientCatalogue}
   */
  public static Bindings write(
      List<Catalogue.Group> groups, List<ClientFormat> formats, Map<String, String> options) {
    List<GeneratedResource> files = new ArrayList<>();
    List<Refused> refused = new ArrayList<>();
    StringBuilder index =
        new StringBuilder("# The content type of each file of this directory, by name.\n");
    Set<Element> origins = new LinkedHashSet<>();
    for (Catalogue.Group group : groups) {
      ClientCatalogue catalogue = ClientCatalogue.of(group, options);
      for (ClientFormat format : formats) {
        String name = format.fileName(catalogue);
        if (!staysInside(name)) {
          refused.add(new Refused(format.name(), name));
          continue;
        }
        files.add(
            new GeneratedResource(DIRECTORY, name, format.render(catalogue), group.origins()));
        index
            .append(escape(name, KEY_SPECIAL))
            .append('=')
            .append(escape(format.contentType(), "\\"))
            .append('\n');
      }
      origins.addAll(group.origins());
    }
    return new Bindings(
        files,
        files.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new GeneratedResource(DIRECTORY, INDEX, index.toString(), List.copyOf(origins))),
        List.copyOf(refused));
  }

  /**
   * Whether {@code name} is a path below the directory it is written to, there and in {@code
   * -Aclosecodes.clientDir}: relative, with no empty, {@code .} or {@code ..} segment, and no
   * backslash or colon, which name a root or a drive on Windows.
   */
  static boolean staysInside(String name) {
    if (name.isEmpty() || name.contains("\\") || name.contains(":")) {
      return false;
    }
    for (String segment : name.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Text as a {@link java.util.Properties} key or value, in ASCII: {@code special} characters and
   * those beyond ASCII escaped.
   */
  private static String escape(String text, String special) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (special.indexOf(c) >= 0) {
        escaped.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        escaped.append("\\u").append(Integer.toHexString(c | 0x10000).substring(1));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
