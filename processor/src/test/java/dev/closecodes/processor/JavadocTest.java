package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.closecodes.runtime.CloseCode;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Javadoc carried into generated files stays valid there, though they lack the declaring file's
 * imports, and {@code description()} is the plain text a reader sees.
 */
class JavadocTest {

  private static final JavaFileObject ROOM =
      Fixtures.source(
          "test.rooms.Room",
          """
      package test.rooms;

      /** A room. */
      public final class Room {
        /** @return whether it is full */
        public boolean full() {
          return true;
        }
      }
      """);

  private static final JavaFileObject LOBBY =
      Fixtures.source(
          "test.LobbyCloses",
          """
      package test;

      import dev.closecodes.CloseCodes;
      import dev.closecodes.Code;
      import dev.closecodes.runtime.CloseEvent;
      import test.rooms.Room;

      /** Why the lobby closes, see {@link Room}. */
      @CloseCodes
      public interface LobbyCloses {
        /**
         * The {@link Room} is full &amp; {@linkplain Room#full() locked}, {@literal <x>} &lt;y&gt;.
         * Second sentence.
         *
         * @see Room#full()
         */
        @Code(value = 4001, reason = "Full")
        CloseEvent full();

        /** Tom &amp; Jerry&#39;s {@code a < b} room&#x21; */
        @Code(value = 4002, reason = "Closed")
        CloseEvent closed();
      }
      """);

  private static Compilation compileWithDoclint() {
    return Compiler.javac()
        .withProcessors(new CloseCodesProcessor())
        .withOptions("-Xlint:all", "-Werror", "-Xdoclint:reference,html,syntax")
        .compile(ROOM, LOBBY);
  }

  @Test
  void linksInCopiedJavadocPassDoclintInTheGeneratedFiles() {
    assertThat(compileWithDoclint()).succeededWithoutWarnings();
  }

  @Test
  void linksBecomeTextThatNeedsNoImport() throws IOException {
    String source = GenerationTest.generated(compileWithDoclint(), "test.LobbyCloseEvents");

    assertThat(source).contains("The {@code Room} is full &amp; locked, {@literal <x>}");
    assertThat(source).contains("@see \"Room.full()\"");
  }

  @Test
  void descriptionIsPlainTextWithEntitiesAndLiteralsRead() throws Exception {
    ClassLoader loader = new CompiledClasses(compileWithDoclint());
    Object[] codes = loader.loadClass("test.LobbyCloseCode").getEnumConstants();

    assertThat(((CloseCode) codes[0]).description())
        .isEqualTo("The Room is full & locked, <x> <y>.");
    assertThat(((CloseCode) codes[1]).description()).isEqualTo("Tom & Jerry's a < b room!");
  }
}
