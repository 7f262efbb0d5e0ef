package dev.closecodes.samples.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the page, at {@code /closecodes/} the client bindings that the processor wrote for the
 * chat endpoint ({@code chat.js} and the rest), which name every code the page may receive, at
 * {@code /session} a fresh session token (what a sign-in would give), and at {@code /metrics} the
 * close counts for Prometheus (and the page's table).
 */
final class PageHandler extends Handler.Abstract {

  private static final String BINDINGS = "/closecodes/";
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final byte[] page = resource("/web/index.html");
  private final Supplier<String> metrics;

  /**
   * @param metrics the scrape, in Prometheus' text format
   */
  PageHandler(Supplier<String> metrics) {
    this.metrics = metrics;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (path.equals("/") || path.equals("/index.html")) {
      write(response, callback, "text/html; charset=utf-8", page);
      return true;
    }
    if (path.equals("/session") && HttpMethod.POST.is(request.getMethod())) {
      byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
      write(response, callback, "text/plain; charset=utf-8", token);
      return true;
    }
    if (path.equals("/metrics")) {
      write(response, callback, PROMETHEUS_TEXT, metrics.get().getBytes(StandardCharsets.UTF_8));
      return true;
    }
    if (path.startsWith(BINDINGS) && path.indexOf('/', BINDINGS.length()) < 0) {
      String name = path.substring(BINDINGS.length());
      String type =
          name.endsWith(".js")
              ? "text/javascript; charset=utf-8"
              : name.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8";
      byte[] file = optionalResource("/META-INF/closecodes/" + name);
      if (file != null) {
        write(response, callback, type, file);
        return true;
      }
    }
    return false;
  }

  private static void write(Response response, Callback callback, String type, byte[] body) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static byte[] resource(String path) {
    byte[] found = optionalResource(path);
    if (found == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return found;
  }

  private static byte[] optionalResource(String path) {
    try (InputStream in = PageHandler.class.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
