package dev.laurel.badges.web;

import static dev.laurel.badges.web.WebFixtures.BASE;
import static dev.laurel.badges.web.WebFixtures.signedJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.provider.oauth.LoginThrottle;
import dev.laurel.badges.api.provider.oauth.Passwords;
import dev.laurel.badges.api.store.CredentialQuery;
import dev.laurel.badges.api.store.InMemoryAuthorizationStore;
import dev.laurel.badges.api.store.StoredCredential;
import dev.laurel.badges.api.store.jdbc.JdbcCredentialStore;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in, sessions and the learner's page over a real H2 store. */
class AccountPagesTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String ID = "urn:uuid:00000000-0000-4000-8000-0000000000a1";

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-06-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @TempDir
    Path dir;
    private JdbcCredentialStore store;
    private final MovingClock clock = new MovingClock();
    private WebPages pages;

    @BeforeEach
    void open() {
        store = JdbcCredentialStore.h2(dir);
        InMemoryAuthorizationStore accounts = new InMemoryAuthorizationStore();
        accounts.addUser("ada", Passwords.hash(PASSWORD.toCharArray()));
        Pathway path = Pathway.builder("java", "Java path").require("https://example.org/achievements/1").build();
        pages = WebPages.builder(BadgeChecker.of(WebFixtures.verifier())).clock(WebFixtures.CLOCK).sessionClock(clock)
                .store(store).accounts(accounts).pathways(Pathways.of(List.of(path))).build();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A browser's cookie jar, reduced to what these pages set. */
    private final Map<String, String> jar = new LinkedHashMap<>();

    private ApiResponse send(ApiRequest request) {
        ApiRequest withCookies = request;
        if (!jar.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            jar.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            withCookies = request.withHeader("Cookie", cookie.toString());
        }
        ApiResponse response = pages.handle(withCookies);
        for (String set : response.headers().getOrDefault("Set-Cookie", List.of())) {
            String pair = set.substring(0, set.indexOf(';'));
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty()) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
        return response;
    }

    private ApiResponse get(String path) {
        return send(ApiRequest.of("GET", BASE, path));
    }

    private ApiResponse post(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(ApiRequest.of("POST", BASE, path).withBody("application/x-www-form-urlencoded",
                body.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("a csrf field in:\n" + html).isTrue();
        return m.group(1);
    }

    private ApiResponse signIn(String password) {
        String form = get("/login").bodyText();
        return post("/login", Map.of("csrf", csrf(form), "name", "ada", "password", password));
    }

    @Test
    void signingInGivesASecureSessionCookieAndTheAccountPage() {
        assertThat(get("/account").status()).isEqualTo(303);
        ApiResponse login = get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.bodyText()).contains("<label for=\"login-name\">").contains("<label for=\"login-password\">")
                .contains("id=\"login\"");
        ApiResponse ok = post("/login", Map.of("csrf", csrf(login.bodyText()), "name", "ada", "password", PASSWORD));
        assertThat(ok.status()).isEqualTo(303);
        assertThat(ok.header("Location")).contains("/account");
        String cookie = ok.headers().get("Set-Cookie").stream().filter(c -> c.startsWith("laurel_session="))
                .findFirst().orElseThrow();
        assertThat(cookie).matches("laurel_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Lax; Path=/.*")
                .doesNotContain("Secure");
        ApiResponse account = get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.bodyText()).contains("<main id=\"account\" data-owner=\"ada\"");
        assertThat(account.header("Content-Security-Policy")).contains(WebPages.CONTENT_SECURITY_POLICY);
    }

    @Test
    void overHttpsTheCookieIsSecure() {
        ApiRequest request = ApiRequest.of("GET", java.net.URI.create("https://badges.example.org"), "/login");
        assertThat(pages.handle(request).headers().get("Set-Cookie").get(0)).endsWith("; Secure");
    }

    @Test
    void aWrongPasswordGetsTheFormAgainWith401AndNoSession() {
        ApiResponse wrong = signIn("wrong");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.bodyText()).contains("Wrong name or password.").contains("value=\"ada\"");
        assertThat(jar).doesNotContainKey("laurel_session");
        get("/login");
        ApiResponse unknown = post("/login", Map.of("csrf", jar.get("laurel_login"), "name", "nobody",
                "password", PASSWORD));
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void aMissingOrForeignCsrfTokenOrOriginIsRefused() {
        get("/login");
        assertThat(post("/login", Map.of("name", "ada", "password", PASSWORD)).status()).isEqualTo(403);
        get("/login");
        assertThat(post("/login", Map.of("csrf", "forged", "name", "ada", "password", PASSWORD)).status())
                .isEqualTo(403);
        assertThat(jar).doesNotContainKey("laurel_session");
        String form = get("/login").bodyText();
        ApiResponse foreign = send(ApiRequest.of("POST", BASE, "/login").withHeader("Origin", "https://evil.example")
                .withBody("application/x-www-form-urlencoded", ("csrf=" + csrf(form) + "&name=ada&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        assertThat(foreign.status()).isEqualTo(403);
        form = get("/login").bodyText();
        ApiResponse opaque = send(ApiRequest.of("POST", BASE, "/login").withHeader("Origin", "null")
                .withBody("application/x-www-form-urlencoded", ("csrf=" + csrf(form) + "&name=ada&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        assertThat(opaque.status()).as("Origin: null (no-referrer forms) falls back to the token").isEqualTo(303);
        jar.remove("laurel_session");

        assertThat(signIn(PASSWORD).status()).isEqualTo(303);
        assertThat(post("/account/pathways", Map.of("pathway", "java")).status()).isEqualTo(403);
        assertThat(store.chosenPathways("ada")).isEmpty();
    }

    @Test
    void repeatedFailuresAreThrottledWith429() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(signIn("wrong").status()).isEqualTo(401);
        }
        ApiResponse throttled = signIn(PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).contains("1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn(PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void sessionsExpireWhenIdleAndAfterTwelveHours() {
        signIn(PASSWORD);
        clock.advance(Duration.ofMinutes(29));
        assertThat(get("/account").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(30));
        assertThat(get("/account").status()).as("idle 30 min").isEqualTo(303);

        signIn(PASSWORD);
        for (int i = 0; i < 12 * 3; i++) {
            clock.advance(Duration.ofMinutes(20));
            if (i < 12 * 3 - 1) {
                assertThat(get("/account").status()).isEqualTo(200);
            }
        }
        assertThat(get("/account").status()).as("12 h after sign-in").isEqualTo(303);
    }

    @Test
    void signingOutEndsTheSession() {
        String account = signIn(PASSWORD).header("Location").map(l -> get(l).bodyText()).orElseThrow();
        String session = jar.get("laurel_session");
        assertThat(post("/logout", Map.of("csrf", csrf(account))).status()).isEqualTo(303);
        jar.put("laurel_session", session);
        assertThat(get("/account").status()).isEqualTo(303);
    }

    @Test
    void uploadingAVerifiedBadgeStoresItPrivateAndVisibilityCanChange() {
        signIn(PASSWORD);
        String page = get("/account").bodyText();
        byte[] body = WebFixtures.form("badge.json", signedJson("Java Practitioner", LevelKind.SKILL, ID)
                .getBytes(StandardCharsets.UTF_8), Map.of("csrf", csrf(page)));
        ApiResponse upload = send(ApiRequest.of("POST", BASE, "/account/upload")
                .withBody("multipart/form-data; boundary=" + WebFixtures.BOUNDARY, body));
        assertThat(upload.status()).isEqualTo(303);
        List<StoredCredential> stored = store.list("ada", CredentialQuery.of(10, 0)).credentials();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).visibility()).isEqualTo(Visibility.PRIVATE);

        String account = get("/account").bodyText();
        assertThat(account).contains("Added the badge (verified)")
                .contains("data-key=\"" + stored.get(0).key().value() + "\" data-visibility=\"private\"")
                .contains("<label for=\"visibility-0\">").doesNotContain("class=\"share-link\"");
        ApiResponse change = post("/account/visibility", Map.of("csrf", csrf(account), "key",
                stored.get(0).key().value(), "visibility", "public"));
        assertThat(change.status()).isEqualTo(303);
        assertThat(store.findShared(ID).orElseThrow().visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(get("/account").bodyText()).contains("data-visibility=\"public\"")
                .contains("class=\"share-link\" href=\"http://127.0.0.1:8080/badges/urn%3Auuid%3A")
                .contains("<option value=\"public\" selected>");
        assertThat(get("/u/ada").status()).isEqualTo(200);

        assertThat(post("/account/pathways", Map.of("csrf", csrf(account), "pathway", "java")).status())
                .isEqualTo(303);
        assertThat(store.chosenPathways("ada")).isEqualTo(Set.of("java"));
    }

    @Test
    void anUnverifiedUploadIsRefused() {
        signIn(PASSWORD);
        String page = get("/account").bodyText();
        byte[] body = WebFixtures.form("forged.json", WebFixtures.tampered(), Map.of("csrf", csrf(page)));
        ApiResponse upload = send(ApiRequest.of("POST", BASE, "/account/upload")
                .withBody("multipart/form-data; boundary=" + WebFixtures.BOUNDARY, body));
        assertThat(upload.status()).isEqualTo(422);
        assertThat(upload.bodyText()).contains("Not added: the badge is not verified");
        assertThat(store.list("ada", CredentialQuery.of(10, 0)).credentials()).isEmpty();
    }
}
