package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.assertErrorAt;
import static dev.closecodes.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;

class ReconnectRuleTest {

  /** A set {@code test.ChatCloses} that names {@code Reconnect} by its simple name. */
  private static JavaFileObject chat(String annotation, String... members) {
    return Fixtures.source(
        "test.ChatCloses",
        """
        package test;

        import dev.closecodes.CloseCodes;
        import dev.closecodes.Code;
        import dev.closecodes.Reconnect;
        import dev.closecodes.runtime.CloseEvent;

        %s
        public interface ChatCloses {
        %s
        }
        """
            .formatted(annotation, String.join("\n", members)));
  }

  @ProcessorTest
  void theSetDefaultMustBeAMeaning() {
    JavaFileObject source =
        chat("@CloseCodes(reconnect = Reconnect.DEFAULT)", "  @Code(4001) CloseEvent bye();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.reconnect] @CloseCodes(reconnect = DEFAULT) leaves the set's codes without a"
            + " default; choose NEVER, BACKOFF, AT_ONCE or NEW_CREDENTIALS",
        source,
        "reconnect = Reconnect.DEFAULT",
        ".DEFAULT");
    assertThat(compilation).hadErrorCount(1);
  }

  @ProcessorTest
  void aMinimumDelayIsAtMostADayAndNotNegative() {
    JavaFileObject source =
        chat(
            "@CloseCodes",
            "  @Code(value = 4001, reconnect = Reconnect.BACKOFF, notBeforeSeconds = 86401)",
            "  CloseEvent tooLong();",
            "  @Code(value = 4002, reconnect = Reconnect.BACKOFF, notBeforeSeconds = -1)",
            "  CloseEvent negative();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.reconnect] notBeforeSeconds = 86401 of ChatCloses.tooLong() is out of"
            + " range; a minimum delay is 0 to 86400 seconds (a day)",
        source,
        "86401",
        "86401");
    assertErrorAt(
        compilation,
        "[closecodes.reconnect] notBeforeSeconds = -1 of ChatCloses.negative() is out of range",
        source,
        "= -1",
        "-1");
    assertThat(compilation).hadErrorCount(2);
  }

  @ProcessorTest
  void aMinimumDelayContradictsNeverAndAtOnce() {
    JavaFileObject source =
        chat(
            "@CloseCodes",
            "  @Code(value = 4001, reconnect = Reconnect.NEVER, notBeforeSeconds = 30)",
            "  CloseEvent banned();",
            "  @Code(value = 4002, reconnect = Reconnect.AT_ONCE, notBeforeSeconds = 31)",
            "  CloseEvent restarted();",
            "  @Code(value = 4003, notBeforeSeconds = 32)",
            "  CloseEvent fallsBackToTheSet();");

    Compilation compilation = compile(source);

    assertErrorAt(
        compilation,
        "[closecodes.reconnect] notBeforeSeconds = 30 of ChatCloses.banned() contradicts"
            + " reconnect = NEVER, which does not wait; declare reconnect = BACKOFF or"
            + " NEW_CREDENTIALS, or drop the minimum delay",
        source,
        "notBeforeSeconds = 30",
        "30");
    assertErrorAt(
        compilation,
        "[closecodes.reconnect] notBeforeSeconds = 31 of ChatCloses.restarted() contradicts"
            + " reconnect = AT_ONCE, which does not wait",
        source,
        "notBeforeSeconds = 31",
        "31");
    assertErrorAt(
        compilation,
        "[closecodes.reconnect] notBeforeSeconds = 32 of ChatCloses.fallsBackToTheSet()"
            + " contradicts reconnect = NEVER (the set's default), which does not wait",
        source,
        "notBeforeSeconds = 32",
        "32");
    assertThat(compilation).hadErrorCount(3);
  }

  @ProcessorTest
  void waitingMeaningsTakeAMinimumDelayUpToADay() {
    Compilation compilation =
        compile(
            chat(
                "@CloseCodes(reconnect = Reconnect.BACKOFF)",
                "  @Code(value = 4001, notBeforeSeconds = 5) CloseEvent fromTheSet();",
                "  @Code(value = 4002, reconnect = Reconnect.NEW_CREDENTIALS,"
                    + " notBeforeSeconds = 86400)",
                "  CloseEvent expired();",
                "  @Code(value = 4003, reconnect = Reconnect.AT_ONCE) CloseEvent restarted();",
                "  @Code(value = 4004, reconnect = Reconnect.DEFAULT) CloseEvent asTheSet();"));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
