package dev.closecodes.runtime;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The codec's clean received events, kept per code so that decoding a close seen before allocates
 * nothing: most closes carry no reason, and a peer tends to send a code with the same reason every
 * time (its declared reason). Per code, the event without a reason and the event of the first
 * reason decoded, with that reason's bytes: a later payload with the same bytes is that event,
 * found by comparing bytes instead of decoding them. Only the first reason is kept, so reasons that
 * vary cost a comparison and no more, and a peer can make at most one kept event per code. The
 * events are immutable and typed by the global registry, which never changes, so a race only makes
 * an event twice. {@link #GLOBAL} serves {@link CloseFrame#decode}; tests make their own.
 */
final class ReceivedEvents {

  private static final int CODES = CloseCodeRange.APPLICATION.last() + 1;
  static final ReceivedEvents GLOBAL = new ReceivedEvents();

  private final CloseEvent[] withoutReason = new CloseEvent[CODES];
  private final Kept[] withReason = new Kept[CODES];

  CloseEvent withoutReason(int code) {
    CloseEvent event = withoutReason[code];
    if (event == null) {
      event = CloseEvent.received(code, "", true);
      withoutReason[code] = event;
    }
    return event;
  }

  /**
   * A clean close received as a payload whose code {@link CloseFrame} has checked; the reason is
   * the UTF-8 between {@code start} and {@code end}, decoded strictly unless it is the kept one.
   */
  CloseEvent decoded(int code, ByteBuffer payload, int start, int end) {
    if (start == end) {
      return withoutReason(code);
    }
    Kept kept = withReason[code];
    if (kept != null && kept.isIn(payload, start, end)) {
      return kept.event;
    }
    CloseEvent event = CloseEvent.received(code, ReasonText.decode(payload, start, end), true);
    if (kept == null) {
      withReason[code] = new Kept(event, payload, start, end);
    }
    return event;
  }

  /** A kept event and the UTF-8 of its reason. */
  private static final class Kept {
    final CloseEvent event;
    private final byte[] reason;

    Kept(CloseEvent event, ByteBuffer payload, int start, int end) {
      this.event = event;
      this.reason = new byte[end - start];
      payload.duplicate().position(start).get(reason);
    }

    boolean isIn(ByteBuffer payload, int start, int end) {
      if (end - start != reason.length) {
        return false;
      }
      if (payload.hasArray()) {
        int from = payload.arrayOffset() + start;
        return Arrays.equals(reason, 0, reason.length, payload.array(), from, from + reason.length);
      }
      for (int i = 0; i < reason.length; i++) {
        if (payload.get(start + i) != reason[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
