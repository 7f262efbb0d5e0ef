package dev.closecodes.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * A parsed {@code @Code(reason = ...)}: literal text and {@code {name}} placeholders, with <code>{{
 * </code> and <code>}}</code> for literal braces. Parsing never fails; syntax problems are
 * collected.
 *
 * @param source the template as declared
 * @param parts literal text and placeholders in order, adjacent literals merged
 * @param problems syntax problems, empty when the template is well formed
 * @param fixedText the text that every filled-in reason contains: the literals, without
 *     placeholders
 * @param isConstant whether the reason has no placeholders, so one event can serve every call
 */
public record ReasonTemplate(
    String source, List<Part> parts, List<Problem> problems, String fixedText, boolean isConstant) {

  /** A piece of a template. */
  public sealed interface Part permits Literal, Placeholder {}

  /** Text sent as it is. */
  public record Literal(String text) implements Part {}

  /** {@code {name}}: the text of the parameter {@code name}. */
  public record Placeholder(String name) implements Part {}

  /** A syntax problem: what was found, and the index in the template where it starts. */
  public record Problem(String found, int index) {}

  /** Parses {@code source}. */
  public static ReasonTemplate parse(String source) {
    List<Part> parts = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      boolean doubled = i + 1 < source.length() && source.charAt(i + 1) == c;
      if ((c == '{' || c == '}') && doubled) {
        literal.append(c);
        i += 2;
      } else if (c == '}') {
        problems.add(new Problem("an unmatched '}'", i));
        i++;
      } else if (c == '{') {
        int close = source.indexOf('}', i);
        if (close < 0) {
          problems.add(new Problem("an unclosed '{'", i));
          break;
        }
        String name = source.substring(i + 1, close);
        if (name.isEmpty()) {
          problems.add(new Problem("an empty placeholder {}", i));
        } else if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
          problems.add(new Problem("{" + name + "}, which is not a parameter name,", i));
        } else {
          flush(literal, parts);
          parts.add(new Placeholder(name));
        }
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    flush(literal, parts);
    StringBuilder fixedText = new StringBuilder();
    boolean constant = true;
    for (Part part : parts) {
      if (part instanceof Literal text) {
        fixedText.append(text.text());
      } else {
        constant = false;
      }
    }
    return new ReasonTemplate(
        source, List.copyOf(parts), List.copyOf(problems), fixedText.toString(), constant);
  }

  private static void flush(StringBuilder literal, List<Part> parts) {
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  /**
   * @return the names of the placeholders, in order, repeats included
   */
  public List<String> placeholderNames() {
    List<String> names = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Placeholder placeholder) {
        names.add(placeholder.name());
      }
    }
    return names;
  }
}
