package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest's JSON Schema, as the processor jar ships it, accepts every manifest the processor
 * writes, and refuses what breaks the format.
 */
class ManifestSchemaTest {

  private static JsonSchema schema;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void loadTheSchema() throws IOException {
    try (InputStream in =
        ManifestSchemaTest.class
            .getClassLoader()
            .getResourceAsStream("META-INF/closecodes/manifest.schema.json")) {
      assertThat(in).isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static Set<ValidationMessage> validate(String manifest) throws IOException {
    return schema.validate(JSON.readTree(manifest));
  }

  @Test
  void aManifestOfOneSetIsValid() throws IOException {
    Compilation chat = Fixtures.compile(GenerationTest.CHAT);

    assertThat(validate(BindingsTest.resource(chat, "default.json"))).isEmpty();
  }

  @Test
  void aManifestOfTwoModulesWithDeprecatedAndRetiredCodesIsValid(@TempDir Path library)
      throws IOException {
    Compilation shop =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withClasspath(
                Fixtures.libraryOnClassPath(
                    library,
                    JavaFileObjects.forResource("bindings/com/example/pay/PayCloses.java")))
            .compile(JavaFileObjects.forResource("bindings/com/example/shop/ShopCloses.java"));

    assertThat(validate(BindingsTest.resource(shop, "shop.json"))).isEmpty();
  }

  @Test
  void whatBreaksTheFormatIsRefused() throws IOException {
    String valid =
        """
        {"format": "closecodes-manifest", "version": 1, "endpoint": "chat", "sets": [
          {"interface": "a.B", "codes": [
            {"code": 4001, "name": "BYE", "reason": "", "description": ""}]}]}
        """;
    assertThat(validate(valid)).isEmpty();

    assertThat(validate(valid.replace("4001", "5000"))).isNotEmpty();
    assertThat(validate(valid.replace("\"version\": 1", "\"version\": 2"))).isNotEmpty();
    assertThat(validate(valid.replace(", \"reason\": \"\"", ""))).isNotEmpty();
    assertThat(
            validate(
                valid.replace(
                    "\"description\": \"\"", "\"description\": \"\"," + " \"deprecated\": true")))
        .isNotEmpty();
  }

  @Test
  void aContractIsAKindOfReconnectAndAMinimumDelayOnlyWhereClientsWait() throws IOException {
    String code = "\"description\": \"\"";
    String valid =
        """
        {"format": "closecodes-manifest", "version": 1, "endpoint": "chat", "sets": [
          {"interface": "a.B", "codes": [
            {"code": 4001, "name": "BYE", "reason": "", "description": ""}]}]}
        """;
    assertThat(validate(valid.replace(code, code + ", \"reconnect\": \"NEVER\""))).isEmpty();
    assertThat(
            validate(
                valid.replace(
                    code, code + ", \"reconnect\": \"BACKOFF\", \"notBeforeSeconds\": 86400")))
        .isEmpty();

    assertThat(validate(valid.replace(code, code + ", \"reconnect\": \"DEFAULT\""))).isNotEmpty();
    assertThat(
            validate(
                valid.replace(code, code + ", \"reconnect\": \"NEVER\", \"notBeforeSeconds\": 30")))
        .isNotEmpty();
    assertThat(
            validate(
                valid.replace(
                    code, code + ", \"reconnect\": \"BACKOFF\", \"notBeforeSeconds\": 86401")))
        .isNotEmpty();
    assertThat(validate(valid.replace(code, code + ", \"notBeforeSeconds\": 30"))).isNotEmpty();
  }
}
