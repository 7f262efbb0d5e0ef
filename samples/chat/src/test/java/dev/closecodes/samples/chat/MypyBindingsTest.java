package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chat.py}, the chat endpoint's Python module, as {@code mypy --strict} checks a client, and
 * the sample's own client {@code src/test/python/chat_member.py}, whose excerpt the docs show.
 */
class MypyBindingsTest {

  @RegisterExtension
  static final RequiredTool PYTHON =
      RequiredTool.python(
          "mypy, websockets",
          "install them with 'apt-get install python3-mypy python3-websockets' (.ci/run does) to"
              + " check chat.py and its client chat_member.py");

  @Test
  void aClientOfChatPyPassesMypyStrict(@TempDir Path work) throws Exception {
    ChatBindings.copy("chat.py", work);
    Files.writeString(
        work.resolve("client.py"),
        """
        import random
        from typing import Optional
        from chat import Action, CloseCode, CloseInfo, ReconnectStep, describe, next_step

        def label(code: int) -> str:
            info: Optional[CloseInfo] = describe(code)
            return "unknown" if info is None else info.name

        def seconds_to_wait(code: int, attempt: int) -> Optional[float]:
            step: ReconnectStep = next_step(code, attempt, random.random)
            return None if step.action is Action.STOP else step.delay_ms / 1000

        full: int = CloseCode.ROOM_FULL
        """);

    String out =
        PYTHON.run(
            work, Map.of(), "-m", "mypy", "--strict", "--no-incremental", "chat.py", "client.py");

    assertEquals("Success: no issues found in 2 source files\n", out);
  }

  /** Against the websockets that Debian ships (10.4), whose top-level names mypy cannot see. */
  @Test
  void theChatMemberPassesMypyStrict(@TempDir Path work) throws Exception {
    ChatBindings.copy("chat.py", work);
    Files.copy(Path.of("src", "test", "python", "chat_member.py"), work.resolve("chat_member.py"));

    String out =
        PYTHON.run(
            work,
            Map.of(),
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "chat.py",
            "chat_member.py");

    assertEquals("Success: no issues found in 2 source files\n", out);
  }
}
