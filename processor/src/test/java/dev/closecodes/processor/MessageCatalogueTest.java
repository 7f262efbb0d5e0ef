package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.closecodes.processor.diagnostics.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table of rules documents every diagnostic the processor can report. */
class MessageCatalogueTest {

  @Test
  void readmeDocumentsEveryMessageTag() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));

    for (Message message : Message.values()) {
      assertWithMessage("README.md documents %s", message)
          .that(readme)
          .contains("`" + message.tag() + "`");
    }
  }
}
