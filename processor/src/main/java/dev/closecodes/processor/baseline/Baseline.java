package dev.closecodes.processor.baseline;

import static dev.closecodes.processor.model.ManifestFormat.CODE;
import static dev.closecodes.processor.model.ManifestFormat.CODES;
import static dev.closecodes.processor.model.ManifestFormat.DIRECTORY;
import static dev.closecodes.processor.model.ManifestFormat.ENDPOINT;
import static dev.closecodes.processor.model.ManifestFormat.FORMAT;
import static dev.closecodes.processor.model.ManifestFormat.FORMAT_NAME;
import static dev.closecodes.processor.model.ManifestFormat.FORMAT_VERSION;
import static dev.closecodes.processor.model.ManifestFormat.INTERFACE;
import static dev.closecodes.processor.model.ManifestFormat.NAME;
import static dev.closecodes.processor.model.ManifestFormat.NOT_BEFORE_SECONDS;
import static dev.closecodes.processor.model.ManifestFormat.REASON;
import static dev.closecodes.processor.model.ManifestFormat.RECONNECT;
import static dev.closecodes.processor.model.ManifestFormat.RETIRED;
import static dev.closecodes.processor.model.ManifestFormat.SETS;
import static dev.closecodes.processor.model.ManifestFormat.VERSION;

