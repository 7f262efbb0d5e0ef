package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each format of the bindings of an endpoint whose sets come from two modules: a library on the
 * class path ({@code PayCloses}, with a constant that is no JavaScript identifier) and the
 * application ({@code ShopCloses}, with a template, a deprecated code, a retired number and a
 * reason that every format must carry as it is).
 */
class BindingFormatsTest {

  private static Compilation shop;

  @BeforeAll
  static void compileTheEndpoint(@TempDir Path library) throws IOException {
    List<File> classPath =
        Fixtures.libraryOnClassPath(
            library, JavaFileObjects.forResource("bindings/com/example/pay/PayCloses.java"));
    shop =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Xlint:all")
            .withClasspath(classPath)
            .compile(JavaFileObjects.forResource("bindings/com/example/shop/ShopCloses.java"));
    assertThat(shop).succeededWithoutWarnings();
  }

  private static String file(String name) throws IOException {
    return BindingsTest.resource(shop, name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop.json", "shop.ts", "shop.js", "shop.d.ts", "shop.md"})
  void eachFormatMatchesItsGoldenFile(String name) throws IOException {
    String actual = file(name);
    String golden = "golden/bindings/" + name;
    Fixtures.assertMatchesGolden(actual, golden);
  }

  @Test
  void theManifestReadsBackFieldByField() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(file("shop.json"));

    assertThat(manifest.get("format").asText()).isEqualTo("closecodes-manifest");
    assertThat(manifest.get("version").asInt()).isEqualTo(1);
    assertThat(manifest.get("endpoint").asText()).isEqualTo("shop");
    JsonNode pay = manifest.get("sets").get(0);
    assertThat(pay.get("interface").asText()).isEqualTo("com.example.pay.PayCloses");
    assertThat(pay.get("codes").get(0).get("name").asText()).isEqualTo("PAY\u20ac");
    assertThat(pay.has("retired")).isFalse();
    JsonNode shopSet = manifest.get("sets").get(1);
    assertThat(shopSet.get("interface").asText()).isEqualTo("com.example.shop.ShopCloses");
    assertThat(shopSet.get("retired").get(0).asInt()).isEqualTo(4009);
    JsonNode codes = shopSet.get("codes");
    assertThat(codes.get(0).get("code").asInt()).isEqualTo(4001);
    assertThat(codes.get(0).get("reason").asText()).isEqualTo("Cart {cart} expired");
    assertThat(codes.get(0).get("description").asText()).isEqualTo("The cart expired.");
    assertThat(codes.get(0).has("deprecated")).isFalse();
    assertThat(codes.get(1).get("deprecated").asBoolean()).isTrue();
    assertThat(codes.get(1).get("deprecation").asText())
        .isEqualTo("Send cartExpired(String) instead.");
    assertThat(codes.get(2).get("reason").asText())
        .isEqualTo("Say \"bye\" \\ */ </script> `tick` ``two`` | pipe \0 \033 \177 \u2028 end");
  }

  @Test
  void theReferenceShowsTextAsDataNeverAsMarkup() throws IOException {
    String markdown = file("shop.md");

    assertThat(markdown)
        .contains(
            "| 4003 | `AWKWARD` | ```Say \"bye\" \\ */ </script> `tick`"
                + " ``two`` \\| pipe \\u0000 \\u001b \\u007f \\u2028 end``` |");
    // The javadoc is HTML, whose tags the description drops; what is left is escaped.
    assertThat(markdown)
        .contains(
            "Text every format carries as it is: alert(1) \\*bold\\* \\|" + " pipe \\`tick\\`.");
    assertThat(markdown).contains("| 4002 | `CHECKED_OUT` (deprecated) | `Checked out` |");
    assertThat(markdown)
        .contains("Deprecated: Send cartExpired(String) instead. The order was" + " checked out.");
    assertThat(markdown).contains("| 4009 | `com.example.shop.ShopCloses` |");
    assertThat(markdown.chars().filter(c -> c < 0x20 && c != '\n').count()).isEqualTo(0);
  }

  @Test
  void theTypeScriptAndTheDeclarationsPassTscStrict(@TempDir Path work) throws Exception {
    Path tsc = RequiredTool.require("tsc");
    for (String name : List.of("shop.ts", "shop.d.ts", "shop.js")) {
      Files.writeString(work.resolve(name), file(name));
    }
    String use =
        """
        import { CloseCodes, describeClose, type CloseCodeName, type CloseInfoName } from "%s";

        export function label(name: CloseInfoName): string {
          switch (name) {
            case "CART_EXPIRED": return "cart";
            case "PAY\u20ac": return "paid";
            case "GOING_AWAY": return "bye";
            case "RETIRED": return "old";
            default: return name;
          }
        }
        const info = describeClose({ code: 4100, reason: "Paid" });
        export const name: CloseInfoName | undefined = info?.name;
        export const euro: 4100 = CloseCodes["PAY\u20ac"];
        export const declared: CloseCodeName = "CHECKED_OUT";
        export const checkedOut: 4002 = CloseCodes.CHECKED_OUT;
        """;
    Files.writeString(work.resolve("use.ts"), use.formatted("./shop"));
    Files.writeString(work.resolve("use-declarations.ts"), use.formatted("./shop.js"));

    BindingsTest.tscStrict(work, tsc, "shop.ts", "use.ts");
    BindingsTest.tscStrict(work, tsc, "shop.d.ts", "use-declarations.ts");
  }

  @Test
  void theJavaScriptDescribesEveryKindOfCode(@TempDir Path work) throws Exception {
    Path node = RequiredTool.require("node");
    Files.writeString(work.resolve("shop.mjs"), file("shop.js"));
    Files.writeString(
        work.resolve("check.mjs"),
        """
        import { CloseCodes, describeClose } from "./shop.mjs";
        const names = (...codes) => codes.map(code => describeClose({ code, reason: "" })?.name);
        console.log(JSON.stringify([
          CloseCodes["PAY\u20ac"], Object.keys(CloseCodes),
          names(4100, 4001, 1001, 4009, 4998, "toString", "__proto__"),
          describeClose({ code: 4003, reason: "x" }).description]));
        """);

    String out = BindingsTest.run(work, node.toString(), "check.mjs");

    assertThat(out.strip())
        .isEqualTo(
            "[4100,[\"PAY\u20ac\",\"CART_EXPIRED\",\"CHECKED_OUT\","
                + "\"AWKWARD\"],[\"PAY\u20ac\",\"CART_EXPIRED\",\"GOING_AWAY\",\"RETIRED\",null,null,null],"
                + "\"Text every format carries as it is: alert(1) *bold* | pipe `tick`.\"]");
  }
}
