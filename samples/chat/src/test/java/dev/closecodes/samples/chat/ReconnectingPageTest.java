package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.samples.chat.ChatServer.Handshake;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page's member stays connected through the generated {@code reconnectingWebSocket}, against a
 * real chat server that counts each member's handshakes: the page obeys the contract that {@code
 * ChatCloses} and {@code ModerationCloses} declare. The page's backoff is shortened (windows of 300
 * ms, then 100 ms doubling to 800 ms); the codes' minimum delays are as declared.
 */
class ReconnectingPageTest {

  @RegisterExtension
  static final RequiredTool CHROMIUM = RequiredTool.onPath("chromium", Chromium.INSTALL);

  @RegisterExtension
  static final RequiredTool CHROMEDRIVER = RequiredTool.onPath("chromedriver", Chromium.INSTALL);

  private static final String QUICK_BACKOFF = "?firstMs=300&baseMs=100&capMs=800";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern COUNTDOWN = Pattern.compile("attempt 1 at [^,]+, in (\\d+\\.\\d) s");

  private static WebDriver browser;
  private ChatServer server;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Chromium.start(CHROMIUM.path(), CHROMEDRIVER.path());
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      browser.findElement(By.id("member-leave")).click();
      server.close();
    }
  }

  /** Starts a server, loads its page, and connects its member as {@code name}. */
  private void stayConnectedAs(String name) throws Exception {
    server = ChatServer.start("127.0.0.1", 0, ChatPolicy.defaults());
    browser.get(server.pageUri() + QUICK_BACKOFF);
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('member-name').value = arguments[0]", name);
    browser.findElement(By.id("member-connect")).click();
    awaitState("connected");
    assertEquals(1, server.handshakes(name).size());
  }

  private static void awaitState(String state) {
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.attributeToBe(By.id("member-status"), "data-state", state));
  }

  private static String status() {
    return browser.findElement(By.id("member-status")).getText();
  }

  private static void memberSays(String what) {
    browser.findElement(By.cssSelector("button[data-member='" + what + "']")).click();
  }

  private static void waitUntil(String what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("within " + WAIT + ": " + what + "; the page says: " + status());
      }
      Thread.sleep(20);
    }
  }

  /** The codes of the member's closes, in order. */
  private static List<?> closeCodes() {
    return (List<?>)
        ((JavascriptExecutor) browser)
            .executeScript("return window.chat.memberCloses.map(close => close.code)");
  }

  /** When, by the page's clock (the machine's, as the server's), the member's close arrived. */
  private static long closeArrival(int code) {
    return ((Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return window.chat.memberCloses.find(close => close.code === arguments[0]).at",
                    code))
        .longValue();
  }

  @Test
  void afterABanThePageStaysAway() throws Exception {
    stayConnectedAs("dana");

    try (JdkClient ada = JdkClient.connect(server.webSocketUri(), "ada")) {
      ada.send("ban dana");
      ada.expect("banned dana");
    }

    awaitState("stopped");
    assertEquals("stopped after 4100 BANNED: its contract says never", status());
    // Twice the longest window of the page's backoff and more: a reconnect would have come.
    Thread.sleep(2_000);
    assertEquals(1, server.handshakes("dana").size(), "handshakes after the ban");
  }

  @Test
  void afterAnExpiredSessionThePageSignsInAgainAndComesBackOnce() throws Exception {
    stayConnectedAs("erin");

    memberSays("expire");

    waitUntil("a second handshake", () -> server.handshakes("erin").size() == 2);
    awaitState("connected");
    Thread.sleep(1_000);
    List<Handshake> handshakes = server.handshakes("erin");
    assertEquals(2, handshakes.size(), "one attempt after the expired session");
    Pattern sessionToken = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}");
    assertTrue(sessionToken.matcher(handshakes.get(0).token()).matches(), handshakes.toString());
    assertTrue(sessionToken.matcher(handshakes.get(1).token()).matches(), handshakes.toString());
    assertNotEquals(handshakes.get(0).token(), handshakes.get(1).token(), "a fresh token");
  }

  @Test
  void afterARateLimitThePageWaitsAtLeastTheDeclaredMinimumAndShowsTheCountdown() throws Exception {
    stayConnectedAs("finn");

    memberSays("flood");

    awaitState("waiting");
    Matcher first = COUNTDOWN.matcher(status());
    assertTrue(first.find(), status());
    Thread.sleep(1_500);
    Matcher later = COUNTDOWN.matcher(status());
    assertTrue(later.find(), status());
    assertTrue(
        Double.parseDouble(later.group(1)) < Double.parseDouble(first.group(1)),
        "the countdown runs: " + first.group() + ", then " + later.group());
    waitUntil("a second handshake", () -> server.handshakes("finn").size() == 2);
    long minimum = ChatCloseCode.RATE_LIMITED.reconnect().notBefore().toMillis();
    long waited = server.handshakes("finn").get(1).at().toEpochMilli() - closeArrival(4029);
    System.out.printf(
        "ReconnectingPageTest: the page came back %d ms after the rate limit (minimum %d ms)%n",
        waited, minimum);
    assertTrue(waited >= minimum, "came back after " + waited + " ms, minimum " + minimum);
    awaitState("connected");
  }

  @Test
  void afterARestartThePageComesBackByItself() throws Exception {
    stayConnectedAs("gus");
    String token = server.handshakes("gus").get(0).token();
    int port = server.pageUri().getPort();

    long stoppedAt = System.currentTimeMillis();
    server.close();
    awaitState("waiting");
    Thread.sleep(1_000);
    server = ChatServer.start("127.0.0.1", port, ChatPolicy.defaults());
    long startedAt = System.currentTimeMillis();

    waitUntil(
        "the page's handshake with the restarted server",
        () -> !server.handshakes("gus").isEmpty());
    long back = server.handshakes("gus").get(0).at().toEpochMilli();
    System.out.printf(
        "ReconnectingPageTest: back %d ms after the server stopped, %d ms after it was up again%n",
        back - stoppedAt, back - startedAt);
    awaitState("connected");
    assertEquals(token, server.handshakes("gus").get(0).token(), "the same session");
    List<?> codes = closeCodes();
    assertEquals(1001L, codes.get(0), "the server's shutdown: " + codes);
    assertTrue(codes.contains(1006L), "attempts while the server was down: " + codes);
  }
}
