package dev.closecodes.javawebsocket;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.extensions.IExtension;
import org.java_websocket.framing.Framedata;
import org.java_websocket.protocols.IProtocol;

/**
 * RFC 6455 as Java-WebSocket's {@link Draft_6455} speaks it, noting one thing it forgets: whether
 * the peer's close frame had a body. Java-WebSocket reports a close frame without a code as 1000;
 * with this draft on the connection, {@link JavaWebSocketCloses#received} reports it as 1005, as
 * the RFC and browsers do. Pass it where Java-WebSocket takes a draft: {@code new
 * WebSocketClient(uri, new CloseStatusDraft())}, {@code new WebSocketServer(address, List.of(new
 * CloseStatusDraft()))}.
 */
public class CloseStatusDraft extends Draft_6455 {

  private final Headers headers = new Headers();
  private volatile boolean closedWithoutStatus;

  /** The draft with Java-WebSocket's defaults: no extension, no subprotocol. */
  public CloseStatusDraft() {}

  /** The draft with these extensions, subprotocols and largest frame, as {@link Draft_6455}. */
  public CloseStatusDraft(
      List<IExtension> extensions, List<IProtocol> protocols, int maxFrameSize) {
    super(extensions, protocols, maxFrameSize);
  }

  /** Each connection takes a copy, so the mark is the connection's own. */
  @Override
  public Draft copyInstance() {
    List<IExtension> extensions = new ArrayList<>();
    for (IExtension extension : getKnownExtensions()) {
      extensions.add(extension.copyInstance());
    }
    List<IProtocol> protocols = new ArrayList<>();
    for (IProtocol protocol : getKnownProtocols()) {
      protocols.add(protocol.copyInstance());
    }
    return new CloseStatusDraft(extensions, protocols, getMaxFrameSize());
  }

  @Override
  public List<Framedata> translateFrame(ByteBuffer bytes) throws InvalidDataException {
    headers.follow(bytes.duplicate());
    return super.translateFrame(bytes);
  }

  /** Whether the peer's close frame, if one arrived, had no body. */
  boolean closedWithoutStatus() {
    return closedWithoutStatus;
  }

  /**
   * Follows the frame headers in the bytes that arrive, skipping the bodies, to see the length of a
   * close frame's body, which the frame Java-WebSocket hands on no longer tells.
   */
  private final class Headers {
    private static final int CLOSE = 0x8;
    private final byte[] header = new byte[14];
    private int headerBytes;
    private long bodyBytesLeft;

    void follow(ByteBuffer bytes) {
      while (bytes.hasRemaining()) {
        if (bodyBytesLeft > 0) {
          int skipped = (int) Math.min(bodyBytesLeft, bytes.remaining());
          bytes.position(bytes.position() + skipped);
          bodyBytesLeft -= skipped;
        } else {
          header[headerBytes++] = bytes.get();
          if (headerBytes == headerLength()) {
            bodyBytesLeft = bodyLength();
            if ((header[0] & 0x0F) == CLOSE && bodyBytesLeft == 0) {
              closedWithoutStatus = true;
            }
            headerBytes = 0;
          }
        }
      }
    }

    /** 2 bytes, then 2 or 8 more for a long body and 4 for a mask, as the second byte says. */
    private int headerLength() {
      if (headerBytes < 2) {
        return 2;
      }
      int length = header[1] & 0x7F;
      return 2 + (length == 126 ? 2 : length == 127 ? 8 : 0) + ((header[1] & 0x80) != 0 ? 4 : 0);
    }

    private long bodyLength() {
      int length = header[1] & 0x7F;
      if (length < 126) {
        return length;
      }
      long extended = 0;
      for (int i = 2; i < (length == 126 ? 4 : 10); i++) {
        extended = extended << 8 | (header[i] & 0xFF);
      }
      return extended;
    }
  }
}
