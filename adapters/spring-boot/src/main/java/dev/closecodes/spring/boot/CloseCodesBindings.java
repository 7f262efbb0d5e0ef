package dev.closecodes.spring.boot;

import org.springframework.core.env.Environment;

/** Where the client bindings are found and served. */
final class CloseCodesBindings {

  /** The URL path they are served under unless {@code closecodes.bindings.path} says otherwise. */
  static final String DEFAULT_PATH = "/closecodes";

  /** Where the processor writes them, in every jar and class directory. */
  static final String LOCATION = "classpath:/META-INF/closecodes/";

  private final String path;

  private CloseCodesBindings(String path) {
    this.path = path;
  }

  static CloseCodesBindings of(Environment environment) {
    String path = environment.getProperty("closecodes.bindings.path", DEFAULT_PATH);
    return new CloseCodesBindings(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
  }

  /**
   * @return the resource handler's pattern, such as {@code /closecodes/**}
   */
  String pattern() {
    return path + "/**";
  }
}
