package dev.closecodes.testing;

import dev.closecodes.runtime.CloseEvent;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A WebSocket peer written against the bytes of RFC 6455, for what no well-behaved stack does on
 * request: a close frame with an empty body (which the receiver must report as 1005) and a
 * connection dropped or reset without any close frame (1006, not clean). As a client it masks its
 * frames, as a server it does not, as the RFC requires.
 */
public final class RawWebSocket implements AutoCloseable {

  /** The two ways a connection ends without a close frame: the peer quits, the network fails. */
  public static final List<Consumer<RawWebSocket>> ENDINGS_WITHOUT_CLOSE_FRAME =
      List.of(RawWebSocket::drop, RawWebSocket::reset);

  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final int TIMEOUT_MILLIS = 10_000;
  private static final int TEXT = 0x1;
  private static final int CLOSE = 0x8;

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private final boolean masks;

  private RawWebSocket(Socket socket, boolean masks) throws IOException {
    this.socket = socket;
    socket.setSoTimeout(TIMEOUT_MILLIS);
    this.in = new DataInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
    this.masks = masks;
  }

  /** The client under test, as a test connects it. */
  @FunctionalInterface
  public interface Client {
    /**
     * Connects to {@code uri} and returns the event the client records when the connection ends;
     * returns once the client may be closed on.
     */
    CompletableFuture<CloseEvent> connect(URI uri) throws Exception;
  }

