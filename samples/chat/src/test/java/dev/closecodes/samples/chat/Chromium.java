package dev.closecodes.samples.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium under Selenium, as the browser tests start it: nothing from the network. */
final class Chromium {

  static final String INSTALL =
      "install it with 'apt-get install chromium chromium-driver' (.ci/run does) to run the browser"
          + " tests";

  /**
   * How often to start chromedriver: Selenium picks a port that is free when it looks, and another
   * process can take it before chromedriver binds it, which then exits.
   */
  private static final int TRIES = 3;

  private Chromium() {}

  /** Starts headless Chromium with a fresh profile under {@code target/}. */
  static WebDriver start(Path chromium, Path chromedriver) throws IOException {
    return start(chromium, chromedriver, ChromeDriverService.Builder::usingAnyFreePort);
  }

  /** Starts headless Chromium, its driver on the port that {@code port} gives each try. */
  static WebDriver start(
      Path chromium, Path chromedriver, UnaryOperator<ChromeDriverService.Builder> port)
      throws IOException {
    Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(chromium.toFile())
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
    for (int tried = 1; ; tried++) {
      ChromeDriverService driver =
          port.apply(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()))
              .build();
      try {
        return new ChromeDriver(driver, options);
      } catch (WebDriverException failed) {
        driver.stop();
        if (tried == TRIES) {
          throw failed;
        }
      }
    }
  }
}
