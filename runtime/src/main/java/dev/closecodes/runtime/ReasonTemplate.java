package dev.closecodes.runtime;

import java.util.Arrays;

/**
 * A code's reason with placeholders, such as {@code "Room {room} is full"}, that makes the events
 * to send: its code and its fixed text are checked once, when the template is made, and each
 * event's reason is the fixed text filled in with arguments, made to fit as {@link
 * ReasonText#fit(String)} makes text fit. The generated factories hold one per code whose reason
 * takes arguments, and fill in through it the arguments that may be long.
 *
 * <p>Where the arguments are too short to push the reason past {@value ReasonText#MAX_BYTES} bytes,
 * they are only scanned for unpaired surrogates before the concatenation; where they are long, only
 * the text that is kept is copied. An argument is filled in as string concatenation fills it in:
 * {@code null}, and an object whose {@code toString()} returns null, as {@code "null"}.
 *
 * <pre>{@code
 * ReasonTemplate roomFull = ReasonTemplate.of(ShopCloseCode.ROOM_FULL, "Room ", " is full");
 * CloseEvent event = roomFull.fill(room);
 * }</pre>
 */
public final class ReasonTemplate {

  private final CloseCode code;
  private final String[] texts;

  /**
   * The most chars that the arguments may take together for the reason to fit without measuring
   * them, since no char takes more than 3 bytes.
   */
  private final int shortArguments;

  private ReasonTemplate(CloseCode code, String[] texts, int fixedBytes) {
    this.code = code;
    this.texts = texts;
    this.shortArguments = (ReasonText.MAX_BYTES - fixedBytes) / 3;
  }

  /**
   * Makes the template of {@code code}'s reason from the fixed texts around its placeholders, for
   * {@code "Kicked by {moderator}: {why}"}: {@code "Kicked by ", ": ", ""}.
   *
   * @param code the code to send
   * @param texts the fixed texts, one more than the placeholders; empty ones included
   * @return the template
   * @throws IllegalArgumentException if the code may not be sent, no text is given, a text has an
   *     unpaired surrogate or the texts together exceed {@value ReasonText#MAX_BYTES} bytes
   */
  public static ReasonTemplate of(CloseCode code, String... texts) {
    WirePolicy.requireSendable(code.code());
    if (texts.length == 0) {
      throw new IllegalArgumentException(
          "a reason template has one fixed text more than placeholders; give at least \"\"");
    }
    String[] copy = Arrays.copyOf(texts, texts.length);
    int fixedBytes = 0;
    for (String text : copy) {
      int unpaired = ReasonText.indexOfUnpairedSurrogate(text);
      if (unpaired >= 0) {
        throw new IllegalArgumentException(
            "the fixed text \""
                + text
                + "\" of the reason of "
                + code.name()
                + " has "
                + ReasonText.unpairedSurrogate(text, unpaired));
      }
      fixedBytes += ReasonText.utf8Length(text);
    }
    if (fixedBytes > ReasonText.MAX_BYTES) {
      throw new IllegalArgumentException(
          "the fixed text of the reason of "
              + code.name()
              + " is "
              + ReasonText.tooLong(fixedBytes));
    }
    return new ReasonTemplate(code, copy, fixedBytes);
  }

  /**
   * Makes the event for a reason with one placeholder.
   *
   * @param argument the placeholder's value
   * @return the event, its reason cut to fit where the argument makes it too long
   * @throws IllegalArgumentException if the reason does not have one placeholder
   */
  public CloseEvent fill(Object argument) {
    requireArguments(1);
    String text = text(argument);
    if (text.length() <= shortArguments && !ReasonText.hasSurrogate(text)) {
      return CloseEvent.checked(code, texts[0] + text + texts[1]);
    }
    return CloseEvent.checked(code, ReasonText.fitJoined(texts[0], text, texts[1]));
  }

  /**
   * Makes the event for a reason with two placeholders.
   *
   * @param first the first placeholder's value
   * @param second the second placeholder's value
   * @return the event, its reason cut to fit where the arguments make it too long
   * @throws IllegalArgumentException if the reason does not have two placeholders
   */
  public CloseEvent fill(Object first, Object second) {
    requireArguments(2);
    String one = text(first);
    String two = text(second);
    if (one.length() + two.length() <= shortArguments
        && !ReasonText.hasSurrogate(one)
        && !ReasonText.hasSurrogate(two)) {
      return CloseEvent.checked(code, texts[0] + one + texts[1] + two + texts[2]);
    }
    return CloseEvent.checked(code, ReasonText.fitJoined(texts[0], one, texts[1], two, texts[2]));
  }

  /**
   * Makes the event for a reason with any number of placeholders.
   *
   * @param arguments the placeholders' values, in the order of the placeholders
   * @return the event, its reason cut to fit where the arguments make it too long
   * @throws IllegalArgumentException if the reason has another number of placeholders
   */
  public CloseEvent fill(Object... arguments) {
    requireArguments(arguments.length);
    String[] parts = new String[texts.length + arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      parts[2 * i] = texts[i];
      parts[2 * i + 1] = text(arguments[i]);
    }
    parts[parts.length - 1] = texts[arguments.length];
    return CloseEvent.checked(code, ReasonText.fitJoined(parts));
  }

  /** An argument's text as string concatenation gives it. */
  private static String text(Object argument) {
    String text = String.valueOf(argument);
    return text == null ? "null" : text;
  }

  private void requireArguments(int count) {
    int placeholders = texts.length - 1;
    if (count != placeholders) {
      throw new IllegalArgumentException(
          "the reason of "
              + code.name()
              + " has "
              + placeholders
              + (placeholders == 1 ? " placeholder" : " placeholders")
              + ", but "
              + count
              + (count == 1 ? " argument was" : " arguments were")
              + " given");
    }
  }

  /**
   * @return the code whose events this template makes
   */
  public CloseCode code() {
    return code;
  }
}
