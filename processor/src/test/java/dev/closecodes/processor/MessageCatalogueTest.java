package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.closecodes.processor.diagnostics.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics reference (docs/diagnostics.md) documents every diagnostic the processor can
 * report.
 */
class MessageCatalogueTest {

  @Test
  void referenceDocumentsEveryMessageTag() throws IOException {
    String reference = Files.readString(Path.of("..", "docs", "diagnostics.md"));

    for (Message message : Message.values()) {
      assertWithMessage("docs/diagnostics.md documents %s", message)
          .that(reference)
          .contains("`" + message.tag() + "`");
    }
  }
}
