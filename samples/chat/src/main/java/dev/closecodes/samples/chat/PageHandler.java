package dev.closecodes.samples.chat;

import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.StandardCloseCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the page and {@code /codes.json}, the names and descriptions of every code the page may
 * receive, built from the generated enum and the standard codes.
 */
final class PageHandler extends Handler.Abstract {

  private final byte[] page = resource("/web/index.html");
  private final byte[] codes = codesJson().getBytes(StandardCharsets.UTF_8);

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    switch (Request.getPathInContext(request)) {
      case "/", "/index.html" -> write(response, callback, "text/html; charset=utf-8", page);
      case "/codes.json" -> write(response, callback, "application/json", codes);
      default -> {
        return false;
      }
    }
    return true;
  }

  private static void write(Response response, Callback callback, String type, byte[] body) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static byte[] resource(String path) {
    try (InputStream in = PageHandler.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String codesJson() {
    List<CloseCode> all = new ArrayList<>(List.of(StandardCloseCode.values()));
    all.addAll(List.of(ChatCloseCode.values()));
    StringBuilder json = new StringBuilder("{");
    for (CloseCode code : all) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append("\n  \"").append(code.code()).append("\": {\"name\": ")
          .append(quote(code.name())).append(", \"description\": ")
          .append(quote(code.description())).append('}');
    }
    return json.append("\n}\n").toString();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return quoted.append('"').toString();
  }
}
