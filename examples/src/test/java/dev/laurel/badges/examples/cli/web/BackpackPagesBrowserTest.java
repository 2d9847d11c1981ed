package dev.laurel.badges.examples.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.examples.cli.Laurel;
import dev.laurel.badges.examples.cli.LaurelServe;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learner's journey through the issue 21 pages in a real browser: sign in, add a demo badge, make it public,
 * find it on the public backpack page, follow its share link to the badge page and verify it there. Every page
 * passes axe-core with no serious or critical violation.
 */
class BackpackPagesBrowserTest {

    private static final String NOW = "2026-01-01T00:00:00Z";
    private static final String LEARNER = "ada";
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path data;
    @TempDir
    static Path demo;

    private static Browser browser;
    private static LaurelServe serve;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Laurel.execute(new String[] {"demo", "--out", demo.toString(), "--now", NOW},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        // The pathway of docs/examples/pathway.json: the knowledge badge, then a skill in the demo's competency.
        Path pathway = demo.resolve("pathway.json");
        Files.writeString(pathway, "{\"type\": \"LaurelPathway\", \"id\": \"java-track\", \"name\": \"Java track\","
                + " \"steps\": [{\"achievementId\": \"https://demo.laurel.dev/achievements/knowledge\"},"
                + " {\"id\": \"practice\", \"competency\": \"https://demo.laurel.dev/competencies/java\","
                + " \"minimumLevel\": \"skill\"}]}");
        LaurelServe.addUser(data, LEARNER, PASSWORD);
        serve = LaurelServe.start(data, "--offline", "--url-map", demo.resolve("hosted/url-map.json").toString(),
                "--now", NOW, "--pathway", pathway.toString());
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

    private static WebElement await(String css) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElement(By.cssSelector(css)));
    }

    @Test
    void signInUploadShareAndVerify() {
        browser.open(serve.uri().resolve("/login"));
        browser.find("input[type=hidden][name=csrf]");
        browser.screenshot("login-page");
        browser.assertNoSeriousViolations();
        browser.find("#login-name").sendKeys(LEARNER);
        browser.find("#login-password").sendKeys(PASSWORD);
        browser.find("#login-form button[type=submit]").click();
        await("main#account");
        browser.find("#upload-file").sendKeys(demo.resolve("credentials/ob3-skill.json").toString());
        browser.find("#upload-form button[type=submit]").click();
        WebElement message = await("main#account #message");
        assertThat(message.getText()).contains("Added the badge (verified)");
        WebElement badge = browser.find("#account-badges li[data-key]");
        assertThat(badge.getDomAttribute("data-visibility")).isEqualTo("private");

        new Select(badge.findElement(By.cssSelector("select[name=visibility]"))).selectByValue("public");
        badge.findElement(By.cssSelector("button[type=submit]")).click();
        await("main#account #message");
        assertThat(browser.find("#account-badges li[data-key]").getDomAttribute("data-visibility"))
                .isEqualTo("public");
        String share = browser.find("#account-badges a.share-link").getDomAttribute("href");

        // Two more badges, public too (a formal rung below and an informal level), and the pathway chosen: the
        // backpack page then shows the ladder's grouping and the progress.
        for (String file : new String[] {"credentials/ob3-knowledge.jwt", "credentials/ob3-participation.json"}) {
            browser.find("#upload-file").sendKeys(demo.resolve(file).toString());
            browser.find("#upload-form button[type=submit]").click();
            assertThat(await("main#account #message").getText()).contains("Added the badge (verified)");
            WebElement added = browser.findAll("#account-badges li[data-key]").stream()
                    .filter(li -> "private".equals(li.getDomAttribute("data-visibility"))).findFirst().orElseThrow();
            new Select(added.findElement(By.cssSelector("select[name=visibility]"))).selectByValue("public");
            added.findElement(By.cssSelector("button[type=submit]")).click();
            await("main#account #message");
        }
        assertThat(browser.findAll("#account-badges li[data-visibility=public]")).hasSize(3);
        WebElement choose = browser.find("#pathways-form input[name=pathway][value=java-track]");
        if (!choose.isSelected()) {
            choose.click();
        }
        browser.find("#pathways-form button[type=submit]").click();
        await("main#account #message");
        assertThat(browser.find("#pathways-form input[name=pathway][value=java-track]").isSelected()).isTrue();
        browser.screenshot("account-page");
        browser.assertNoSeriousViolations();

        browser.open(serve.uri().resolve("/u/" + LEARNER));
        WebElement backpack = await("main#backpack");
        assertThat(backpack.getDomAttribute("data-owner")).isEqualTo(LEARNER);
        // Formal ladder first, strongest first; the informal levels after it.
        assertThat(browser.findAll("section[data-level-group]").stream()
                .map(section -> section.getDomAttribute("data-level-group")).toList())
                .containsExactly("skill", "knowledge", "participation");
        WebElement progress = browser.find("li[data-pathway=java-track]");
        assertThat(progress.getDomAttribute("data-complete")).isEqualTo("true");
        WebElement item = browser.find("section[data-level-group=skill] li[data-badge-id]");
        assertThat(item.getDomAttribute("data-level")).isEqualTo("skill");
        WebElement link = item.findElement(By.cssSelector("a.badge-name"));
        assertThat(link.getDomAttribute("href")).isEqualTo(share);
        browser.screenshot("backpack-page");
        browser.assertNoSeriousViolations();

        link.click();
        WebElement page = await("main#badge-page");
        assertThat(page.getDomAttribute("data-visibility")).isEqualTo("public");
        assertThat(page.getDomAttribute("data-level")).isEqualTo("skill");
        assertThat(browser.find("meta[property='og:url']").getDomAttribute("content")).isEqualTo(share);
        browser.screenshot("badge-page");
        browser.assertNoSeriousViolations();

        browser.find("a#verify-badge").click();
        WebElement report = await("main#report");
        assertThat(report.getDomAttribute("data-verified")).isEqualTo("true");
        browser.assertNoSeriousViolations();
    }
}