  /**
   * Connects {@code client} to a server that closes with an empty close frame, answers the client's
   * close, and returns what the client recorded: 1005, clean, is right.
   */
  public static CloseEvent emptyCloseRecordedBy(Client client) throws Exception {
    try (Server server = new Server()) {
      CompletableFuture<RawWebSocket> accepted = server.accept();
      CompletableFuture<CloseEvent> closed = client.connect(server.uri());
      try (RawWebSocket peer = accepted.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
        peer.sendEmptyClose();
        peer.awaitClose();
      }
      return closed.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Connects {@code client} once for each of {@link #ENDINGS_WITHOUT_CLOSE_FRAME}, ends the
   * connection that way, and returns what the client recorded each time: 1006, not clean, is right.
   */
  public static List<CloseEvent> endingsRecordedBy(Client client) throws Exception {
    List<CloseEvent> recorded = new ArrayList<>();
    for (Consumer<RawWebSocket> ending : ENDINGS_WITHOUT_CLOSE_FRAME) {
      try (Server server = new Server()) {
        CompletableFuture<RawWebSocket> accepted = server.accept();
        CompletableFuture<CloseEvent> closed = client.connect(server.uri());
        ending.accept(accepted.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
        recorded.add(closed.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
      }
    }
    return recorded;
  }

  /** Opens a connection to {@code uri} ({@code ws://host:port/path}) as a client. */
  public static RawWebSocket connect(URI uri) {
    try {
      Socket socket = new Socket(uri.getHost(), uri.getPort());
      String key = Base64.getEncoder().encodeToString(randomBytes(16));
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.1\r\nHost: "
                      + uri.getHost()
                      + ":"
                      + uri.getPort()
                      + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                      + key
                      + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      RawWebSocket webSocket = new RawWebSocket(socket, true);
      String response = webSocket.readHead();
      if (!response.startsWith("HTTP/1.1 101")
          || !response.toLowerCase(Locale.ROOT).contains(acceptKey(key).toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException("the server refused the upgrade:\n" + response);
      }
      return webSocket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server on 127.0.0.1 and a free port that accepts raw connections at any path. */
  public static final class Server implements AutoCloseable {
    private final ServerSocket socket;

    public Server() {
      try {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * @return {@code ws://127.0.0.1:<port>/}
     */
    public URI uri() {
      return URI.create("ws://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    /** The next connection, once its opening handshake is complete; call before connecting. */
    public CompletableFuture<RawWebSocket> accept() {
      return CompletableFuture.supplyAsync(this::acceptNow)
          .orTimeout(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    private RawWebSocket acceptNow() {
      try {
        RawWebSocket webSocket = new RawWebSocket(socket.accept(), false);
        String key = header(webSocket.readHead(), "sec-websocket-key");
        webSocket.out.write(
            ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: "
                    + acceptKey(key)
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        webSocket.out.flush();
        return webSocket;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  /** Sends a close frame with no body: no code, no reason. */
  public void sendEmptyClose() {
    sendClose(new byte[0]);
  }

  /** Sends a close frame whose body is {@code payload}, whatever it holds. */
  public void sendClose(byte[] payload) {
    send(CLOSE, payload);
  }

  /** Sends a text message in one frame, of any length. */
  public void sendText(String text) {
    send(TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  private void send(int opcode, byte[] payload) {
    try {
      ByteArrayOutputStream frame = new ByteArrayOutputStream();
      frame.write(0x80 | opcode);
      int maskBit = masks ? 0x80 : 0;
      if (payload.length < 126) {
        frame.write(maskBit | payload.length);
      } else if (payload.length <= 0xFFFF) {
        frame.write(maskBit | 126);
        frame.write(payload.length >>> 8);
        frame.write(payload.length);
      } else {
        frame.write(maskBit | 127);
        for (int shift = 56; shift >= 0; shift -= 8) {
          frame.write((int) ((long) payload.length >>> shift));
        }
      }
      byte[] mask = masks ? randomBytes(4) : new byte[4];
      if (masks) {
        frame.write(mask);
      }
      for (int i = 0; i < payload.length; i++) {
        frame.write(payload[i] ^ mask[i % 4]);
      }
      out.write(frame.toByteArray());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads frames until a close frame arrives and returns what it says: its code and reason, 1005
   * for an empty body, or 1006, not clean, if the connection ended first.
   */
  public CloseEvent awaitClose() {
    byte[] payload = awaitClosePayload();
    if (payload == null) {
      return CloseEvent.abnormalClosure();
    }
    return payload.length < 2
        ? CloseEvent.noStatus()
        : CloseEvent.received(
            ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF),
            new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8),
            true);
  }

  /**
   * Reads frames until a close frame arrives and returns its body byte for byte, or null if the
   * connection ended first.
   */
  public byte[] awaitClosePayload() {
    for (Frame frame = nextFrame(); frame != null; frame = nextFrame()) {
      if (frame.opcode == CLOSE) {
        return frame.payload;
      }
    }
    return null;
  }

  /**
   * Reads the next text message, skipping other frames but a close frame.
   *
   * @throws IllegalStateException if a close frame arrives or the connection ends first
   */
  public String awaitText() {
    for (Frame frame = nextFrame(); frame != null; frame = nextFrame()) {
      if (frame.opcode == TEXT) {
        return new String(frame.payload, StandardCharsets.UTF_8);
      }
      if (frame.opcode == CLOSE) {
        throw new IllegalStateException("a close frame arrived instead of a text message");
      }
    }
    throw new IllegalStateException("the connection ended instead of a text message");
  }

  /**
   * Reads every frame until the connection ends, or until nothing has arrived for {@code millis} (a
   * client may wait for the server to end the TCP connection), and counts the close frames.
   */
  public int closeFramesWithin(int millis) {
    try {
      socket.setSoTimeout(millis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return closeFramesUntilEnd();
  }

  /** Reads every frame until the connection ends and counts the close frames among them. */
  public int closeFramesUntilEnd() {
    int closes = 0;
    for (Frame frame = nextFrame(); frame != null; frame = nextFrame()) {
      if (frame.opcode == CLOSE) {
        closes++;
      }
    }
    return closes;
  }

  /** A frame's opcode and unmasked body. */
  private static final class Frame {
    final int opcode;
    final byte[] payload;

    Frame(int opcode, byte[] payload) {
      this.opcode = opcode;
      this.payload = payload;
    }
  }

  /** The next frame, or null once the connection has ended (or reset, or timed out). */
  private Frame nextFrame() {
    try {
      int first = in.readUnsignedByte();
      int second = in.readUnsignedByte();
      long length = second & 0x7F;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = in.readLong();
      }
      byte[] mask = new byte[4];
      if ((second & 0x80) != 0) {
        in.readFully(mask);
      }
      byte[] payload = new byte[Math.toIntExact(length)];
      in.readFully(payload);
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= mask[i % 4];
      }
      return new Frame(first & 0x0F, payload);
    } catch (IOException e) {
      return null;
    }
  }

  /** Ends the TCP connection without a close frame, as a peer that quits does (a FIN). */
  public void drop() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resets the TCP connection, without a close frame, as a network that fails does (an RST). */
  public void reset() {
    try {
      socket.setSoLinger(true, 0);
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether this side has closed the TCP connection ({@link #drop()}, {@link #reset()}). */
  public boolean isClosed() {
    return socket.isClosed();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int next = in.read();
      if (next < 0) {
        throw new IOException("the connection ended within the handshake: " + head);
      }
      head.write(next);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static String header(String head, String name) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    throw new IllegalStateException("no " + name + " in the handshake:\n" + head);
  }

  private static String acceptKey(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1")
              .digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
