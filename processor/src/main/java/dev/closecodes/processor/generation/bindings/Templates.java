package dev.closecodes.processor.generation.bindings;

/**
 * Fills the binding writers' file templates. Not {@code String.formatted}: {@link
 * java.util.Formatter} loads a regular-expression engine and locale data on first use, which a cold
 * javac pays on every build, for templates that only ever substitute text.
 */
final class Templates {

  private Templates() {}

  /**
   * Replaces each {@code %s} (or {@code %d}) in {@code template}, in order, with the next of {@code
   * values}.
   */
  static String fill(String template, Object... values) {
    StringBuilder out = new StringBuilder(template.length() + 256);
    int from = 0;
    for (Object value : values) {
      int at = next(template, from);
      if (at < 0) {
        throw new IllegalArgumentException("more values than placeholders in " + template);
      }
      out.append(template, from, at).append(value);
      from = at + 2;
    }
    if (next(template, from) >= 0) {
      throw new IllegalArgumentException("fewer values than placeholders in " + template);
    }
    return out.append(template, from, template.length()).toString();
  }

  private static int next(String template, int from) {
    for (int at = template.indexOf('%', from); at >= 0; at = template.indexOf('%', at + 1)) {
      if (at + 1 < template.length()
          && (template.charAt(at + 1) == 's' || template.charAt(at + 1) == 'd')) {
        return at;
      }
    }
    return -1;
  }
}
