package org.airlock.server.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver for browser tests (installed by scripts/ensure-chromium.sh).
 * Both paths are given to Selenium so its Selenium Manager never tries to download a browser.
 * Without them the test is skipped with the reason, unless {@code AIRLOCK_REQUIRE_BROWSER=1} (set
 * by CI), which makes it fail instead.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Skips (or under CI fails) the calling test when the browser or its driver is missing. */
    static void requireInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        String message = "no headless browser: " + BROWSER + " or " + DRIVER + " is missing; run scripts/ensure-chromium.sh";
        if ("1".equals(System.getenv("AIRLOCK_REQUIRE_BROWSER"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message + " - browser test skipped");
    }

    /** A fresh headless Chromium with its own profile directory, sized like a laptop screen. */
    static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("airlock-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
