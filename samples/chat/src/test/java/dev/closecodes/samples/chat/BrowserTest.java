package dev.closecodes.samples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium loads the chat page, a person's clicks trigger each case, and the page shows
 * what the browser's own {@code CloseEvent} said: {@code code}, {@code reason}, {@code wasClean},
 * and the code's name, which the page looks up with the JavaScript the processor generated.
 */
class BrowserTest {

  @RegisterExtension
  static final RequiredTool CHROMIUM = RequiredTool.onPath("chromium", Chromium.INSTALL);

  @RegisterExtension
  static final RequiredTool CHROMEDRIVER = RequiredTool.onPath("chromedriver", Chromium.INSTALL);

  private static ChatServer server;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    server = ChatServer.start("127.0.0.1", 0, ChatPolicy.defaults());
    browser = Chromium.start(CHROMIUM.path(), CHROMEDRIVER.path());
    browser.get(server.pageUri().toString());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Clicks the case's button and reads the row the page adds for it. */
  private static Map<String, String> trigger(String caseName) {
    browser.findElement(By.cssSelector("button[data-case='" + caseName + "']")).click();
    WebElement row =
        new WebDriverWait(browser, Duration.ofSeconds(15))
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-case='" + caseName + "']")));
    Map<String, String> cells =
        Stream.of("code", "name", "reason", "wasClean")
            .collect(
                Collectors.toMap(
                    field -> field,
                    field -> row.findElement(By.className(field)).getDomProperty("textContent")));
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('results').replaceChildren()");
    return cells;
  }

  @Test
  void thePageShowsTheServersCountsLive() throws Exception {
    String sessionExpiredSent = "name=\"SESSION_EXPIRED\"";
    double before =
        MetricsTest.closes(
            MetricsTest.scrape(server.pageUri()), sessionExpiredSent, "direction=\"sent\"");

    trigger("sessionExpired");

    String expected = String.valueOf((long) before + 1);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            ExpectedConditions.textToBe(
                By.cssSelector("#metrics tr[data-name='SESSION_EXPIRED'] td.sent"), expected));
    assertEquals(
        "4001",
        browser
            .findElement(By.cssSelector("#metrics tr[data-name='SESSION_EXPIRED'] td.code"))
            .getText());
  }

  @Test
  void sessionExpired() {
    Map<String, String> closed = trigger("sessionExpired");

    assertEquals("4001", closed.get("code"));
    assertEquals("SESSION_EXPIRED", closed.get("name"));
    assertEquals("Session expired", closed.get("reason"));
    assertEquals("true", closed.get("wasClean"));
  }

  @Test
  void roomFull() {
    Map<String, String> closed = trigger("roomFull");

    assertEquals("4002", closed.get("code"));
    assertEquals("ROOM_FULL", closed.get("name"));
    assertTrue(
        Pattern.matches("Room room-[a-z0-9]+ is full", closed.get("reason")), closed.get("reason"));
    assertEquals("true", closed.get("wasClean"));
  }

  @Test
  void kicked() {
    setWhy("spamming the lobby");

    Map<String, String> closed = trigger("kicked");

    assertEquals("4003", closed.get("code"));
    assertEquals("KICKED", closed.get("name"));
    assertEquals("Kicked by ada: spamming the lobby", closed.get("reason"));
    assertEquals("true", closed.get("wasClean"));
  }

  @Test
  void kickedWithAReasonTooLongForTheFrameIsCutAtACodePoint() {
    String why = "Спам в лобби! 🚫 ".repeat(10);
    setWhy(why);

    Map<String, String> closed = trigger("kicked");

    String expected = new ChatCloseEvents().kicked("ada", why).reason();
    assertEquals(expected, closed.get("reason"));
    assertTrue(expected.getBytes(StandardCharsets.UTF_8).length <= 123);
    assertTrue(("Kicked by ada: " + why).length() > expected.length(), "it was cut");
  }

  /** The name comes from the generated JavaScript, which knows the library module's codes too. */
  @Test
  void bannedWithTheModerationLibrarysCode() {
    Map<String, String> closed = trigger("banned");

    assertEquals("4100", closed.get("code"));
    assertEquals("BANNED", closed.get("name"));
    assertEquals("Banned by ada", closed.get("reason"));
    assertEquals("true", closed.get("wasClean"));
  }

  @Test
  void rateLimited() {
    Map<String, String> closed = trigger("rateLimited");

    assertEquals("4029", closed.get("code"));
    assertEquals("RATE_LIMITED", closed.get("name"));
    assertTrue(
        Pattern.matches("Too many messages; wait ([1-9]|10) s", closed.get("reason")),
        closed.get("reason"));
  }

  @Test
  void normalClosure() {
    Map<String, String> closed = trigger("normal");

    assertEquals("1000", closed.get("code"));
    assertEquals("NORMAL_CLOSURE", closed.get("name"));
    assertEquals("", closed.get("reason"));
    assertEquals("true", closed.get("wasClean"));
  }

  private static void setWhy(String why) {
    WebElement input = browser.findElement(By.id("why"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, why);
  }
}
