package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.chat;
import static dev.closecodes.processor.Fixtures.compile;
import static dev.closecodes.processor.Fixtures.set;
import static dev.closecodes.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;

/** Numbers and constant names are unique per endpoint. */
class EndpointRuleTest {

  @ProcessorTest
  void sameCodeTwiceInOneSetNamesTheFirstDeclaration() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4001, reason = \"Session expired\")",
            "  CloseEvent sessionExpired();",
            "  @Code(value = 4001, reason = \"Token revoked\")",
            "  CloseEvent tokenRevoked();");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertErrorAt(
        compilation,
        "[closecodes.duplicate] close code 4001 is already declared by"
            + " ChatCloses.sessionExpired(); give each code its own number",
        source,
        "reason = \"Token revoked\"",
        "4001");
    assertThat(compilation).hadErrorCount(1);
  }

  @ProcessorTest
  void sameCodeInTwoSetsOfOneCompilationNamesTheOtherSet() {
    JavaFileObject chat = chat("  @Code(4001) CloseEvent sessionExpired();");
    JavaFileObject game = set("GameCloses", "@CloseCodes", "  @Code(4001) CloseEvent gameOver();");

    Compilation compilation = compile(chat, game);

    assertThat(compilation).failed();
    assertErrorAt(
        compilation,
        "close code 4001 is already declared by ChatCloses.sessionExpired()",
        game,
        "gameOver",
        "4001");
    assertThat(compilation).hadErrorCount(1);
  }

  @ProcessorTest
  void everyRepeatIsReported() {
    JavaFileObject source =
        chat(
            "  @Code(4001) CloseEvent a();",
            "  @Code(4001) CloseEvent b();",
            "  @Code(4001) CloseEvent c();");

    Compilation compilation = compile(source);

    assertErrorAt(compilation, "already declared by ChatCloses.a()", source, "b();", "4001");
    assertErrorAt(compilation, "already declared by ChatCloses.a()", source, "c();", "4001");
    assertThat(compilation).hadErrorCount(2);
  }

  @ProcessorTest
  void sameConstantInTwoSetsOfOneEndpointNamesTheOtherSet() {
    JavaFileObject chat =
        source(
            "test.chat.ChatCloses",
            """
        package test.chat;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        @CloseCodes(endpoint = "chat")
        public interface ChatCloses {
          @Code(4100) CloseEvent banned();
        }
        """);
    JavaFileObject moderation =
        source(
            "test.moderation.ModerationCloses",
            """
        package test.moderation;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.runtime.CloseEvent;

        @CloseCodes(endpoint = "chat")
        public interface ModerationCloses {
          @Code(4101) CloseEvent banned();
        }
        """);

    Compilation compilation = compile(chat, moderation);

    assertErrorAt(
        compilation,
        "[closecodes.name-clash] constant BANNED of endpoint \"chat\" is already declared by"
            + " ChatCloses.banned(); the endpoint's client bindings name codes by their constants,"
            + " so rename one of them",
        moderation,
        "banned()",
        "banned");
    assertThat(compilation).hadErrorCount(1);
  }

  @ProcessorTest
  void setsOfDifferentEndpointsMayShareConstants() {
    JavaFileObject chat =
        set("ChatCloses", "@CloseCodes(endpoint = \"chat\")", "  @Code(4100) CloseEvent banned();");
    JavaFileObject game =
        set("GameCloses", "@CloseCodes(endpoint = \"game\")", "  @Code(4101) CloseEvent banned();");

    assertThat(compile(chat, game)).succeededWithoutWarnings();
  }

  @ProcessorTest
  void aSetCannotDeclareANumberItRetired() {
    JavaFileObject source =
        set(
            "ChatCloses",
            "@CloseCodes(retired = {4003, 4004})",
            "  @Code(4001) CloseEvent bye();",
            "  @Code(4004) CloseEvent again();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.retired] close code 4004 was retired by"
            + " test.ChatCloses; clients still know its old meaning, so give this code a new number",
        source,
        "@Code(4004)",
        "4004");
    assertThat(compilation).hadErrorCount(1);
  }

  @ProcessorTest
  void anotherSetOfTheEndpointCannotReuseARetiredNumberWhicheverComesFirst() {
    JavaFileObject chat =
        set("ChatCloses", "@CloseCodes(retired = 4003)", "  @Code(4001) CloseEvent bye();");
    JavaFileObject before = set("AppCloses", "@CloseCodes", "  @Code(4003) CloseEvent reused();");
    JavaFileObject after = set("ZooCloses", "@CloseCodes", "  @Code(4003) CloseEvent zoo();");

    Compilation first = compile(chat, before);
    Compilation second = compile(chat, after);

    assertErrorAt(
        first,
        "[closecodes.retired] close code 4003, retired here, is declared by"
            + " AppCloses.reused(); a retired number is never used again, so renumber that code or do"
            + " not retire this number",
        chat,
        "retired = 4003",
        "4003");
    assertErrorAt(
        second,
        "[closecodes.retired] close code 4003 was retired by test.ChatCloses",
        after,
        "@Code(4003)",
        "4003");
  }

  @ProcessorTest
  void otherEndpointsMayUseARetiredNumber() {
    JavaFileObject chat =
        set("ChatCloses", "@CloseCodes(retired = 4003)", "  @Code(4001) CloseEvent bye();");
    JavaFileObject game =
        set(
            "GameCloses",
            "@CloseCodes(endpoint = \"game\")",
            "  @Code(4003) CloseEvent gameOver();");

    assertThat(compile(chat, game)).succeededWithoutWarnings();
  }

  @ProcessorTest
  void aNumberRetiredTwiceInOneSetIsReported() {
    JavaFileObject source =
        set("ChatCloses", "@CloseCodes(retired = {4003, 4003})", "  @Code(4001) CloseEvent bye();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.duplicate] close code 4003 is already listed as retired by test.ChatCloses;"
            + " list each retired number once",
        source,
        "retired",
        "4003}");
    assertThat(compilation).hadErrorCount(1);
  }

  @ProcessorTest
  void twoSetsOfTheEndpointCannotBothRetireANumber() {
    JavaFileObject chat =
        set("ChatCloses", "@CloseCodes(retired = 4003)", "  @Code(4001) CloseEvent bye();");
    JavaFileObject game =
        set("GameCloses", "@CloseCodes(retired = 4003)", "  @Code(4002) CloseEvent over();");

    Compilation compilation = compile(chat, game);

    assertErrorAt(
        compilation,
        "[closecodes.duplicate] close code 4003 is already listed as retired by test.ChatCloses",
        game,
        "retired",
        "4003");
    assertThat(compilation).hadErrorCount(1);
  }
}
