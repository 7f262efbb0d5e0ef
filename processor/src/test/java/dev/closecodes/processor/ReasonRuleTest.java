package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.chat;
import static dev.closecodes.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;

class ReasonRuleTest {

  @ProcessorTest
  void reasonOverOneHundredTwentyThreeBytesGivesTheByteCount() {
    String reason = "é".repeat(62); // 124 bytes in 62 chars
    JavaFileObject source =
        chat("  @Code(value = 4001, reason = \"" + reason + "\")", "  CloseEvent tooLong();");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertErrorAt(
        compilation,
        "[closecodes.reason-length] reason is 124 bytes of UTF-8, 1 over the 123 that a close"
            + " frame carries; shorten it",
        source,
        "reason = ",
        "\"é");
  }

  @ProcessorTest
  void reasonOfExactlyOneHundredTwentyThreeBytesFits() {
    Compilation compilation =
        compile(
            chat(
                "  @Code(value = 4001, reason = \"" + "€".repeat(41) + "\")",
                "  CloseEvent full();"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ProcessorTest
  void templateWhoseFixedTextAloneIsTooLongIsAnError() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4001, reason = \"{room}" + "x".repeat(130) + "\")",
            "  CloseEvent full(String room);");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.reason-length] reason has 130 bytes of UTF-8 besides its placeholders, 7 over"
            + " the 123 that a close frame carries; shorten its text",
        source,
        "reason = ",
        "\"{room}");
  }

  @ProcessorTest
  void unpairedSurrogateCannotBeEncoded() {
    JavaFileObject source =
        chat("  @Code(value = 4001, reason = \"bad \\uD83D here\")", "  CloseEvent broken();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.reason-encoding] reason has an unpaired surrogate U+D83D at index 4, which"
            + " UTF-8 cannot encode",
        source,
        "reason = ",
        "\"bad");
  }

  @ProcessorTest
  void placeholderWithoutParameterListsTheParameters() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4002, reason = \"Room {rooom} is full\")",
            "  CloseEvent roomFull(String room);");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.placeholder] reason placeholder {rooom} names no parameter of"
            + " ChatCloses.roomFull(java.lang.String); its parameters are room",
        source,
        "reason = ",
        "\"Room");
  }

  @ProcessorTest
  void placeholderInAMethodWithoutParameters() {
    JavaFileObject source =
        chat("  @Code(value = 4002, reason = \"Room {room} is full\")", "  CloseEvent roomFull();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "names no parameter of ChatCloses.roomFull(); the method has no" + " parameters",
        source,
        "reason = ",
        "\"Room");
  }

  @ProcessorTest
  void parameterMissingFromTheReasonIsAnErrorOnTheParameter() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4002, reason = \"Room {room} is full\")",
            "  CloseEvent roomFull(String room, int limit);");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.unused-parameter] parameter limit does not appear in the reason; add {limit}"
            + " to the reason or remove the parameter",
        source,
        "int limit",
        "limit");
    assertThat(compilation).hadErrorCount(1);
  }

  @ProcessorTest
  void unclosedBrace() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4002, reason = \"Room {room is full\")",
            "  CloseEvent roomFull(String room);");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.placeholder-syntax] reason has an unclosed '{' at index 5; write {name} for a"
            + " parameter, {{ and }} for literal braces",
        source,
        "reason = ",
        "\"Room");
    assertThat(compilation).hadErrorCount(1);
  }

  @ProcessorTest
  void unmatchedClosingBraceAndEmptyPlaceholderAreBothReported() {
    JavaFileObject source =
        chat("  @Code(value = 4002, reason = \"a } b {}\")", "  CloseEvent odd();");

    Compilation compilation = compile(source);

    assertErrorAt(compilation, "reason has an unmatched '}' at index 2", source, "reason", "\"a");
    assertErrorAt(
        compilation, "reason has an empty placeholder {} at index 6", source, "reason", "\"a");
    assertThat(compilation).hadErrorCount(2);
  }

  @ProcessorTest
  void placeholderThatIsNoJavaName() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4002, reason = \"Room {room name}\")",
            "  CloseEvent roomFull(String room);");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "reason has {room name}, which is not a parameter name, at index 5",
        source,
        "reason",
        "\"Room");
  }

  @ProcessorTest
  void doubledBracesAreLiteralBraces() {
    Compilation compilation =
        compile(
            chat(
                "  @Code(value = 4002, reason = \"{{{room}}} is full\")",
                "  CloseEvent roomFull(String room);"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ProcessorTest
  void arrayParameterIsRejected() {
    JavaFileObject source =
        chat(
            "  @Code(value = 4002, reason = \"Rooms {rooms} are full\")",
            "  CloseEvent roomsFull(String[] rooms);");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.parameter-type] parameter rooms is an array, whose text would be its"
            + " identity, not its contents",
        source,
        "String[] rooms",
        "rooms)");
  }
}
