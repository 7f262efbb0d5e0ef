package dev.closecodes.processor.generation.bindings;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Text in JSON, JavaScript and TypeScript: string literals, object keys, doc comments. */
final class JsText {

  /** A name that JavaScript accepts unquoted as an object key: plain ASCII, to be safe. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private JsText() {}

  /**
   * A string literal, valid as JSON and as JavaScript: quotes, backslashes and control characters
   * escaped, and U+2028/U+2029, which older JavaScript does not allow in a literal.
   */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            quoted.append("\\u").append(Integer.toHexString(c | 0x10000).substring(1));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  /** An object key: the name itself where it is an identifier, quoted otherwise. */
  static String key(String name) {
    return IDENTIFIER.matcher(name).matches() ? name : quote(name);
  }

  /** A doc comment of the lines that are not empty, {@code indent}ed; nothing when none are. */
  static String docComment(String indent, String... lines) {
    List<String> text = Stream.of(lines).filter(line -> !line.isEmpty()).map(JsText::safe).toList();
    if (text.size() <= 1) {
      return text.isEmpty() ? "" : indent + "/** " + text.get(0) + " */\n";
    }
    StringBuilder doc = new StringBuilder(indent).append("/**\n");
    text.forEach(line -> doc.append(indent).append(" * ").append(line).append('\n'));
    return doc.append(indent).append(" */\n").toString();
  }

  /** Text that cannot end the comment it stands in, nor break its line. */
  private static String safe(String text) {
    return text.replace("*/", "*\\/").replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
  }
}
