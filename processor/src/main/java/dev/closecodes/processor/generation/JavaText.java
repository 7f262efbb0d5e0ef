package dev.closecodes.processor.generation;

import dev.closecodes.processor.model.Javadoc;
import java.util.Locale;

/**
 * Turns any text into Java source that means exactly that text: string literals and javadoc that
 * stay well formed whatever the text holds (quotes, backslashes, {@code *}{@code /}, braces,
 * non-ASCII) and whatever the encoding the generated file is written in.
 */
final class JavaText {

  private JavaText() {}

  /**
   * A string literal in plain ASCII. Control characters become octal escapes rather than {@code
   * \}{@code u} escapes, which javac would translate before it even sees the quotes.
   */
  static String literal(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            literal.append('\\').append(Integer.toOctalString(c | 0x200).substring(1));
          } else if (c > 0x7f) {
            literal.append("\\u").append(Integer.toHexString(c | 0x10000).substring(1));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }

  /**
   * Documentation carried over from the declarations: kept as written, made safe to re-emit, its
   * references made text (see {@link Javadoc#withoutReferences}).
   */
  static String javadoc(String text) {
    return Javadoc.withoutReferences(text).replace("*/", "*&#47;").replace("\\u", "&#92;u");
  }

  /** Any text shown verbatim in javadoc in code font; see {@link #html}. */
  static String code(String text) {
    return "<code>" + html(text) + "</code>";
  }

  /**
   * Any text shown verbatim in javadoc, as HTML in which no character has a meaning to javadoc or
   * javac, and in plain ASCII.
   */
  static String html(String text) {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '@' -> html.append("&#64;");
        case '{' -> html.append("&#123;");
        case '}' -> html.append("&#125;");
        case '*' -> html.append("&#42;");
        case '\\' -> html.append("&#92;");
        default -> {
          if (c < 0x20) {
            html.append(' ');
          } else if (c > 0x7e) {
            html.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
          } else {
            html.append((char) c);
          }
        }
      }
    }
    return html.toString();
  }
}
