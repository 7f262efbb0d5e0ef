package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** How the browser tests start Chromium. */
class ChromiumTest {

  @RegisterExtension
  static final RequiredTool CHROMIUM = RequiredTool.onPath("chromium", Chromium.INSTALL);

  @RegisterExtension
  static final RequiredTool CHROMEDRIVER = RequiredTool.onPath("chromedriver", Chromium.INSTALL);

  /** What happens when another process takes the free port picked for chromedriver first. */
  @Test
  void aDriverWhosePortWasTakenIsStartedAgainOnAnother() throws Exception {
    List<String> ports = new ArrayList<>();
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      WebDriver browser =
          Chromium.start(
              CHROMIUM.path(),
              CHROMEDRIVER.path(),
              driver -> {
                if (ports.isEmpty()) {
                  ports.add("taken");
                  return driver.usingPort(taken.getLocalPort());
                }
                ports.add("free");
                return driver.usingAnyFreePort();
              });
      try {
        browser.get("data:text/html,<title>up</title>");
        assertEquals("up", browser.getTitle());
      } finally {
        browser.quit();
      }
    }
    assertEquals(List.of("taken", "free"), ports);
  }
}
