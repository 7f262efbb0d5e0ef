package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AsyncAPI fragment, which the processor writes only when asked: of the endpoint of {@link
 * BindingFormatsTest} against a golden file, and validated by the official {@code
 * @asyncapi/parser} on its own and as a team's document uses it, through {@code $ref}; the hostile
 * reason read back by the parser as it is.
 */
class AsyncApiBindingsTest {

  /** Parses each document named; prints the errors and fails if any has one. */
  private static final String PARSE =
      """
      const { Parser, fromFile } = require("@asyncapi/parser");

      async function parse(file) {
        const { document, diagnostics } = await fromFile(new Parser(), file).parse();
        const errors = diagnostics.filter((d) => d.severity === 0);
        if (document === undefined || errors.length > 0) {
          console.log(`${file}: ${JSON.stringify(errors, null, 2)}`);
          process.exit(1);
        }
        return document;
      }
      """;

  private static Compilation compilation;

  @BeforeAll
  static void compileTheEndpoints(@TempDir Path library) throws IOException {
    compilation = Fixtures.bindingEndpoints(library, "json,asyncapi");
  }

  private static String file(String name) throws IOException {
    return BindingsTest.resource(compilation, name);
  }

  @Test
  void theFragmentMatchesItsGoldenFile() throws IOException {
    Fixtures.assertMatchesGolden(file("shop.asyncapi.yaml"), "golden/bindings/shop.asyncapi.yaml");
  }

  /**
   * The reason's limit is 123 bytes of UTF-8, which no JSON Schema keyword says: maxLength would
   * count characters and let 62 "é" (124 bytes) through.
   */
  @Test
  void theReasonsLimitIsGivenInBytesNotAsMaxLength() throws IOException {
    String fragment = file("shop.asyncapi.yaml");

    assertThat(fragment).doesNotContain("maxLength");
    assertThat(fragment)
        .contains(
            "          reason:\n            type: string\n"
                + "            x-closecodes-max-utf8-bytes: 123\n");
  }

  @Test
  void theFragmentIsServedAsYaml() throws IOException {
    assertThat(file("content-types.properties"))
        .contains("\nshop.asyncapi.yaml=application/yaml\n");
  }

  /**
   * A team's document ({@code asyncapi/shop-api.yaml}, which docs/client-bindings.md shows)
   * references the fragment's messages from its own channel and operation: the parser resolves
   * them, and they carry the code, its reason and its contract.
   */
  @Test
  void aDocumentThatReferencesTheFragmentIsValid(@TempDir Path work) throws Exception {
    Path node = RequiredTool.require("node");
    Path modules = RequiredTool.nodeModules("@asyncapi/parser");
    Files.writeString(work.resolve("shop.asyncapi.yaml"), file("shop.asyncapi.yaml"));
    try (InputStream document =
        AsyncApiBindingsTest.class.getResourceAsStream("/asyncapi/shop-api.yaml")) {
      Files.copy(
          Objects.requireNonNull(document, "asyncapi/shop-api.yaml"),
          work.resolve("shop-api.yaml"));
    }
    Files.writeString(
        work.resolve("check.cjs"),
        PARSE
            + """
            (async () => {
              await parse("shop.asyncapi.yaml");
              const api = await parse("shop-api.yaml");
              const shown = api.operations().get("closedByTheShop").messages().all().map((m) => {
                const payload = m.payload().json();
                const reconnect = m.extensions().get("x-closecodes-reconnect").value();
                return [m.name(), payload.properties.code.const, m.summary(),
                    reconnect.kind, reconnect.notBeforeSeconds, payload.deprecated === true];
              });
              const codes = api.components().schemas().get("ShopCloseCode").enum();
              console.log(JSON.stringify([shown, codes.includes(4100), codes.includes(4009)]));
            })();
            """);

    String out =
        BindingsTest.run(
            work, Map.of("NODE_PATH", modules.toString()), node.toString(), "check.cjs");

    assertThat(out.strip())
        .isEqualTo(
            "[[[\"CART_EXPIRED\",4001,\"Cart {cart} expired\",\"NEVER\",0,false],"
                + "[\"CHECKED_OUT\",4002,\"Checked out\",\"NEVER\",0,true],"
                + "[\"GOING_AWAY\",1001,\"Going Away\",\"BACKOFF\",0,false]],true,true]");
  }

  /**
   * The parser reads the hostile reason back as javac read it, and the description as the JSON
   * manifest holds it.
   */
  @Test
  void theParserReadsTheHostileTextBackAsItIs(@TempDir Path work) throws Exception {
    Path node = RequiredTool.require("node");
    Path modules = RequiredTool.nodeModules("@asyncapi/parser");
    Files.writeString(work.resolve("hostile.asyncapi.yaml"), file("hostile.asyncapi.yaml"));
    Files.writeString(work.resolve("hostile.json"), file("hostile.json"));
    Files.writeString(
        work.resolve("check.cjs"),
        PARSE
            + """
            const { readFileSync } = require("node:fs");
            (async () => {
              const message = (await parse("hostile.asyncapi.yaml")).components().messages()
                  .get("AWKWARD");
              const manifest = JSON.parse(readFileSync("hostile.json", "utf8")).sets[0].codes[0];
              if (message.description() !== manifest.description) {
                throw new Error(`${message.description()} is not ${manifest.description}`);
              }
              if (message.extensions().get("x-closecodes-reason").value() !== message.summary()) {
                throw new Error("the reason differs from the summary");
              }
              process.stdout.write(message.summary());
            })();
            """);

    String out =
        BindingsTest.run(
            work, Map.of("NODE_PATH", modules.toString()), node.toString(), "check.cjs");

    assertThat(out).isEqualTo(LanguageBindingsTest.HOSTILE);
  }
}
