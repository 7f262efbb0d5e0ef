package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.closecodes.runtime.CloseCodeRegistry;
import dev.closecodes.runtime.CloseCodeSet;
import dev.closecodes.runtime.CloseEvent;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated providers say their endpoint, so that the registry types a number within it. */
class EndpointProviderTest {

  private static JavaFileObject set(String name, String endpoint, String constant) {
    return Fixtures.source(
        "com.example." + name + "Closes",
        "package com.example;\n"
            + "import dev.closecodes.CloseCodes;\n"
            + "import dev.closecodes.Code;\n"
            + "import dev.closecodes.runtime.CloseEvent;\n"
            + "@CloseCodes(endpoint = \""
            + endpoint
            + "\")\n"
            + "public interface "
            + name
            + "Closes {\n"
            + "  @Code(value = 4001, reason = \"Bye\") CloseEvent "
            + constant
            + "();\n"
            + "}\n");
  }

  @Test
  void twoEndpointsReusingANumberEachResolveToTheirOwnConstant() throws Exception {
    Compilation compilation =
        Fixtures.compile(
            set("Chat", "chat", "sessionExpired"),
            set("Game", "game", "kicked"),
            set("Lobby", "", "lobbyClosed"));
    assertThat(compilation).succeeded();
    ClassLoader loader = new CompiledClasses(compilation);
    CloseCodeSet chat = provider(loader, "Chat");
    CloseCodeSet game = provider(loader, "Game");
    CloseCodeSet lobby = provider(loader, "Lobby");

    CloseCodeRegistry registry = CloseCodeRegistry.of(chat, game, lobby);

    assertThat(chat.endpoint()).isEqualTo("chat");
    assertThat(lobby.endpoint()).isEmpty();
    assertThat(registry.endpoints()).containsExactly("chat", "game", "").inOrder();
    assertThat(registry.endpoint("game").resolve(4001).name()).isEqualTo("KICKED");
    assertThat(registry.endpoint("chat").resolve(4001).name()).isEqualTo("SESSION_EXPIRED");
    assertThat(registry.endpoint("").resolve(4001).name()).isEqualTo("LOBBY_CLOSED");
    CloseEvent received = CloseEvent.received(4001, "Bye", true);
    assertThat(received.typedBy(registry.endpoint("game")).closeCode().orElseThrow())
        .isSameInstanceAs(registry.endpoint("game").resolve(4001));
  }

  private static CloseCodeSet provider(ClassLoader loader, String name) throws Exception {
    return (CloseCodeSet)
        loader
            .loadClass("com.example." + name + "CloseCode$Provider")
            .getConstructor()
            .newInstance();
  }
}
