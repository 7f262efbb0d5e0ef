package dev.closecodes.processor.model;

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
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@\\w+\\s+([^}]*)}");

  /** Reads a raw comment; null means none. */
  public static Javadoc of(String raw) {
    if (raw == null) {
      return new Javadoc("");
    }
    return new Javadoc(raw.replaceAll("(?m)^ ", "").strip());
  }

  /** @return the comment before its block tags ({@code @param}, {@code @return}, ...) */
  public String mainDescription() {
    Matcher tag = BLOCK_TAG.matcher(text);
    return (tag.find() ? text.substring(0, tag.start()) : text).strip();
  }

  /**
   * @return the first sentence as plain text, inline tags such as {@code {@code x}} reduced to
   *     their text, white space folded: what a code's {@code description()} returns
   */
  public String summary() {
    String plain = INLINE_TAG.matcher(mainDescription()).replaceAll("$1")
        .replaceAll("<[^>]*>", "")
        .replaceAll("\\s+", " ")
        .strip();
    int end = plain.indexOf(". ");
    return end < 0 ? plain : plain.substring(0, end + 1);
  }
}
