package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chat.go}, the chat endpoint's Go package, in a Go module beside a test of its own: {@code
 * gofmt} finds nothing to format, {@code go vet} nothing to report, and the test's codes and steps
 * are those of the Java side.
 */
class GoBindingsTest {

  private static final String HOW =
      "install it with 'apt-get install golang-go' (.ci/run does) to check chat.go";

  @RegisterExtension static final RequiredTool GO = RequiredTool.onPath("go", HOW);
  @RegisterExtension static final RequiredTool GOFMT = RequiredTool.onPath("gofmt", HOW);

  @Test
  void chatGoIsFormattedVetsAndPassesATestOfTheChatsCodes(@TempDir Path work) throws Exception {
    Files.writeString(work.resolve("go.mod"), "module example.com/chatclient\n\ngo 1.19\n");
    Path chat = Files.createDirectory(work.resolve("chat"));
    ChatBindings.copy("chat.go", chat);
    Files.writeString(
        chat.resolve("chat_test.go"),
        """
        package chat

        import (
        \t"testing"
        \t"time"
        )

        func TestTheChatsCodes(t *testing.T) {
        \tif CodeRoomFull != %d || CodeRoomFull.String() != "ROOM_FULL" {
        \t\tt.Fatalf("ROOM_FULL is %%d, %%v", int(CodeRoomFull), CodeRoomFull)
        \t}
        \tif step := NextStep(int(CodeRoomFull), 1, func() float64 { return 0.5 }); step.Action != ActionStop {
        \t\tt.Fatalf("after ROOM_FULL: %%+v", step)
        \t}
        \tstep := NextStep(int(CodeRateLimited), 1, func() float64 { return 0 })
        \tif step.Action != ActionReconnect || step.Delay != %d*time.Millisecond {
        \t\tt.Fatalf("after RATE_LIMITED: %%+v", step)
        \t}
        }
        """
            .formatted(
                ChatCloseCode.ROOM_FULL.code(),
                ChatCloseCode.RATE_LIMITED.reconnect().notBefore().toMillis()));
    Path target = Path.of("target").toAbsolutePath();
    Map<String, String> offline =
        Map.of(
            "GOFLAGS",
            "-mod=mod",
            "GOPROXY",
            "off",
            "GOCACHE",
            target.resolve("go-cache").toString(),
            "GOPATH",
            target.resolve("go-path").toString());

    assertEquals("", GOFMT.run(work, Map.of(), "-l", "-d", "."));
    GO.run(work, offline, "vet", "./...");
    String out = GO.run(work, offline, "test", "-count=1", "-v", "./...");

    assertTrue(out.contains("--- PASS: TestTheChatsCodes"), out);
  }
}
