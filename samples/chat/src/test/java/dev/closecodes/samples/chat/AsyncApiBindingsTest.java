package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chat.asyncapi.yaml}, the chat endpoint's AsyncAPI 3.0 fragment, as the official {@code
 * @asyncapi/parser} reads it: valid, with the Java side's codes and contracts.
 */
class AsyncApiBindingsTest {

  @RegisterExtension
  static final RequiredTool NODE =
      RequiredTool.node(
          "@asyncapi/parser", "run .ci/run once (it installs them) to check chat.asyncapi.yaml");

  @Test
  void theParserAcceptsTheFragmentAndReadsTheChatsCodes(@TempDir Path work) throws Exception {
    ChatBindings.copy("chat.asyncapi.yaml", work);
    Files.writeString(
        work.resolve("check.cjs"),
        """
        const { Parser, fromFile } = require("@asyncapi/parser");
        (async () => {
          const { document, diagnostics } =
              await fromFile(new Parser(), "chat.asyncapi.yaml").parse();
          const errors = diagnostics.filter((d) => d.severity === 0);
          if (document === undefined || errors.length > 0) {
            console.log(JSON.stringify(errors, null, 2));
            process.exit(1);
          }
          const messages = document.components().messages();
          const shown = ["ROOM_FULL", "RATE_LIMITED"].map((name) => {
            const message = messages.get(name);
            const reconnect = message.extensions().get("x-closecodes-reconnect").value();
            return [name, message.payload().json().properties.code.const, reconnect.kind,
                reconnect.notBeforeSeconds].join(" ");
          });
          console.log(shown.join("\\n"));
        })();
        """);

    String out =
        NODE.run(work, Map.of("NODE_PATH", RequiredTool.NODE_MODULES.toString()), "check.cjs");

    assertEquals(
        line(ChatCloseCode.ROOM_FULL) + line(ChatCloseCode.RATE_LIMITED),
        out,
        "the parser reads what the Java side declares");
  }

  private static String line(ChatCloseCode code) {
    return "%s %d %s %d\n"
        .formatted(
            code.name(),
            code.code(),
            code.reconnect().kind(),
            code.reconnect().notBefore().toSeconds());
  }
}
