package dev.closecodes.processor.generation.bindings;

/**
 * Text in a Markdown table cell, shown as written: nothing in it renders as HTML, a link or
 * emphasis, no control character reaches the file, and no pipe ends the cell.
 */
final class MarkdownText {

  /** Characters that mean something inline in Markdown, escaped with a backslash. */
  private static final String SPECIAL = "\\`*_[]<>&|~!#";

  private MarkdownText() {}

  /** Prose, such as a description: special characters escaped. */
  static String text(String text) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        escaped.append('\\').append(c);
      } else {
        appendVisible(escaped, c);
      }
    }
    return escaped.toString();
  }

  /**
   * Data, such as a reason: a code span, fenced with more backticks than any run in the text, its
   * pipes escaped as tables require; empty text is an empty cell.
   */
  static String code(String text) {
    if (text.isEmpty()) {
      return "";
    }
    StringBuilder content = new StringBuilder();
    int run = 0;
    int longestRun = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c == '`' ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
      if (c == '|') {
        content.append("\\|");
      } else {
        appendVisible(content, c);
      }
    }
    String fence = "`".repeat(longestRun + 1);
    boolean pad = content.charAt(0) == '`' || content.charAt(content.length() - 1) == '`';
    return pad ? fence + " " + content + " " + fence : fence + content + fence;
  }

  /** A control character as {@code \}{@code u001b}, so the file holds only what reads. */
  private static void appendVisible(StringBuilder out, char c) {
    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
      out.append("\\u").append(Integer.toHexString(c | 0x10000).substring(1));
    } else {
      out.append(c);
    }
  }
}
