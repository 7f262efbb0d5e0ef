package com.example.chat;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseCodeSet;
import dev.closecodes.runtime.ReconnectPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Why the chat server ends a connection.
 *
 * <p>The close codes declared by {@link ChatCloses}.
 */
@Generated("dev.closecodes.processor.CloseCodesProcessor")
public enum ChatCloseCode implements CloseCode {
  /**
   * The session token expired; sign in again, then reconnect.
   *
   * <p>Code 4001, reason <code>Session expired</code> (15 bytes of UTF-8).
   *
   * @see ChatCloses#sessionExpired
   */
  SESSION_EXPIRED(4001, "Session expired", "The session token expired; sign in again, then reconnect.", ReconnectPolicy.newCredentials()),

  /**
   * The room reached its member limit.
   *
   * <p>Code 4002, reason <code>Room &#123;room&#125; is full</code> (13 bytes of UTF-8 besides the arguments, at most 123 in all).
   *
   * @see ChatCloses#roomFull
   */
  ROOM_FULL(4002, "Room {room} is full", "The room reached its member limit.", ReconnectPolicy.never()),

  /**
   * Text that generated code must carry exactly: "quotes", \back\slashes.
   *
   * <p>Code 4003, reason <code>Say "bye" &#92; &#42;/ &#123;braces&#125; caf&#xE9; &#x1F600;   tab end</code> (44 bytes of UTF-8).
   *
   * @see ChatCloses#awkwardText
   */
  AWKWARD_TEXT(4003, "Say \"bye\" \\ */ {braces} caf\u00e9 \ud83d\ude00 \000 tab\tend", "Text that generated code must carry exactly: \"quotes\", \\back\\slashes.", ReconnectPolicy.never()),

  /**
   * <p>Code 4010, reason <code>&#123;count&#125;&#123;limit&#125; messages</code> (9 bytes of UTF-8 besides the arguments, at most 123 in all).
   *
   * @see ChatCloses#numbers
   */
  NUMBERS(4010, "{count}{limit} messages", "", ReconnectPolicy.backoff(Duration.ofSeconds(30))),

  /**
   * <p>Code 4099, no reason.
   *
   * @see ChatCloses#noReason
   */
  NO_REASON(4099, "", "", ReconnectPolicy.never());

  private final int code;

  private final String reason;

  private final String description;

  private final ReconnectPolicy reconnect;

  ChatCloseCode(int code, String reason, String description, ReconnectPolicy reconnect) {
    this.code = code;
    this.reason = reason;
    this.description = description;
    this.reconnect = reconnect;
  }

  /**
   * Returns the code with the number {@code code}.
   *
   * @param code a close code
   * @return its constant
   * @throws IllegalArgumentException if ChatCloses declares no such code
   */
  public static ChatCloseCode of(int code) {
    ChatCloseCode found = lookup(code);
    if (found == null) {
      throw new IllegalArgumentException("close code " + code + " is not declared in com.example.chat.ChatCloses");
    }
    return found;
  }

  /**
   * Finds the code with the number {@code code}.
   *
   * @param code any number
   * @return its constant, or empty when it is not one of these codes
   */
  public static Optional<ChatCloseCode> find(int code) {
    return Optional.ofNullable(lookup(code));
  }

  private static ChatCloseCode lookup(int code) {
    int index = code - Index.FIRST;
    return index >= 0 && index < Index.BY_CODE.length ? Index.BY_CODE[index] : null;
  }

  /**
   * @return the number sent in the close frame
   */
  @Override
  public int code() {
    return code;
  }

  /**
   * @return the reason as declared; a template with {placeholders} where the method takes arguments
   */
  @Override
  public String reason() {
    return reason;
  }

  /**
   * @return the first sentence of the declaration's javadoc
   */
  @Override
  public String description() {
    return description;
  }

  /**
   * @return what a client does after this code, as declared on it or by the set
   */
  @Override
  public ReconnectPolicy reconnect() {
    return reconnect;
  }

  /**
   * The codes by number, less {@link #FIRST}: an O(1) lookup that allocates nothing.
   */
  private static final class Index {
    static final int FIRST = 4001;

    static final ChatCloseCode[] BY_CODE = new ChatCloseCode[99];

    static {
      for (ChatCloseCode code : values()) {
        BY_CODE[code.code - FIRST] = code;
      }
    }

    private Index() {
    }
  }

  /**
   * Registers these codes with {@link dev.closecodes.runtime.CloseCodeRegistry}; listed in
   * {@code META-INF/services/dev.closecodes.runtime.CloseCodeSet}.
   */
  public static final class Provider implements CloseCodeSet {
    /**
     * Creates the provider, as {@code ServiceLoader} does.
     */
    public Provider() {
    }

    @Override
    public String declaredBy() {
      return "com.example.chat.ChatCloses";
    }

    @Override
    public List<ChatCloseCode> codes() {
      return List.of(values());
    }

    @Override
    public Optional<Object> events() {
      return Optional.of(new ChatCloseEvents());
    }
  }
}