import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.runtime.ReconnectPolicy;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
 * The manifests of releases already published, which this compilation must stay compatible with:
 * read from {@code -Aclosecodes.baseline}, a list of paths separated by the path separator, each a
 * manifest ({@code .json}), a jar holding {@code META-INF/closecodes/*.json}, or a directory of
 * manifests (its own {@code .json} files, and those under its {@code META-INF/closecodes/}). A path
 * that holds no manifest is an error: a check against nothing would pass whatever changed.
 *
 * @param sets every set the manifests describe, each with the manifest it comes from
 */
public record Baseline(List<PublishedSet> sets) {

  /**
   * How large a manifest may be: an endpoint has at most 2,000 numbers to declare, which take well
   * under 1 MiB even with long descriptions; a larger text would only fill the compiler's memory.
   */
  static final int MAX_BYTES = 4 << 20;

  /**
   * A set as a release published it.
   *
   * @param manifest the manifest it comes from, as messages name it
   * @param endpoint its endpoint, {@code ""} for the default
   * @param name the qualified name of its interface
   * @param codes its codes
   * @param retired the numbers it retired
   */
  public record PublishedSet(
      String manifest,
      String endpoint,
      String name,
      List<PublishedCode> codes,
      List<Integer> retired) {}

  /**
   * A code as a release published it.
   *
   * @param code its number
   * @param name its constant's name
   * @param reason its reason as declared, the template where it takes arguments
   * @param reconnect what its clients do after it; never where the manifest predates the member
   */
  public record PublishedCode(int code, String name, String reason, ReconnectPolicy reconnect) {}

  public Baseline {
    sets = List.copyOf(sets);
  }

  /**
   * Reads the baseline.
   *
   * @throws IllegalArgumentException naming the path or entry that could not be read, and why
   */
  public static Baseline read(String paths) {
    List<PublishedSet> sets = new ArrayList<>();
    for (String path : paths.split(File.pathSeparator)) {
      if (!path.isBlank()) {
        readPath(Path.of(path.strip()), sets);
      }
    }
    return new Baseline(sets);
  }

  private static void readPath(Path path, List<PublishedSet> sets) {
    try {
      if (Files.isDirectory(path)) {
        readDirectory(path, sets);
      } else if (path.toString().endsWith(".jar")) {
        readJar(path, sets);
      } else if (Files.isRegularFile(path)) {
        try (InputStream in = Files.newInputStream(path)) {
          sets.addAll(manifest(text(in, path.toString()), path.toString()));
        }
      } else {
        throw new IllegalArgumentException(path + ": no such file or directory");
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  private static void readDirectory(Path path, List<PublishedSet> sets) throws IOException {
    List<Path> manifests = new ArrayList<>();
    for (Path directory : List.of(path, path.resolve(DIRECTORY))) {
      if (Files.isDirectory(directory)) {
        try (Stream<Path> files = Files.list(directory)) {
          files.filter(Baseline::isManifest).sorted().forEach(manifests::add);
        }
      }
    }
    if (manifests.isEmpty()) {
      throw new IllegalArgumentException(
          path + ": the directory holds no *.json and no " + DIRECTORY + "*.json");
    }
    for (Path file : manifests) {
      try (InputStream in = Files.newInputStream(file)) {
        sets.addAll(manifest(text(in, file.toString()), file.toString()));
      }
    }
  }

  private static boolean isManifest(Path file) {
    return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".json");
  }

  private static void readJar(Path path, List<PublishedSet> sets) throws IOException {
    try (ZipFile jar = new ZipFile(path.toFile())) {
      List<ZipEntry> manifests = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith(DIRECTORY)
            && name.endsWith(".json")
            && name.indexOf('/', DIRECTORY.length()) < 0) {
          manifests.add(entry);
        }
      }
      if (manifests.isEmpty()) {
        throw new IllegalArgumentException(path + ": the jar holds no " + DIRECTORY + "*.json");
      }
      for (ZipEntry entry : manifests) {
        String where = path + "!/" + entry.getName();
        try (InputStream in = jar.getInputStream(entry)) {
          sets.addAll(manifest(text(in, where), where));
        }
      }
    }
  }

  /** The text of a manifest, which is UTF-8 and at most {@link #MAX_BYTES} long. */
  private static String text(InputStream in, String where) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          where + ": larger than " + (MAX_BYTES >> 20) + " MiB, which no manifest is");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(where + ": not UTF-8 text");
    }
  }

  /** The sets of one manifest; {@code where} names it in errors and in the sets. */
  static List<PublishedSet> manifest(String text, String where) {
    try {
      Json.Value manifest = Json.parse(text);
      Json.Value format = member(manifest, FORMAT, "the manifest");
      if (!FORMAT_NAME.equals(format.content())) {
        throw wrong(format, "\"" + FORMAT + "\" is not \"" + FORMAT_NAME + "\"");
      }
      Json.Value version = member(manifest, VERSION, "the manifest");
      if (!(version.content() instanceof BigDecimal number
          && number.compareTo(BigDecimal.valueOf(FORMAT_VERSION)) == 0)) {
        throw wrong(
            version,
            "manifest version "
                + shown(version)
                + " is not one this processor reads ("
                + FORMAT_VERSION
                + ")");
      }
      String endpoint = string(member(manifest, ENDPOINT, "the manifest"), ENDPOINT);
      List<PublishedSet> sets = new ArrayList<>();
      for (Json.Value set : array(member(manifest, SETS, "the manifest"), SETS)) {
        sets.add(set(set, where, endpoint));
      }
      return sets;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static PublishedSet set(Json.Value set, String where, String endpoint) {
    String name = string(member(set, INTERFACE, "a set"), INTERFACE);
    String ofSet = "a code of " + name;
    List<PublishedCode> codes = new ArrayList<>();
    for (Json.Value code : array(member(set, CODES, name), CODES)) {
      codes.add(
          new PublishedCode(
              number(member(code, CODE, ofSet), CODE),
              string(member(code, NAME, ofSet), NAME),
              string(member(code, REASON, ofSet), REASON),
              reconnect(object(code, ofSet))));
    }
    List<Integer> retired = new ArrayList<>();
    Object listed = object(set, "a set").get(RETIRED);
    if (listed != null) {
      for (Json.Value number : array((Json.Value) listed, RETIRED)) {
        retired.add(number(number, RETIRED));
      }
    }
    return new PublishedSet(where, endpoint, name, List.copyOf(codes), List.copyOf(retired));
  }

  /** The code's policy; manifests written before codes declared one leave both members out. */
  private static ReconnectPolicy reconnect(Map<?, ?> code) {
    String kind =
        code.get(RECONNECT) instanceof Json.Value value
            ? string(value, RECONNECT)
            : ReconnectPolicy.Kind.NEVER.name();
    int notBeforeSeconds = 0;
    if (code.get(NOT_BEFORE_SECONDS) instanceof Json.Value value) {
      if (!(value.content() instanceof BigDecimal seconds
          && seconds.signum() > 0
          && seconds.compareTo(BigDecimal.valueOf(ReconnectPolicy.MAX_NOT_BEFORE.toSeconds())) <= 0
          && seconds.stripTrailingZeros().scale() <= 0)) {
        throw wrong(
            value,
            "\"" + NOT_BEFORE_SECONDS + "\" holds " + shown(value) + ", which is not 1-86400");
      }
      notBeforeSeconds = seconds.intValue();
    }
    for (ReconnectPolicy.Kind known : ReconnectPolicy.Kind.values()) {
      if (known.name().equals(kind)) {
        return CompiledSet.policy(kind, notBeforeSeconds);
      }
    }
    throw wrong(
        (Json.Value) code.get(RECONNECT),
        "\"" + RECONNECT + "\" holds \"" + kind + "\", which is not a kind of reconnect");
  }

  private static Map<?, ?> object(Json.Value value, String what) {
    if (!(value.content() instanceof Map<?, ?> object)) {
      throw wrong(value, what + " is not an object");
    }
    return object;
  }

  /** The member {@code name} of the object {@code value}, which {@code what} describes. */
  private static Json.Value member(Json.Value value, String name, String what) {
    Object member = object(value, what).get(name);
    if (member == null) {
      throw wrong(value, "\"" + name + "\" is missing in " + what);
    }
    return (Json.Value) member;
  }

  private static String string(Json.Value value, String member) {
    if (!(value.content() instanceof String string)) {
      throw wrong(value, "\"" + member + "\" is not a string");
    }
    return string;
  }

  private static List<Json.Value> array(Json.Value value, String member) {
    if (!(value.content() instanceof List<?> array)) {
      throw wrong(value, "\"" + member + "\" is not an array");
    }
    return array.stream().map(Json.Value.class::cast).toList();
  }

  /** A close code: an integer that fits the 16 bits of a close frame. */
  private static int number(Json.Value value, String member) {
    if (!(value.content() instanceof BigDecimal number
        && number.signum() >= 0
        && number.compareTo(BigDecimal.valueOf(65535)) <= 0
        && number.stripTrailingZeros().scale() <= 0)) {
      throw wrong(
          value,
          "\"" + member + "\" holds " + shown(value) + ", which is not an integer in 0-65535");
    }
    return number.intValueExact();
  }

  /** A value as a message shows it. */
  private static String shown(Json.Value value) {
    Object content = value.content();
    if (content instanceof String string) {
      return "\"" + string + "\"";
    }
    if (content instanceof Map) {
      return "an object";
    }
    if (content instanceof List) {
      return "an array";
    }
    return String.valueOf(content);
  }

  private static IllegalArgumentException wrong(Json.Value value, String problem) {
    return new IllegalArgumentException(problem + " at " + value.position());
  }
}
