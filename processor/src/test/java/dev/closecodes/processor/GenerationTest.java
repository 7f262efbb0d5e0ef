package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.Fixtures.compile;
import static dev.closecodes.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated sources of a representative declaration, compared with golden files. */
class GenerationTest {

  /** A declaration with every kind of code and reason text that needs care in generated code. */
  static final JavaFileObject CHAT =
      source(
          "com.example.chat.ChatCloses",
          """
      package com.example.chat;

      import dev.closecodes.CloseCodes;
      import dev.closecodes.Code;
      import dev.closecodes.Reconnect;
      import dev.closecodes.runtime.CloseEvent;

      /** Why the chat server ends a connection. */
      @CloseCodes
      public interface ChatCloses {

        /** The session token expired; sign in again, then reconnect. */
        @Code(value = 4001, reason = "Session expired", reconnect = Reconnect.NEW_CREDENTIALS)
        CloseEvent sessionExpired();

        /**
         * The room reached its member limit.
         *
         * @param room the room's name
         * @return the event
         */
        @Code(value = 4002, reason = "Room {room} is full")
        CloseEvent roomFull(String room);

        /** Text that generated code must carry exactly: "quotes", \\back\\slashes. */
        @Code(value = 4003, reason = "Say \\"bye\\" \\\\ */ {{braces}} caf\\u00e9 \\ud83d\\ude00 \\u0000 tab\\tend")
        CloseEvent awkwardText();

        @Code(
            value = 4010,
            reason = "{count}{limit} messages",
            reconnect = Reconnect.BACKOFF,
            notBeforeSeconds = 30)
        CloseEvent numbers(int count, long limit);

        @Code(4099)
        CloseEvent noReason();
      }
      """);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "com.example.chat.ChatCloseCode",
        "com.example.chat.ChatCloseEvents",
        "dev.closecodes.aggregated.com_example_chat_ChatCloses"
      })
  void generatedSourceMatchesGoldenFile(String type) throws IOException {
    Compilation compilation = compile(CHAT);

    assertThat(compilation).succeededWithoutWarnings();
    String actual = generated(compilation, type);
    String golden = "golden/" + type.substring(type.lastIndexOf('.') + 1) + ".java";
    Fixtures.assertMatchesGolden(actual, golden);
  }

  @Test
  void outputIsDeterministic() throws IOException {
    Compilation first = compile(CHAT);
    Compilation second = compile(CHAT);

    for (String type : new String[] {"ChatCloseCode", "ChatCloseEvents"}) {
      String name = "com.example.chat." + type;
      assertThat(generated(second, name)).isEqualTo(generated(first, name));
    }
  }

  @Test
  void generatedSourcesArePlainAscii() throws IOException {
    Compilation compilation = compile(CHAT);

    String source =
        generated(compilation, "com.example.chat.ChatCloseCode")
            + generated(compilation, "com.example.chat.ChatCloseEvents");
    assertThat(
            source
                .chars()
                .filter(c -> c > 0x7e || (c < 0x20 && c != '\n'))
                .mapToObj(Integer::toHexString)
                .toList())
        .isEmpty();
  }

  @Test
  void everyGeneratedSetIsListedForServiceLoaderSorted() throws IOException {
    JavaFileObject game =
        source(
            "com.example.game.GameCloses",
            """
        package com.example.game;

        @dev.closecodes.CloseCodes
        public interface GameCloses {
          @dev.closecodes.Code(4100) dev.closecodes.runtime.CloseEvent over();
        }
        """);

    Compilation compilation = compile(game, CHAT);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.closecodes.runtime.CloseCodeSet")
        .contentsAsUtf8String()
        .isEqualTo(
            "com.example.chat.ChatCloseCode$Provider\n"
                + "com.example.game.GameCloseCode$Provider\n");
  }

  static String generated(Compilation compilation, String qualifiedName) throws IOException {
    return compilation
        .generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName))
        .getCharContent(false)
        .toString();
  }
}
