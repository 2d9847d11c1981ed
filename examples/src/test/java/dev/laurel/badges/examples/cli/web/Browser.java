package dev.laurel.badges.examples.cli.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for one test class or one test, driven through chromium-driver: open a page, find elements,
 * save a full-page screenshot, run axe-core. Close it (try-with-resources or an {@code @AfterAll}); closing quits
 * the browser and deletes its profile folder.
 *
 * <p>Both binaries are given to Selenium, so Selenium Manager is never asked for (it would download a browser and
 * a driver). The profile is a fresh temporary folder, and the switches turn off Chromium's own network traffic
 * (updates, sync, QUIC), so a test sees only the requests the page makes.
 */
public final class Browser implements AutoCloseable {

    /** The window size of every test, so that screenshots are comparable. */
    public static final int WIDTH = 1280;
    /** The window height (a full-page screenshot grows past it). */
    public static final int HEIGHT = 900;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final BrowserSetup setup;
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(BrowserSetup setup, ChromeDriver driver, Path profile) {
        this.setup = setup;
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts the browser this machine's environment describes ({@link BrowserSetup#fromEnvironment()}).
     *
     * @return the running browser
     * @throws org.opentest4j.AssertionFailedError if a piece is missing and {@code LAUREL_REQUIRE_BROWSER=1}
     * @throws org.opentest4j.TestAbortedException if a piece is missing otherwise
     */
    public static Browser start() {
        return start(BrowserSetup.fromEnvironment());
    }

    /**
     * Starts the browser of a set-up, after checking that everything it needs is there.
     *
     * @param setup the binaries and axe-core
     * @return the running browser
     * @throws org.opentest4j.AssertionFailedError if a piece is missing and the set-up requires the browser
     * @throws org.opentest4j.TestAbortedException if a piece is missing otherwise
     * @throws UncheckedIOException if the profile folder cannot be made
     */
    public static Browser start(BrowserSetup setup) {
        setup.requireAvailable();
        Path profile;
        try {
            profile = Files.createTempDirectory("laurel-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(setup.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(setup.chromedriver().toFile()).usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(setup, driver, profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    /**
     * The Selenium driver, for what this class does not wrap (forms, keys, cookies).
     *
     * @return the driver
     */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Loads a page and waits until it has loaded.
     *
     * @param uri the page
     * @return this browser
     */
    public Browser open(URI uri) {
        driver.get(uri.toString());
        return this;
    }

    /**
     * The current page's address (after redirects and form submissions).
     *
     * @return the address
     */
    public URI currentUri() {
        return URI.create(driver.getCurrentUrl());
    }

    /**
     * The one element a CSS selector names on the current page.
     *
     * @param css the selector
     * @return the element
     * @throws org.openqa.selenium.NoSuchElementException if there is none
     */
    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * Every element a CSS selector names on the current page, in document order.
     *
     * @param css the selector
     * @return the elements, perhaps none
     */
    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Saves a PNG of the whole current page (not only the window) as {@code examples/target/screenshots/NAME.png}
     * and prints {@code screenshot: <absolute path>} so that the CI log names it.
     *
     * @param name the file's name without {@code .png}: letters, digits, {@code .}, {@code _}, {@code -}
     * @return the absolute path of the file
     * @throws IllegalArgumentException if the name is not such a name
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path screenshot(String name) {
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("a screenshot name is letters, digits, '.', '_' and '-': " + name);
        }
        // The page's full size, then one capture beyond the viewport (DevTools' Page.captureScreenshot through
        // chromium-driver's own endpoint: no DevTools connection, so no version-bound selenium-devtools needed).
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) driver.executeScript("const e = document.documentElement, b = document.body;"
                + "return [Math.max(e.scrollWidth, b ? b.scrollWidth : 0, " + WIDTH + "),"
                + " Math.max(e.scrollHeight, b ? b.scrollHeight : 0, window.innerHeight)];");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get(0).intValue(),
                "height", size.get(1).intValue(), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path file = ProjectRoot.find().resolve("examples/target/screenshots").resolve(name + ".png").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("screenshot: " + file);
        return file;
    }

    /**
     * Runs axe-core on the current page and returns its violations (every impact). The script is injected by
     * WebDriver, which the page's Content-Security-Policy does not govern, so a page that allows no script at all is
     * checked as well.
     *
     * @return the violations, in axe's order; empty when it found none
     * @throws UncheckedIOException if axe-core's file cannot be read
     * @throws IllegalStateException if axe-core fails in the page
     */
    public List<AxeViolation> axe() {
        String source;
        try {
            source = Files.readString(setup.axeScript());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeScript(source);
        Object answer = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "if (typeof window.axe === 'undefined') { done('ERROR: axe-core did not load'); return; }"
                + "window.axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done('ERROR: ' + e));");
        String text = String.valueOf(answer);
        if (text.startsWith("ERROR: ")) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + text.substring(7));
        }
        try {
            List<AxeViolation> out = new ArrayList<>();
            for (JsonNode v : JSON.readTree(text)) {
                out.add(AxeViolation.of(v));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("axe-core's answer is not JSON: " + text, e);
        }
    }

    /**
     * Runs axe-core on the current page, prints every violation, and fails listing those of impact serious or
     * critical.
     *
     * @return every violation axe found (the minor and moderate ones too), for the caller to report
     * @throws org.opentest4j.AssertionFailedError if a violation is serious or critical
     */
    public List<AxeViolation> assertNoSeriousViolations() {
        List<AxeViolation> all = axe();
        all.forEach(v -> System.out.println("axe: " + driver.getCurrentUrl() + ": " + v.describe()));
        if (all.isEmpty()) {
            System.out.println("axe: " + driver.getCurrentUrl() + ": no violations");
        }
        assertNoSeriousViolations(driver.getCurrentUrl(), all);
        return all;
    }

    /**
     * Fails listing every violation of impact serious or critical (rule id, impact, help, target selectors).
     *
     * @param page       the page's address, for the message
     * @param violations what axe found
     * @throws org.opentest4j.AssertionFailedError if one is serious or critical
     */
    public static void assertNoSeriousViolations(String page, List<AxeViolation> violations) {
        List<AxeViolation> serious = violations.stream().filter(AxeViolation::isSeriousOrCritical).toList();
        if (!serious.isEmpty()) {
            Assertions.fail("axe-core found " + serious.size() + " serious or critical violation(s) on " + page + ":\n"
                    + serious.stream().map(v -> "  - " + v.describe()).collect(Collectors.joining("\n")));
        }
    }

    /** Quits the browser and the driver, and deletes the profile folder. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A profile file still held by an exiting Chromium: the folder is in the temporary directory anyway.
        }
    }
}
