package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.assertWarningAt;
import static dev.closecodes.processor.Fixtures.chat;
import static dev.closecodes.processor.Fixtures.compile;
import static dev.closecodes.processor.Fixtures.set;

import com.google.testing.compile.Compilation;
import dev.closecodes.runtime.CloseCode;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      0     | close code 0 is in 0-999, not used by RFC 6455; declare application codes in 4000-4999
      999   | close code 999 is in 0-999, not used by RFC 6455
      1016  | close code 1016 is in 1000-2999, reserved for the WebSocket protocol and its extensions (RFC 6455)
      2999  | close code 2999 is in 1000-2999, reserved for the WebSocket protocol
      3000  | close code 3000 is in 3000-3999, for libraries and frameworks registered with IANA; declare application codes in 4000-4999, or set @CloseCodes(registeredRange = true)
      3999  | close code 3999 is in 3000-3999
      5000  | close code 5000 is in 5000-65535, not defined by RFC 6455; peers reject it; declare application codes in 4000-4999
      65535 | close code 65535 is in 5000-65535
      65536 | close code 65536 does not fit the 16 bits of a close frame (0-65535); declare application codes in 4000-4999
      -1    | close code -1 does not fit the 16 bits of a close frame
      1001  | close code 1001 is the standard code Going Away of RFC 6455, which is sent as StandardCloseCode.GOING_AWAY, not declared
      1006  | close code 1006 is the standard code Abnormal Closure of RFC 6455
      """)
  void codeOutsideTheApplicationRangeIsAnErrorOnTheValue(int code, String message) {
    JavaFileObject source =
        chat("  @Code(value = " + code + ", reason = \"Bye\")", "  CloseEvent bye();");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertErrorAt(
        compilation,
        "[closecodes.range] " + message,
        source,
        "value = " + code,
        String.valueOf(code));
  }

  @ProcessorTest
  void retiredNumbersObeyTheRangeRules() {
    JavaFileObject source =
        set(
            "ChatCloses",
            "@CloseCodes(retired = {1000, 70000, 3001, 2000})",
            "  @Code(4001) CloseEvent bye();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.range] close code 1000 is the standard code Normal Closure of RFC 6455",
        source,
        "retired",
        "1000");
    assertErrorAt(
        compilation,
        "[closecodes.range] close code 70000 does not fit the 16 bits of a close frame",
        source,
        "retired",
        "70000");
    assertErrorAt(
        compilation,
        "[closecodes.range] close code 3001 is in 3000-3999, for libraries and frameworks",
        source,
        "retired",
        "3001");
    assertErrorAt(
        compilation,
        "[closecodes.range] close code 2000 is in 1000-2999",
        source,
        "retired",
        "2000");
    assertThat(compilation).hadErrorCount(4);
  }

  @ProcessorTest
  void aRegisteredLibraryMayRetireNumbersOfItsRange() {
    Compilation compilation =
        compile(
            set(
                "LibraryCloses",
                "@CloseCodes(registeredRange = true, retired = 3001)",
                "  @Code(4001) CloseEvent bye();"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ProcessorTest
  void applicationRangeBoundsAreAccepted() {
    Compilation compilation =
        compile(chat("  @Code(4000) CloseEvent first();", "  @Code(4999) CloseEvent last();"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ProcessorTest
  void registeredRangeIsAcceptedWhenTheSetOptsInWithAWarning() {
    JavaFileObject source =
        set(
            "LibraryCloses",
            "@CloseCodes(registeredRange = true)",
            "  @Code(value = 3001, reason = \"Library says bye\")",
            "  CloseEvent bye();",
            "  @Code(4001) CloseEvent app();");

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertWarningAt(
        compilation,
        "[closecodes.iana] close code 3001 is in 3000-3999: register it in the IANA WebSocket"
            + " Close Code Number Registry",
        source,
        "value = 3001",
        "3001");
    assertThat(compilation).hadWarningCount(1);
  }

  @ProcessorTest
  void codeGivenAsAConstantExpressionIsCheckedByItsValue() {
    JavaFileObject source = chat("  int BASE = 4990;", "  @Code(BASE + 10) CloseEvent over();");

    Compilation compilation = compile(source);

    assertErrorAt(compilation, "close code 5000 is in 5000-65535", source, "BASE + 10", "+");
  }

  @ProcessorTest
  void theIanaReminderCanBeSuppressedOnTheSetOrTheMethod() {
    JavaFileObject onSet =
        set(
            "LibraryCloses",
            "@SuppressWarnings(\"closecodes.iana\") @CloseCodes(registeredRange = true)",
            "  @Code(3001) CloseEvent bye();");
    JavaFileObject onMethod =
        set(
            "OtherCloses",
            "@CloseCodes(registeredRange = true)",
            "  @SuppressWarnings(\"closecodes\") @Code(3002) CloseEvent goodbye();",
            "  @Code(3003) CloseEvent stillWarned();");

    Compilation compilation = compile(onSet, onMethod);

    assertThat(compilation).succeeded();
    assertWarningAt(compilation, "close code 3003 is in 3000-3999", onMethod, "3003", "3003");
    // ecj also warns of tokens it does not know itself ("Unsupported @SuppressWarnings").
    assertThat(
            compilation.warnings().stream()
                .filter(warning -> warning.getMessage(null).contains("[closecodes.")))
        .hasSize(1);
  }

  @ProcessorTest
  void aNumberThatAStackOnTheClassPathSendsItselfIsAWarning() throws Exception {
    JavaFileObject source =
        chat(
            "  /** The session ended. */",
            "  @Code(value = 4500, reason = \"Ended\") CloseEvent ended();");

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertWarningAt(
        compilation,
        "[closecodes.reserved] close code 4500 is also sent by Spring"
            + " WebSocket (CloseStatus.SESSION_NOT_RELIABLE, the session became unreliable), which is on"
            + " the class path; a client cannot tell the two apart, so choose another number",
        source,
        "4500",
        "4500");
    CloseCode ended =
        (CloseCode)
            new CompiledClasses(compilation).loadClass("test.ChatCloseCode").getEnumConstants()[0];
    assertThat(ended.description())
        .isEqualTo(
            "The session ended. Also sent by Spring WebSocket"
                + " (CloseStatus.SESSION_NOT_RELIABLE, the session became unreliable).");
  }
}
