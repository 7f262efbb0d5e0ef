package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.closecodes.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** The diagnostics of one file come out in source order, whichever rule finds each. */
class DiagnosticOrderTest {

  @ProcessorTest
  void diagnosticsOfOneFileComeInSourceOrder() {
    JavaFileObject source =
        Fixtures.source(
            "test.Server",
            """
            package test;

            import dev.closecodes.CloseCodes;
            import dev.closecodes.Code;
            import dev.closecodes.runtime.CloseEvent;

            public interface Server {
              @CloseCodes(endpoint = "no spaces")
              interface ZooCloses {
                @Code(value = 4001, reason = "Bye")
                CloseEvent bye(String unused);

                @Code(reason = "{nobody}", value = 999)
                CloseEvent gone();

                CloseEvent uncoded();
              }

              @CloseCodes
              interface AppCloses {
                @Code(value = 5000)
                CloseEvent tooHigh();
              }
            }
            """);

    Compilation compilation = compile(source);

    List<String> reported =
        compilation.diagnostics().stream()
            .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
            .map(diagnostic -> diagnostic.getLineNumber() + " " + tag(diagnostic))
            .toList();
    assertThat(reported)
        .containsExactly(
            "8 [closecodes.endpoint-name]",
            "11 [closecodes.unused-parameter]",
            "13 [closecodes.placeholder]",
            "13 [closecodes.range]",
            "16 [closecodes.missing-code]",
            "21 [closecodes.range]")
        .inOrder();
  }

  private static String tag(Diagnostic<? extends JavaFileObject> diagnostic) {
    String message = diagnostic.getMessage(Locale.ROOT);
    return message.indexOf(']') < 0 ? message : message.substring(0, message.indexOf(']') + 1);
  }
}
