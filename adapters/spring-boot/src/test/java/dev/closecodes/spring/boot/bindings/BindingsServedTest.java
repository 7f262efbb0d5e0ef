package dev.closecodes.spring.boot.bindings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The client bindings as a browser or a tool fetches them, over real HTTP from Spring MVC on Tomcat
 * and from WebFlux on Reactor Netty: every format with its type and charset, at the default path
 * and at {@code closecodes.bindings.path}, and nowhere with {@code
 * closecodes.bindings.enabled=false}. The set {@code ShopCloses} of the tests writes them as {@code
 * shop.*}.
 */
class BindingsServedTest {

  /**
   * The bindings of the set {@code shop}, and the {@code Content-Type} each must be served with.
   */
  private static final Map<String, String> TYPES =
      Map.of(
          "shop.js", "text/javascript;charset=UTF-8",
          "shop.ts", "application/typescript;charset=UTF-8",
          "shop.d.ts", "application/typescript;charset=UTF-8",
          "shop.json", "application/json",
          "shop.md", "text/markdown;charset=UTF-8",
          "shop.py", "text/x-python;charset=utf-8",
          "shop.go", "text/x-go;charset=utf-8",
          "shop.kt", "text/x-kotlin;charset=utf-8",
          "shop.asyncapi.yaml", "application/yaml");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** An application with nothing of its own: what it serves comes from the auto-configuration. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Application {}

  @ParameterizedTest
  @EnumSource(names = {"SERVLET", "REACTIVE"})
  void everyFormatIsServedWithItsTypeAndCharset(WebApplicationType stack) throws Exception {
    try (ConfigurableApplicationContext app = start(stack)) {
      List<String> served = new ArrayList<>();
      for (Map.Entry<String, String> binding : TYPES.entrySet()) {
        HttpResponse<byte[]> response = get(app, "/closecodes/" + binding.getKey());

        assertEquals(200, response.statusCode(), binding.getKey());
        assertArrayEquals(file(binding.getKey()), response.body(), binding.getKey());
        served.add(
            binding.getKey() + " " + response.headers().firstValue("Content-Type").orElse("none"));
      }
      assertEquals(
          TYPES.entrySet().stream().map(type -> type.getKey() + " " + type.getValue()).toList(),
          served);
      assertEquals(404, get(app, "/closecodes/nothing.js").statusCode());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"SERVLET", "REACTIVE"})
  void theIndexOfTypesIsNoBindingAndIsNotServed(WebApplicationType stack) throws Exception {
    assertTrue(file("content-types.properties").length > 0, "the processor wrote the index");
    try (ConfigurableApplicationContext app = start(stack)) {
      assertEquals(404, get(app, "/closecodes/content-types.properties").statusCode());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"SERVLET", "REACTIVE"})
  void aConditionalRequestForAnUnchangedBindingIsNotModified(WebApplicationType stack)
      throws Exception {
    try (ConfigurableApplicationContext app = start(stack)) {
      String lastModified =
          get(app, "/closecodes/shop.js").headers().firstValue("Last-Modified").orElseThrow();

      HttpResponse<byte[]> again =
          HTTP.send(
              request(app, "/closecodes/shop.js").header("If-Modified-Since", lastModified).build(),
              HttpResponse.BodyHandlers.ofByteArray());

      assertEquals(304, again.statusCode());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"SERVLET", "REACTIVE"})
  void thePathPropertyMovesThem(WebApplicationType stack) throws Exception {
    try (ConfigurableApplicationContext app =
        start(stack, "closecodes.bindings.path=/static/close-codes/")) {
      HttpResponse<byte[]> moved = get(app, "/static/close-codes/shop.d.ts");

      assertEquals(200, moved.statusCode());
      assertEquals(
          "application/typescript;charset=UTF-8",
          moved.headers().firstValue("Content-Type").orElseThrow());
      assertArrayEquals(file("shop.d.ts"), moved.body());
      assertEquals(404, get(app, "/closecodes/shop.d.ts").statusCode());
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"SERVLET", "REACTIVE"})
  void theyCanBeTurnedOff(WebApplicationType stack) throws Exception {
    try (ConfigurableApplicationContext app = start(stack, "closecodes.bindings.enabled=false")) {
      for (String binding : TYPES.keySet()) {
        assertEquals(404, get(app, "/closecodes/" + binding).statusCode(), binding);
      }
    }
  }

  private static ConfigurableApplicationContext start(
      WebApplicationType stack, String... properties) {
    return new SpringApplicationBuilder(Application.class)
        .web(stack)
        .bannerMode(Banner.Mode.OFF)
        .properties("server.address=127.0.0.1", "server.port=0", "logging.level.root=warn")
        .properties(properties)
        .run();
  }

  private static HttpResponse<byte[]> get(ConfigurableApplicationContext app, String path)
      throws Exception {
    return HTTP.send(request(app, path).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest.Builder request(ConfigurableApplicationContext app, String path) {
    String port = app.getEnvironment().getRequiredProperty("local.server.port");
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10));
  }

  private static byte[] file(String name) throws Exception {
    try (InputStream in =
        BindingsServedTest.class
            .getClassLoader()
            .getResourceAsStream("META-INF/closecodes/" + name)) {
      return in.readAllBytes();
    }
  }
}
