package dev.closecodes.spring.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Where the client bindings are found and served, and as what. */
final class CloseCodesBindings {

  /** The URL path they are served under unless {@code closecodes.bindings.path} says otherwise. */
  static final String DEFAULT_PATH = "/closecodes";

  /** Where the processor writes them, in every jar and class directory. */
  static final Resource LOCATION = new ClassPathResource("META-INF/closecodes/");

  /**
   * The media type of each format, by how its file name ends ({@code .ts} covers {@code .d.ts}).
   * Spring's own table would serve {@code .ts} as an MPEG transport stream and {@code .md} as
   * bytes. TypeScript has no registered type; {@code application/typescript} is what Deno, the
   * runtime that loads it over HTTP, serves and expects. JSON takes no charset (RFC 8259: it is
   * UTF-8).
   */
  private static final Map<String, MediaType> TYPES =
      Map.of(
          ".ts", MediaType.parseMediaType("application/typescript;charset=UTF-8"),
          ".js", MediaType.parseMediaType("text/javascript;charset=UTF-8"),
          ".json", MediaType.APPLICATION_JSON,
          ".md", MediaType.parseMediaType("text/markdown;charset=UTF-8"));

  private final String path;

  private CloseCodesBindings(String path) {
    this.path = path;
  }

  static CloseCodesBindings of(Environment environment) {
    String path = environment.getProperty("closecodes.bindings.path", DEFAULT_PATH);
    return new CloseCodesBindings(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
  }

  /**
   * @return the route's pattern, such as {@code /closecodes/**}
   */
  String pattern() {
    return path + "/**";
  }

  /**
   * Sets the headers of a binding's response: its type, and its date so that a conditional request
   * is answered with 304. A file of another kind keeps the type Spring gives it.
   */
  static void headers(Resource binding, HttpHeaders headers) {
    TYPES.entrySet().stream()
        .filter(type -> binding.getFilename().endsWith(type.getKey()))
        .findFirst()
        .ifPresent(type -> headers.setContentType(type.getValue()));
    try {
      headers.setLastModified(binding.lastModified());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
