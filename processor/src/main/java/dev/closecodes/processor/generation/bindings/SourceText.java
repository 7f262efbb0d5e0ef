package dev.closecodes.processor.generation.bindings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Text in Python and Go source: string literals, comments and constant names. */
final class SourceText {

  /** The name a lookup gives a number that a set retired. */
  static final String RETIRED = "RETIRED";

  private SourceText() {}

  /**
   * A double-quoted string literal, the same in Python 3 and Go: quotes and backslashes escaped,
   * and every character that is invisible or ends a line as {@code \}{@code uXXXX} or {@code
   * \}{@code UXXXXXXXX}: controls, line and paragraph separators, and format characters such as the
   * marks that reorder text right to left, which would otherwise show one text and hold another.
   */
  static String quote(String text) {
    return quote(text, "", SourceText::escape);
  }

  /**
   * A double-quoted string literal: quotes, backslashes and the characters of {@code alsoEscaped}
   * after a backslash, {@code \n} and {@code \t}, and every character that is not {@link #visible}
   * as {@code invisible} writes it.
   */
  static String quote(String text, String alsoEscaped, IntFunction<String> invisible) {
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\' || alsoEscaped.indexOf(c) >= 0) {
                quoted.append('\\').appendCodePoint(c);
              } else if (c == '\n') {
                quoted.append("\\n");
              } else if (c == '\t') {
                quoted.append("\\t");
              } else if (visible(c)) {
                quoted.appendCodePoint(c);
              } else {
                quoted.append(invisible.apply(c));
              }
            });
    return quoted.append('"').toString();
  }

  /** An invisible character as Python and Go write it. */
  private static String escape(int c) {
    if (Character.getType(c) == Character.SURROGATE) {
      return "\\ufffd"; // Half a pair, which UTF-8 cannot hold, nor Go's escapes.
    }
    return c <= 0xFFFF ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8);
  }

  /** Text for a one-line comment: what is not {@link #visible} becomes a space. */
  static String comment(String text) {
    StringBuilder line = new StringBuilder();
    text.codePoints().forEach(c -> line.appendCodePoint(visible(c) ? c : ' '));
    return line.toString().strip();
  }

  /**
   * The name of each code as a constant: {@code name} of it, where every character but an ASCII
   * letter, digit or underscore is an underscore; a name taken already gets the code's number too.
   */
  static Map<ClientCode, String> constants(
      List<ClientCode> codes, Function<ClientCode, String> name) {
    Map<ClientCode, String> constants = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (ClientCode code : codes) {
      String constant = name.apply(code).replaceAll("[^A-Za-z0-9_]", "_");
      if (!taken.add(constant)) {
        constant = constant + "_" + code.code();
        taken.add(constant);
      }
      constants.put(code, constant);
    }
    return constants;
  }

  /**
   * A code as Python and Go write it: the name of its constant, and its texts as the string
   * literals both languages write alike ({@link #quote}).
   *
   * @param code the code
   * @param constant the name of its constant
   * @param name the name a lookup gives it ({@link #infoName})
   * @param kind standard, declared or retired ({@link #kind})
   * @param reason its reason as declared
   * @param description what it means
   * @param deprecation why it is deprecated; {@code ""} if it is not
   */
  record Code(
      ClientCode code,
      String constant,
      String name,
      String kind,
      String reason,
      String description,
      String deprecation) {}

  /**
   * Every code a client of {@code catalogue} may receive, in order, as Python and Go write it: the
   * constant of a standard or declared code is {@code constant} of its name, that of a retired
   * number {@code retired} and the number (see {@link #constants}).
   */
  static List<Code> codes(
      ClientCatalogue catalogue, String retired, UnaryOperator<String> constant) {
    List<Code> codes = new ArrayList<>();
    constants(
            catalogue.received(),
            code ->
                code.kind() == ClientCode.Kind.RETIRED
                    ? retired + code.code()
                    : constant.apply(code.name()))
        .forEach(
            (code, name) ->
                codes.add(
                    new Code(
                        code,
                        name,
                        quote(infoName(code)),
                        quote(kind(code)),
                        quote(code.reason()),
                        quote(code.description()),
                        quote(code.deprecation().note()))));
    return codes;
  }

  /** The interfaces of the sets, as a file's first line names its sources: {@code a.B, c.D}. */
  static String setNames(ClientCatalogue catalogue) {
    return catalogue.sets().stream().map(ClientSet::name).collect(Collectors.joining(", "));
  }

  /**
   * The package {@code option} names where {@code valid}, else the file's base name in lower case
   * with only its letters and digits; {@code closecodes} goes before one that is not {@code valid}
   * (empty, a keyword, or starting with a digit).
   */
  static String packageName(ClientCatalogue catalogue, String option, Predicate<String> valid) {
    String named = catalogue.options().get(option);
    if (named != null && valid.test(named)) {
      return named;
    }
    String name = catalogue.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return valid.test(name) ? name : "closecodes" + name;
  }

  /** The name a lookup gives {@code code}: its own, or {@link #RETIRED} for a retired number. */
  static String infoName(ClientCode code) {
    return code.kind() == ClientCode.Kind.RETIRED ? RETIRED : code.name();
  }

  /** Where {@code code} comes from, as a lookup tells it: standard, declared or retired. */
  static String kind(ClientCode code) {
    return code.kind().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code c} shows as itself: not a control, format, line or paragraph separator,
   * surrogate, private-use or unassigned character.
   */
  static boolean visible(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED ->
          false;
      default -> true;
    };
  }

  private static String hex(int c, int digits) {
    String hex = Integer.toHexString(c);
    return "0".repeat(digits - hex.length()) + hex;
  }
}
