package dev.closecodes.processor.baseline;

import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.Deprecation;
import dev.closecodes.processor.model.ManifestFormat;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The manifests of a release already published, which this compilation must stay compatible with:
 * read from {@code -Aclosecodes.baseline}, a list of paths separated by the path separator, each a
 * manifest ({@code .json}), a jar holding {@code META-INF/closecodes/*.json}, or a directory of
 * manifests (its own {@code .json} files, and those under its {@code META-INF/closecodes/}).
 */
public final class Baseline {

  private static final String JAR_DIRECTORY = "META-INF/closecodes/";

  private final List<CompiledSet> sets;

  private Baseline(List<CompiledSet> sets) {
    this.sets = List.copyOf(sets);
  }

  /**
   * @return every set the manifests describe, with its endpoint
   */
  public List<CompiledSet> sets() {
    return sets;
  }

  /**
   * Reads the baseline.
   *
   * @throws IllegalArgumentException naming the path or entry that could not be read, and why
   */
  public static Baseline read(String paths) {
    List<CompiledSet> sets = new ArrayList<>();
    for (String path : paths.split(File.pathSeparator)) {
      if (!path.isBlank()) {
        readPath(Path.of(path.strip()), sets);
      }
    }
    return new Baseline(sets);
  }

  private static void readPath(Path path, List<CompiledSet> sets) {
    try {
      if (Files.isDirectory(path)) {
        for (Path directory : List.of(path, path.resolve(JAR_DIRECTORY))) {
          if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
              for (Path file : files.filter(Baseline::isManifest).sorted().toList()) {
                sets.addAll(manifest(Files.readString(file), file.toString()));
              }
            }
          }
        }
      } else if (path.toString().endsWith(".jar")) {
        readJar(path, sets);
      } else if (Files.isRegularFile(path)) {
        sets.addAll(manifest(Files.readString(path), path.toString()));
      } else {
        throw new IllegalArgumentException(path + ": no such file or directory");
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  private static boolean isManifest(Path file) {
    return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".json");
  }

  private static void readJar(Path path, List<CompiledSet> sets) throws IOException {
    try (ZipFile jar = new ZipFile(path.toFile())) {
      List<ZipEntry> manifests = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith(JAR_DIRECTORY)
            && name.endsWith(".json")
            && name.indexOf('/', JAR_DIRECTORY.length()) < 0) {
          manifests.add(entry);
        }
      }
      if (manifests.isEmpty()) {
        throw new IllegalArgumentException(path + ": the jar holds no " + JAR_DIRECTORY + "*.json");
      }
      for (ZipEntry entry : manifests) {
        String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        sets.addAll(manifest(text, path + "!/" + entry.getName()));
      }
    }
  }

  /** The sets of one manifest; {@code where} names it in errors. */
  static List<CompiledSet> manifest(String text, String where) {
    try {
      Map<?, ?> manifest = as(Map.class, Json.parse(text), "the manifest");
      if (!ManifestFormat.FORMAT.equals(manifest.get("format"))) {
        throw new IllegalArgumentException("\"format\" is not \"" + ManifestFormat.FORMAT + "\"");
      }
      Object version = manifest.get("version");
      if (!Long.valueOf(ManifestFormat.VERSION).equals(version)) {
        throw new IllegalArgumentException(
            "manifest version "
                + version
                + " is not one this processor reads ("
                + ManifestFormat.VERSION
                + ")");
      }
      String endpoint = as(String.class, manifest.get("endpoint"), "\"endpoint\"");
      List<CompiledSet> sets = new ArrayList<>();
      for (Object set : as(List.class, manifest.get("sets"), "\"sets\"")) {
        sets.add(set(as(Map.class, set, "a set"), endpoint));
      }
      return sets;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static CompiledSet set(Map<?, ?> set, String endpoint) {
    String name = as(String.class, set.get("interface"), "\"interface\"");
    List<CompiledSet.Code> codes = new ArrayList<>();
    for (Object entry : as(List.class, set.get("codes"), "\"codes\" of " + name)) {
      Map<?, ?> code = as(Map.class, entry, "a code of " + name);
      codes.add(
          new CompiledSet.Code(
              as(Long.class, code.get("code"), "\"code\"").intValue(),
              as(String.class, code.get("name"), "\"name\""),
              as(String.class, code.get("reason"), "\"reason\""),
              "",
              Deprecation.NONE));
    }
    List<Integer> retired = new ArrayList<>();
    Object listed = set.get("retired");
    if (listed != null) {
      for (Object number : as(List.class, listed, "\"retired\" of " + name)) {
        retired.add(as(Long.class, number, "a retired number").intValue());
      }
    }
    return new CompiledSet(name, endpoint, "", false, codes, retired);
  }

  private static <T> T as(Class<T> type, Object value, String what) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          what
              + " is "
              + (value == null ? "missing" : "not a " + type.getSimpleName().toLowerCase()));
    }
    return type.cast(value);
  }
}
