package dev.closecodes.processor.baseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A strict reader of JSON (RFC 8259), enough for the manifests the processor writes and reads back.
 * Each value comes with where it starts, so that whoever reads it can say where a value is wrong.
 * Anything that is not JSON, and a member repeated in one object (which RFC 7493 forbids: readers
 * disagree on which of the two counts), is an {@link IllegalArgumentException} that says where and
 * what. A manifest nests five deep and its numbers have a few digits: the limits leave room for any
 * member a later version may add, and keep a hostile text from exhausting the stack of the thread
 * the compiler runs on (the reader recurses) or the time of the build.
 */
final class Json {

  /** How deep arrays and objects may nest. */
  static final int MAX_DEPTH = 100;

  /** How many characters a number may have. */
  static final int MAX_NUMBER_LENGTH = 100;

  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /**
   * A value and where it starts.
   *
   * @param content a {@code Map<String, Value>}, a {@code List<Value>}, a {@code String}, a {@code
   *     BigDecimal}, a {@code Boolean}, or null
   * @param line its line, from 1
   * @param column its column, from 1, in UTF-16 units as editors and javac count them
   */
  record Value(Object content, int line, int column) {

    /** Where the value starts, as errors say it. */
    String position() {
      return Json.position(line, column);
    }
  }

  private final String text;
  private int at;
  private int line = 1;
  private int lineStart;
  private int depth;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Reads one JSON value that is the whole of {@code text}; a byte order mark before it is ignored,
   * as RFC 8259 allows, since editors on some systems write one.
   */
  static Value parse(String text) {
    Json json = new Json(text.startsWith("\uFEFF") ? text.substring(1) : text);
    Value value = json.value();
    json.skipSpace();
    if (json.at < json.text.length()) {
      throw json.error("text after the end of the value");
    }
    return value;
  }

  private Value value() {
    skipSpace();
    if (at >= text.length()) {
      throw error("a value is missing");
    }
    int line = this.line;
    int column = at - lineStart + 1;
    char c = text.charAt(at);
    Object content =
        switch (c) {
          case '{' -> object();
          case '[' -> array();
          case '"' -> string();
          case 't' -> literal("true", Boolean.TRUE);
          case 'f' -> literal("false", Boolean.FALSE);
          case 'n' -> literal("null", null);
          default -> {
            if (c == '-' || (c >= '0' && c <= '9')) {
              yield number();
            }
            throw error("unexpected '" + c + "'");
          }
        };
    return new Value(content, line, column);
  }

  private Map<String, Value> object() {
    enter();
    Map<String, Value> object = new LinkedHashMap<>();
    skipSpace();
    if (!peek('}')) {
      do {
        skipSpace();
        if (!(at < text.length() && text.charAt(at) == '"')) {
          throw error("a member name is missing");
        }
        int nameAt = at;
        String name = string();
        if (object.containsKey(name)) {
          at = nameAt;
          throw error("the member \"" + name + "\" appears twice in one object");
        }
        skipSpace();
        expect(':');
        object.put(name, value());
        skipSpace();
      } while (peek(','));
      expect('}');
    }
    depth--;
    return object;
  }

  private List<Value> array() {
    enter();
    List<Value> array = new ArrayList<>();
    skipSpace();
    if (!peek(']')) {
      do {
        array.add(value());
        skipSpace();
      } while (peek(','));
      expect(']');
    }
    depth--;
    return array;
  }

  /** Steps into an array or object, past its bracket, unless that nests too deep. */
  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("more than " + MAX_DEPTH + " arrays and objects nested in one another");
    }
    at++;
  }

  private String string() {
    StringBuilder string = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw error("a string is not closed");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return string.toString();
      }
      if (c < 0x20) {
        at--;
        throw error("a control character in a string");
      }
      if (c != '\\') {
        string.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("a string is not closed");
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case '"', '\\', '/' -> string.append(escaped);
        case 'b' -> string.append('\b');
        case 'f' -> string.append('\f');
        case 'n' -> string.append('\n');
        case 'r' -> string.append('\r');
        case 't' -> string.append('\t');
        case 'u' -> string.append(hexadecimalUnit());
        default -> throw error("an unknown escape \\" + escaped);
      }
    }
  }

  /** The four hexadecimal digits of a {@code \\u} escape. */
  private char hexadecimalUnit() {
    int unit = 0;
    for (int i = 0; i < 4; i++) {
      int digit = at < text.length() ? Character.digit(text.charAt(at), 16) : -1;
      if (digit < 0) {
        throw error("a \\u escape needs four hexadecimal digits");
      }
      unit = unit * 16 + digit;
      at++;
    }
    return (char) unit;
  }

  private BigDecimal number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String number = text.substring(start, at);
    at = start;
    if (number.length() > MAX_NUMBER_LENGTH) {
      throw error("a number longer than " + MAX_NUMBER_LENGTH + " characters");
    }
    if (!NUMBER.matcher(number).matches()) {
      throw error("a malformed number " + number);
    }
    try {
      BigDecimal value = new BigDecimal(number);
      at += number.length();
      return value;
    } catch (NumberFormatException e) {
      throw error("a number whose exponent is out of range");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("unexpected '" + text.charAt(at) + "'");
    }
    at += word.length();
    return value;
  }

  private boolean peek(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("'" + c + "' is missing");
    }
  }

  private void skipSpace() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      if (text.charAt(at++) == '\n') {
        line++;
        lineStart = at;
      }
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException(problem + " at " + position(line, at - lineStart + 1));
  }

  private static String position(int line, int column) {
    return "line " + line + ", column " + column;
  }
}
