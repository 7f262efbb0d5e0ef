package dev.closecodes.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Where the client bindings are found and served, and as what. */
final class CloseCodesBindings {

  /** The URL path they are served under unless {@code closecodes.bindings.path} says otherwise. */
  static final String DEFAULT_PATH = "/closecodes";

  /** Where the processor writes them, in every jar and class directory. */
  static final Resource LOCATION = new ClassPathResource("META-INF/closecodes/");

  /** The index's file name: an index for this route, not a binding, so it is not served. */
  private static final String INDEX_FILE = "content-types.properties";

  /**
   * What the processor writes beside the bindings of each module: the media type each format
   * declares for its file, by file name.
   */
  static final String INDEX = "classpath*:META-INF/closecodes/" + INDEX_FILE;

  /**
   * The media type of each format, by how its file name ends ({@code .ts} covers {@code .d.ts}),
   * for files of a module whose processor wrote no index. Spring's own table would serve {@code
   * .ts} as an MPEG transport stream and {@code .md} as bytes. TypeScript has no registered type;
   * {@code application/typescript} is what Deno, the runtime that loads it over HTTP, serves and
   * expects. JSON takes no charset (RFC 8259: it is UTF-8).
   */
  private static final Map<String, MediaType> TYPES =
      Map.of(
          ".ts", MediaType.parseMediaType("application/typescript;charset=UTF-8"),
          ".js", MediaType.parseMediaType("text/javascript;charset=UTF-8"),
          ".json", MediaType.APPLICATION_JSON,
          ".md", MediaType.parseMediaType("text/markdown;charset=UTF-8"));

  private final String path;
  private final Map<String, MediaType> indexed;

  private CloseCodesBindings(String path, Map<String, MediaType> indexed) {
    this.path = path;
    this.indexed = indexed;
  }

  static CloseCodesBindings of(Environment environment, ClassLoader classLoader) {
    String path = environment.getProperty("closecodes.bindings.path", DEFAULT_PATH);
    return new CloseCodesBindings(
        path.endsWith("/") ? path.substring(0, path.length() - 1) : path, index(classLoader));
  }

  /** The types every module's index declares, merged. */
  private static Map<String, MediaType> index(ClassLoader classLoader) {
    Map<String, MediaType> types = new HashMap<>();
    try {
      for (Resource index :
          new PathMatchingResourcePatternResolver(classLoader).getResources(INDEX)) {
        Properties lines = new Properties();
        try (InputStream in = index.getInputStream()) {
          lines.load(in);
        }
        lines.forEach(
            (file, type) -> types.put((String) file, MediaType.parseMediaType((String) type)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(types);
  }

  /**
   * @return the route's pattern, such as {@code /closecodes/**}
   */
  String pattern() {
    return path + "/**";
  }

  /**
   * @return whether {@code found} under the route is a binding to serve: anything but the index
   */
  boolean serves(Resource found) {
    return !INDEX_FILE.equals(found.getFilename());
  }

  /**
   * Sets the headers of a binding's response: the type its format declares, and its date so that a
   * conditional request is answered with 304. A file of another kind keeps the type Spring gives
   * it.
   */
  void headers(Resource binding, HttpHeaders headers) {
    MediaType declared = indexed.get(binding.getFilename());
    if (declared != null) {
      headers.setContentType(declared);
    } else {
      TYPES.entrySet().stream()
          .filter(type -> binding.getFilename().endsWith(type.getKey()))
          .findFirst()
          .ifPresent(type -> headers.setContentType(type.getValue()));
    }
    try {
      headers.setLastModified(binding.lastModified());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
