package dev.laurel.badges.examples.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.examples.cli.LaurelServe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The verify page at {@code /} and its report page in a real browser (headless Chromium), served by the real {@code
 * laurel serve} over the demo's badges: uploads of a real, a forged and a baked badge, a pasted JWT, the keyboard
 * alone, the download link, the 400 page; each page passes axe-core with no serious or critical violation, and the
 * screenshots (docs/WEB.md) are saved under {@code examples/target/screenshots/}.
 */
class VerifyPageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    @TempDir
    static Path demoDir;

    @TempDir
    static Path scratch;

    private static DemoBadges demo;
    private static Browser browser;
    private static LaurelServe serve;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        demo = DemoBadges.issue(demoDir);
        serve = LaurelServe.start(data, demo.verificationFlags());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (serve != null) {
                serve.close();
            }
        }
    }

    @Test
    void theVerifyPagePassesAxe() {
        openForm();
        assertThat(browser.find("main#verify").getDomAttribute("data-status")).isEqualTo("200");
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findAll("#problem")).isEmpty();
        for (String id : List.of("file", "text", "url")) {
            assertThat(browser.findAll("label[for=" + id + "]")).as("label of #%s", id).hasSize(1);
        }
        checkPage("verify-page");
    }

    @Test
    void aRealBadgeChosenAsAFileIsVerifiedAtClassifysLevel() {
        Path file = demo.file("credentials/ob3-skill.json");
        WebElement report = upload(file);
        assertVerifiedAtClassifysLevel(report, file);
        assertThat(browser.find("#verdict").getText()).startsWith("Verified: ");
        assertThat(browser.findAll("#checks > li[data-check-id][data-outcome]")).isNotEmpty()
                .noneMatch(li -> "failed".equals(li.getDomAttribute("data-outcome")));
        assertThat(browser.find("#ladder g.rung.marked").getDomAttribute("data-level")).isEqualTo(demo.level(file));
        checkPage("report-verified");
    }

    @Test
    void aForgedBadgeIsNotVerifiedWithTheFailureFirst() {
        Path forged = demo.forge(scratch.resolve("ob3-skill-forged.json"));
        WebElement report = upload(forged);
        assertThat(report.getDomAttribute("data-verified")).isEqualTo("false");
        List<WebElement> checks = browser.findAll("#checks > li");
        assertThat(checks).isNotEmpty();
        assertThat(checks.get(0).getDomAttribute("data-outcome")).isEqualTo("failed");
        assertThat(checks.get(0).getDomAttribute("data-check-id"))
                .isEqualTo(DemoBadges.firstFailedCheck(demo.verifyLine(forged)).orElseThrow());
        assertThat(browser.find("#verdict").getText()).startsWith("Not verified");
        // The page shows what the forger wrote, as text: the report does not hide the lie, it refuses it.
        assertThat(browser.find("#badge-name").getText()).isEqualTo("Chief Surgeon (forged)");
        checkPage("report-forged");
    }

    @Test
    void aBakedPngIsVerifiedAndShowsItsImage() {
        Path png = demo.file("images/ob3-skill.png");
        WebElement report = upload(png);
        assertVerifiedAtClassifysLevel(report, png);
        WebElement image = browser.find("img#badge-image");
        assertThat(image.getDomAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(image.getDomAttribute("alt")).isNotBlank();
        assertThat(image.isDisplayed()).isTrue();
        // Loaded and decoded under the page's CSP (img-src data:), not a broken-image icon.
        Object width = browser.driver().executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;",
                image);
        assertThat(((Number) width).intValue()).as("the image's natural width").isPositive();
        checkPage("report-baked-png");
    }

    @Test
    void aPastedJwtIsVerified() throws IOException {
        Path jwt = demo.file("credentials/ob3-certification.jwt");
        openForm();
        WebElement text = browser.find("textarea#text");
        text.sendKeys(Files.readString(jwt).strip());
        WebElement report = submit(browser.find("#verify-form button[type=submit]")::click);
        assertVerifiedAtClassifysLevel(report, jwt);
        assertThat(browser.find("p.input-name").getText()).contains("pasted");
    }

    @Test
    void theKeyboardAloneReachesTheReport() throws IOException {
        String jwt = Files.readString(demo.file("credentials/ob3-skill.jwt")).strip();
        openForm();
        // From the top of the page: Tab until the text area has the focus; the file input comes before it.
        List<String> path = tabUntil("text");
        assertThat(path).contains("file").endsWith("text");
        new Actions(browser.driver()).sendKeys(jwt).perform();
        assertThat(browser.find("textarea#text").getDomProperty("value")).isEqualTo(jwt);
        List<String> next = tabUntil("button");
        assertThat(next).containsExactly("url", "button");
        WebElement report = submit(() -> new Actions(browser.driver()).sendKeys(Keys.ENTER).perform());
        assertThat(report.getDomAttribute("data-verified")).isEqualTo("true");
        // The skip link is the first stop of the report page too.
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("class")).isEqualTo("skip-link");
    }

    @Test
    void theDownloadLinkIsTheLineLaurelVerifyPrints() throws IOException {
        Path file = demo.file("credentials/ob3-ability.json");
        upload(file);
        WebElement link = browser.find("a#download-report");
        assertThat(link.getDomAttribute("download")).isEqualTo("laurel-verify.jsonl");
        String href = link.getDomAttribute("href");
        String prefix = "data:application/x-ndjson;base64,";
        assertThat(href).startsWith(prefix);
        String downloaded = new String(Base64.getDecoder().decode(href.substring(prefix.length())),
                StandardCharsets.UTF_8);
        // The browser sends the file's name, not its path, and the line names the input as it was given: laurel
        // verify's line with that one field's value changed, to the byte.
        String cli = demo.verifyLine(file);
        String path = JSON.writeValueAsString(file.toString());
        String name = JSON.writeValueAsString(file.getFileName().toString());
        assertThat(cli).startsWith("{\"file\":" + path + ",");
        assertThat(downloaded).isEqualTo("{\"file\":" + name + "," + cli.substring(("{\"file\":" + path + ",").length()));
        assertThat(DemoBadges.read(downloaded).path("verified").asBoolean()).isTrue();
    }

    @Test
    void anEmptyFormGetsThe400PageWhichPassesAxe() {
        openForm();
        browser.find("#verify-form button[type=submit]").click();
        // The verify page and the problem page share main#verify: the problem page is the one with status 400.
        waitFor("main#verify[data-status='400']");
        WebElement problem = browser.find("p#problem");
        assertThat(problem.getDomAttribute("role")).isEqualTo("alert");
        assertThat(problem.getText()).isNotBlank();
        // The form is there again, to try once more.
        assertThat(browser.findAll("#verify-form input[type=file][name=file]")).hasSize(1);
        checkPage("verify-page-400");
    }

    /**
     * Saves the page's screenshot, checks that nothing is wider than the window (a long DID or key wraps rather than
     * making the reader scroll sideways: WCAG 2.1 reflow), and runs axe-core.
     */
    private static void checkPage(String screenshot) {
        browser.screenshot(screenshot);
        List<?> widths = (List<?>) browser.driver().executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertThat(((Number) widths.get(0)).intValue()).as("the scroll width of %s", screenshot)
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
        browser.assertNoSeriousViolations();
    }

    /** The report says verified, at the level {@code laurel classify} gives the file. */
    private static void assertVerifiedAtClassifysLevel(WebElement report, Path file) {
        assertThat(report.getDomAttribute("data-verified")).as("data-verified of %s", file).isEqualTo("true");
        assertThat(report.getDomAttribute("data-level")).as("data-level of %s", file).isEqualTo(demo.level(file));
    }

    private static void openForm() {
        browser.open(serve.uri().resolve("/"));
        browser.find("form#verify-form[method=post][action='/'][enctype='multipart/form-data']");
    }

    /** Opens the form, chooses the file through the file input (chromedriver uploads it), and submits. */
    private static WebElement upload(Path file) {
        openForm();
        browser.find("input[type=file][name=file]").sendKeys(file.toAbsolutePath().toString());
        return submit(browser.find("#verify-form button[type=submit]")::click);
    }

    /** Does what submits the form and returns the report's root element once the report page has loaded. */
    private static WebElement submit(Runnable action) {
        action.run();
        return waitFor("main#report");
    }

    /**
     * Waits for an element of the next page. The form page has no such element, so no staleness check is needed: one
     * of the old page's elements can fail with another WebDriverException than a stale reference while Chromium
     * swaps the documents ("Node with given id does not belong to the document"), which is ignored until the new
     * page answers.
     */
    private static WebElement waitFor(String css) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.cssSelector(css)));
    }

    /**
     * Presses Tab until the focused element has the id (or is the submit button, for {@code "button"}) and returns the
     * ids of the stops, at most 20.
     */
    private static List<String> tabUntil(String id) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement active = browser.driver().switchTo().activeElement();
            String stop = "button".equals(active.getTagName()) ? "button" : String.valueOf(active.getDomAttribute("id"));
            stops.add(stop);
            if (stop.equals(id)) {
                return stops;
            }
        }
        throw new AssertionError("Tab never reached #" + id + "; the stops were " + stops);
    }
}
