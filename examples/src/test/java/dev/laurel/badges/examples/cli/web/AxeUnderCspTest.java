package dev.laurel.badges.examples.cli.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The fixture on a real page that allows no script at all ({@code Content-Security-Policy: default-src 'none'}, as
 * strict as Laurel's pages or stricter): the page's own inline script is blocked, axe-core injected through WebDriver
 * still runs and finds the page's known faults, and the screenshot covers the whole page.
 */
class AxeUnderCspTest {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>untouched</title></head><body><main><h1>A page with two known faults</h1>"
            + "<script>document.title = 'the inline script ran';</script>"
            // image-alt (critical) and label (critical): what axe must report.
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" width=\"10\" height=\"10\">"
            + "<form><input name=\"q\"></form>"
            // Tall (without a style attribute, which the policy blocks too), so that the whole page is taller than the
            // window.
            + "<p>A line of a tall page.</p>".repeat(100)
            + "</main></body></html>";

    private static HttpServer server;
    private static Browser browser;
    private static URI page;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'none'");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        page = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/faulty");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void axeRunsUnderDefaultSrcNoneAndReportsThePagesFaults() {
        browser.open(page);
        // The policy is in force: the page's own script did not run.
        assertThat(browser.driver().getTitle()).isEqualTo("untouched");
        List<AxeViolation> violations = browser.axe();
        assertThat(violations).extracting(AxeViolation::id).contains("image-alt", "label");
        AxeViolation alt = violations.stream().filter(v -> v.id().equals("image-alt")).findFirst().orElseThrow();
        assertThat(alt.impact()).isEqualTo("critical");
        assertThat(alt.targets()).containsExactly("img");
        assertThat(alt.helpUrl()).contains("axe");
        assertThatThrownBy(browser::assertNoSeriousViolations).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("image-alt (critical)").hasMessageContaining("label (critical)")
                .hasMessageContaining(page.toString());
    }

    @Test
    void theScreenshotIsAPngOfTheWholePage() throws Exception {
        browser.open(page);
        Path file = browser.screenshot("fixture-csp-page");
        assertThat(file).isAbsolute().hasFileName("fixture-csp-page.png").exists();
        assertThat(file.getParent()).endsWith(Path.of("examples", "target", "screenshots"));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(Browser.WIDTH);
        assertThat(image.getHeight()).isGreaterThan(2000);
        assertThatThrownBy(() -> browser.screenshot("../escape")).isInstanceOf(IllegalArgumentException.class);
    }
}
