package org.heavylegs.web.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver, by explicit paths (STACK.md section 4), so
 * Selenium Manager never runs and nothing is fetched. Absent browser: the tests are skipped with a
 * visible message, unless heavylegs.browser.required=true (set by .ci/run), which makes it a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("heavylegs.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("heavylegs.chromedriver", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    private Browser(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /** Skips (or fails, when required) unless Chromium and its driver are installed. */
    static void requireInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String msg = "headless Chromium not found (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); install it with: apt-get install -y chromium chromium-driver";
        if (Boolean.getBoolean("heavylegs.browser.required")) {
            fail(msg + "; heavylegs.browser.required=true makes this a failure");
        }
        System.err.println("SKIPPED: browser tests: " + msg);
        abort(msg);
    }

    /** A fresh browser with its own profile; {@code javascript} false switches scripts off. */
    static Browser start(boolean javascript) {
        requireInstalled();
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toString());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--disable-quic", "--window-size=1280,1600", "--lang=en-GB",
                    "--user-data-dir=" + profile);
            if (!javascript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Path shots = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
            Files.createDirectories(shots);
            return new Browser(driver, profile, shots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh browser that lays pages out as a phone does: 390 x 844 CSS pixels, with the page's
     * viewport meta tag honoured (Chromium's device emulation, as its developer tools do it).
     */
    static Browser phone() {
        Browser b = start(true);
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        return b;
    }

    /** How far the page is wider than the screen, in CSS pixels (0: it does not scroll sideways). */
    long sidewaysOverflow() {
        Object o = driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) o).longValue();
    }

    /** Keeps a PNG of what the browser shows as a test artifact (target/screenshots). */
    Path screenshot(String name) {
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a leftover profile in the temp folder is harmless
            }
        }
    }
}
