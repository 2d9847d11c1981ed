package dev.laurel.badges.examples.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.laurel.badges.api.client.ApiProvider;
import dev.laurel.badges.api.client.ClientMetadata;
import dev.laurel.badges.api.client.ClientRegistration;
import dev.laurel.badges.api.client.Ob3ApiClient;
import dev.laurel.badges.api.client.PendingAuthorization;
import dev.laurel.badges.api.wire.Scopes;
import dev.laurel.badges.examples.cli.LaurelServe;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page {@code laurel serve} already shows a person, the OAuth sign-in and consent form of {@code /oauth/authorize},
 * in a real browser: it passes axe-core with no serious or critical violation (first view and after a wrong password),
 * and a learner signs in with the keyboard alone and is sent back to the application with a code.
 */
class ConsentPageBrowserTest {

    private static final String LEARNER = "ada";
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path data;

    private static Browser browser;
    private static LaurelServe serve;
    private static HttpServer lms;
    private static final List<URI> callbacks = new CopyOnWriteArrayList<>();
    private static PendingAuthorization pending;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        // The application the learner authorises: its pages and its redirect URI, on loopback.
        lms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lms.createContext("/", exchange -> {
            callbacks.add(exchange.getRequestURI());
            byte[] body = ("<!DOCTYPE html><html lang=\"en\"><head><title>LMS</title></head><body><main><h1>Back at "
                    + "the LMS</h1></main></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/callback") ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        lms.start();
        URI app = URI.create("http://127.0.0.1:" + lms.getAddress().getPort() + "/");

        LaurelServe.addUser(data, LEARNER, PASSWORD);
        serve = LaurelServe.start(data);
        Ob3ApiClient client = Ob3ApiClient.builder().allowLoopbackHttp(true).build();
        ApiProvider provider = client.discover(serve.uri());
        ClientRegistration registration = client.register(provider, ClientMetadata.builder().allowLoopbackHttp(true)
                .client("Browser-test LMS", app)
                .pages(app.resolve("/logo.png"), app.resolve("/terms"), app.resolve("/privacy"))
                .software("browser-test", "1.0").redirectUri(app.resolve("/callback")).scopes(Scopes.ALL).build());
        pending = client.startAuthorization(registration, LEARNER, Scopes.ALL, app.resolve("/callback"));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (lms != null) {
                lms.stop(0);
            }
        } finally {
            if (serve != null) {
                serve.close();
            }
        }
    }

    @Test
    void theConsentPagePassesAxeAndALearnerSignsInWithTheKeyboard() {
        browser.open(pending.authorizationUrl());
        assertThat(browser.find("h1").getText()).contains("Browser-test LMS").contains("backpack");
        browser.screenshot("oauth-consent");
        browser.assertNoSeriousViolations();

        // A wrong password: the form again, with its alert, and it must pass too.
        signIn("not the password");
        assertThat(browser.find("[role=alert]").getText()).isEqualTo("The user name or password is not correct.");
        assertThat(callbacks).noneMatch(u -> u.getPath().equals("/callback"));
        browser.screenshot("oauth-consent-wrong-password");
        browser.assertNoSeriousViolations();

        // The right one, submitted with Enter in the password field: the first submit button (Allow) is pressed.
        signIn(PASSWORD);
        URI back = browser.currentUri();
        assertThat(back.getPath()).isEqualTo("/callback");
        assertThat(back.getRawQuery()).contains("code=").contains("state=" + pending.state());
        assertThat(callbacks).anyMatch(u -> u.getPath().equals("/callback"));
    }

    /** Types into the labelled fields, as a person with a keyboard would, and presses Enter. */
    private static void signIn(String password) {
        WebElement user = browser.find("input[name=username]");
        user.clear();
        user.sendKeys(LEARNER);
        WebElement secret = browser.find("input[name=password]");
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
        // The form's page is replaced by the answer (the form again, or the application's callback).
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(secret));
    }
}
