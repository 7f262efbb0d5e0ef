package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.chat;
import static dev.closecodes.processor.Fixtures.compile;
import static dev.closecodes.processor.Fixtures.set;
import static dev.closecodes.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;

class NameRuleTest {

  @ProcessorTest
  void twoMethodsThatBecomeOneConstant() {
    JavaFileObject source =
        chat("  @Code(4001) CloseEvent roomFull();", "  @Code(4002) CloseEvent room_full();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.name-clash] ChatCloses.roomFull() and ChatCloses.room_full() both become the"
            + " constant ROOM_FULL; rename one of them",
        source,
        "room_full",
        "room_full");
  }

  @ProcessorTest
  void overloadsBecomeOneConstant() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4001) CloseEvent kick();",
            "  @Code(value = 4002, reason = \"{why}\") CloseEvent kick(String why);");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "ChatCloses.kick() and ChatCloses.kick(java.lang.String) both"
            + " become the constant KICK",
        source,
        "kick(String why)",
        "kick");
  }

  @ProcessorTest
  void generatedTypeWouldReplaceAHandWrittenOne() {
    JavaFileObject existing =
        source(
            "test.ChatCloseCode",
            """
        package test;

        public enum ChatCloseCode { A }
        """);
    JavaFileObject source = chat("  @Code(4001) CloseEvent bye();");

    Compilation compilation = compile(existing, source);

    assertErrorAt(
        compilation,
        "[closecodes.type-clash] the generated type test.ChatCloseCode would clash with an"
            + " existing type; choose another name with @CloseCodes(enumName = \"...\")",
        source,
        "@CloseCodes",
        "@CloseCodes");
  }

  @ProcessorTest
  void overriddenNameClashIsPinnedOnTheAttribute() {
    JavaFileObject existing =
        source(
            "test.Existing",
            """
        package test;

        public class Existing {}
        """);
    JavaFileObject source =
        set(
            "ChatCloses",
            "@CloseCodes(eventsName = \"Existing\")",
            "  @Code(4001) CloseEvent bye();");

    Compilation compilation = compile(existing, source);

    assertErrorAt(
        compilation,
        "the generated type test.Existing would clash with an existing type; choose another name"
            + " with @CloseCodes(eventsName = \"...\")",
        source,
        "eventsName",
        "\"Existing\"");
  }

  @ProcessorTest
  void twoSetsThatGenerateTheSameType() {
    JavaFileObject chat = chat("  @Code(4001) CloseEvent bye();");
    JavaFileObject other = set("ChatCloseCodes", "@CloseCodes", "  @Code(4002) CloseEvent hi();");

    Compilation compilation = compile(chat, other);

    // Sets are checked in name order: test.ChatCloseCodes comes before test.ChatCloses.
    assertErrorAt(
        compilation,
        "the generated type test.ChatCloseCode is also generated for test.ChatCloseCodes; choose"
            + " another name with @CloseCodes(enumName = \"...\")",
        chat,
        "@CloseCodes",
        "@CloseCodes");
  }

  @ProcessorTest
  void invalidTypeName() {
    JavaFileObject source =
        set(
            "ChatCloses",
            "@CloseCodes(enumName = \"Chat Codes\")",
            "  @Code(4001) CloseEvent bye();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.type-name] \"Chat Codes\" is not a valid Java type name; choose another"
            + " enumName",
        source,
        "enumName",
        "\"Chat Codes\"");
  }

  @ProcessorTest
  void namesCanBeChosen() {
    Compilation compilation =
        compile(
            set(
                "ChatCloses",
                "@CloseCodes(enumName = \"ChatCode\", eventsName = \"Closing\")",
                "  @Code(4001) CloseEvent bye();"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ChatCode");
    assertThat(compilation).generatedSourceFile("test.Closing");
  }

  @ProcessorTest
  void endpointNamedDefaultWouldShareTheDefaultEndpointsFiles() {
    JavaFileObject source =
        set("ChatCloses", "@CloseCodes(endpoint = \"default\")", "  @Code(4001) CloseEvent bye();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.endpoint-name] endpoint \"default\" is the name of the files of the sets that"
            + " name no endpoint; leave endpoint out to join them, or choose another name",
        source,
        "@CloseCodes",
        "\"default\"");
  }

  @ProcessorTest
  void endpointNameMustBeAscii() {
    JavaFileObject source =
        set(
            "ChatCloses",
            "@CloseCodes(endpoint = \"\u00fcber\")",
            "  @Code(4001) CloseEvent bye();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "endpoint \"\u00fcber\" names files of client bindings; use ASCII"
            + " letters, digits, '.', '_' and '-'",
        source,
        "@CloseCodes",
        "\"");
  }

  @ProcessorTest
  void generatedNameThatWouldHideATypeTheGeneratedCodeUses() {
    JavaFileObject closeEvent =
        set(
            "ChatCloses",
            "@CloseCodes(enumName = \"CloseEvent\")",
            "  @Code(4001) CloseEvent bye();");
    JavaFileObject string =
        set(
            "ShopCloses",
            "@CloseCodes(eventsName = \"String\")",
            "  @Code(4002) CloseEvent goodbye();");
    JavaFileObject index =
        set(
            "GameCloses",
            "@CloseCodes(enumName = \"Index\")",
            "  @Code(4003) CloseEvent farewell();");

    Compilation compilation = compile(closeEvent, string, index);

    assertErrorAt(
        compilation,
        "[closecodes.type-clash] the generated type name \"CloseEvent\""
            + " would hide dev.closecodes.runtime.CloseEvent, which the generated code uses; choose"
            + " another name with @CloseCodes(enumName = \"...\")",
        closeEvent,
        "@CloseCodes",
        "\"CloseEvent\"");
    assertErrorAt(
        compilation,
        "the generated type name \"String\" would hide java.lang.String in"
            + " package test; choose another name with @CloseCodes(eventsName = \"...\")",
        string,
        "@CloseCodes",
        "\"String\"");
    assertErrorAt(
        compilation,
        "the generated type name \"Index\" would hide the class nested in"
            + " the generated enum; choose another name with @CloseCodes(enumName = \"...\")",
        index,
        "@CloseCodes",
        "\"Index\"");
    assertThat(compilation).hadErrorCount(3);
  }
}
