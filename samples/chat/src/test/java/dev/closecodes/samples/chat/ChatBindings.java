package dev.closecodes.samples.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The chat endpoint's client bindings, as the build wrote them into the class output. */
final class ChatBindings {

  private ChatBindings() {}

  /** Copies {@code chat.<extension>} into {@code directory}, where a client's tools read it. */
  static Path copy(String file, Path directory) throws IOException {
    try (InputStream bindings =
        ChatBindings.class.getResourceAsStream("/META-INF/closecodes/" + file)) {
      if (bindings == null) {
        throw new IOException("the build wrote no META-INF/closecodes/" + file);
      }
      Path copy = directory.resolve(file);
      Files.write(copy, bindings.readAllBytes());
      return copy;
    }
  }
}
