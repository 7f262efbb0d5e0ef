package dev.closecodes.processor.model;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A declaration's documentation comment, as {@code Elements.getDocComment} returns it, with the
 * single space that starts each line removed.
 *
 * @param text the whole comment, {@code ""} when there is none
 */
public record Javadoc(String text) {

  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@\\w");
  private static final Pattern DEPRECATED_TAG =
      Pattern.compile("(?ms)^\\s*@deprecated\\b(.*?)(?=^\\s*@\\w|\\z)");

  /** A {@code @see} tag with a reference, which may hold a parenthesised parameter list. */
  private static final Pattern SEE_REFERENCE =
      Pattern.compile("(?m)^(\\s*@see\\s+)([^\"<\\s][^\\s(]*(?:\\([^)]*\\))?)");

  /** An inline tag with its name and content; content may hold one level of balanced braces. */
  private static final Pattern INLINE_TAG =
      Pattern.compile("\\{@(\\w+)\\s*((?:[^{}]|\\{[^{}]*})*)}");

  private static final Pattern LINK_REFERENCE = Pattern.compile("[^\\s(]*(?:\\([^)]*\\))?");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);");
  private static final Map<String, String> NAMED_ENTITIES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

  /** Reads a raw comment; null means none. */
  public static Javadoc of(String raw) {
    if (raw == null) {
      return new Javadoc("");
    }
    return new Javadoc(raw.replaceAll("(?m)^ ", "").strip());
  }

  /**
   * @return the comment before its block tags ({@code @param}, {@code @return}, ...)
   */
  public String mainDescription() {
    Matcher tag = BLOCK_TAG.matcher(text);
    return (tag.find() ? text.substring(0, tag.start()) : text).strip();
  }

  /**
   * @return the first sentence as plain text, white space folded: what a code's {@code
   *     description()} returns
   */
  public String summary() {
    String plain = plain(mainDescription());
    int end = plain.indexOf(". ");
    return end < 0 ? plain : plain.substring(0, end + 1);
  }

  /**
   * @return the text of the {@code @deprecated} tag as plain text, {@code ""} when there is none
   */
  public String deprecationNote() {
    Matcher tag = DEPRECATED_TAG.matcher(text);
    return tag.find() ? plain(tag.group(1)) : "";
  }

  /**
   * Returns {@code doc}, a part of this comment, ready to be carried into a generated file, which
   * lacks the declaring file's imports: links and {@code @see} references become text, so that
   * javadoc and doclint resolve nothing the generated file cannot.
   */
  public static String withoutReferences(String doc) {
    StringBuilder out = new StringBuilder();
    Matcher tag = INLINE_TAG.matcher(doc);
    int last = 0;
    while (tag.find()) {
      out.append(doc, last, tag.start());
      String name = tag.group(1);
      if (name.equals("link") || name.equals("linkplain")) {
        String label = linkText(tag.group(2));
        out.append(name.equals("link") ? "{@code " + label + "}" : label);
      } else {
        out.append(tag.group());
      }
      last = tag.end();
    }
    out.append(doc.substring(last));
    return SEE_REFERENCE
        .matcher(out)
        .replaceAll(
            see -> Matcher.quoteReplacement(see.group(1) + "\"" + reference(see.group(2)) + "\""));
  }

  /** Plain text of javadoc HTML: tags removed, inline tags reduced to their text, entities read. */
  private static String plain(String html) {
    StringBuilder out = new StringBuilder();
    Matcher tag = INLINE_TAG.matcher(html);
    int last = 0;
    while (tag.find()) {
      out.append(plainHtml(html.substring(last, tag.start())));
      String content = tag.group(2);
      switch (tag.group(1)) {
        case "link", "linkplain" -> out.append(linkText(content));
        case "code", "literal" -> out.append(content);
        default -> out.append(plainHtml(content));
      }
      last = tag.end();
    }
    out.append(plainHtml(html.substring(last)));
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static String plainHtml(String html) {
    String text = HTML_TAG.matcher(html).replaceAll("");
    return ENTITY.matcher(text).replaceAll(entity -> Matcher.quoteReplacement(decode(entity)));
  }

  private static String decode(MatchResult entity) {
    String name = entity.group(1);
    try {
      if (name.startsWith("#x")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException notACodePoint) {
      return entity.group();
    }
    return NAMED_ENTITIES.getOrDefault(name, entity.group());
  }

  /**
   * A link's label, or its reference as people read it: {@code Room#full()} as {@code Room.full()}.
   */
  private static String linkText(String content) {
    Matcher reference = LINK_REFERENCE.matcher(content.strip());
    reference.lookingAt();
    String label = content.strip().substring(reference.end()).strip();
    return label.isEmpty() ? reference(reference.group()) : label;
  }

  private static String reference(String reference) {
    return reference.startsWith("#") ? reference.substring(1) : reference.replace('#', '.');
  }
}
