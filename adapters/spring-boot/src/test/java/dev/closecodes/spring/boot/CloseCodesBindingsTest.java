package dev.closecodes.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.env.MockEnvironment;

/** The type a binding is served with is the one its format declared in the module's index. */
class CloseCodesBindingsTest {

  @Test
  void aFileIsServedWithTheTypeItsFormatDeclared(@TempDir Path module) throws Exception {
    Path directory = Files.createDirectories(module.resolve("META-INF/closecodes"));
    Files.writeString(
        directory.resolve("content-types.properties"),
        "chat.list=text/plain;charset=UTF-8\nchat.ts=application/x-typescript\n");
    Files.writeString(directory.resolve("chat.list"), "4002 ROOM_FULL\n");
    Files.writeString(directory.resolve("chat.ts"), "export {};\n");
    Files.writeString(directory.resolve("chat.md"), "# chat\n");
    Files.writeString(directory.resolve("chat.bin"), "?");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {module.toUri().toURL()}, null)) {
      CloseCodesBindings bindings = CloseCodesBindings.of(new MockEnvironment(), loader);

      assertEquals(
          MediaType.parseMediaType("text/plain;charset=UTF-8"),
          typeOf(bindings, directory.resolve("chat.list")));
      assertEquals(
          MediaType.parseMediaType("application/x-typescript"),
          typeOf(bindings, directory.resolve("chat.ts")));
      // A file the index does not name, as a module built before the index had it.
      assertEquals(
          MediaType.parseMediaType("text/markdown;charset=UTF-8"),
          typeOf(bindings, directory.resolve("chat.md")));
      assertNull(typeOf(bindings, directory.resolve("chat.bin")));
    }
  }

  private static MediaType typeOf(CloseCodesBindings bindings, Path file) {
    HttpHeaders headers = new HttpHeaders();
    bindings.headers(new FileSystemResource(file), headers);
    return headers.getContentType();
  }
}
