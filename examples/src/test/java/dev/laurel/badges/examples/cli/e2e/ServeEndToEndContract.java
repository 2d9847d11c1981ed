package dev.laurel.badges.examples.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.api.client.ApiClientCode;
import dev.laurel.badges.api.client.ApiClientException;
import dev.laurel.badges.api.client.ApiProvider;
import dev.laurel.badges.api.client.ClientMetadata;
import dev.laurel.badges.api.client.ClientRegistration;
import dev.laurel.badges.api.client.CredentialsPage;
import dev.laurel.badges.api.client.InMemoryTokenStore;
import dev.laurel.badges.api.client.LearnerConnection;
import dev.laurel.badges.api.client.Ob3ApiClient;
import dev.laurel.badges.api.client.PendingAuthorization;
import dev.laurel.badges.api.client.ProfileUpdate;
import dev.laurel.badges.api.client.StoredTokens;
import dev.laurel.badges.api.client.TokenStore;
import dev.laurel.badges.api.client.UpsertResponse;
import dev.laurel.badges.api.wire.CredentialsResponse;
import dev.laurel.badges.api.wire.Scopes;
import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.examples.cli.Laurel;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 17's end-to-end test: the project's client ({@link Ob3ApiClient}) against a real {@code laurel serve}
 * child process, a learner who authorises it through the HTML consent form (driven over HTTP with
 * {@code java.net.http}), upserts, paging, the profile, a crash ({@code destroyForcibly}) and a SIGTERM between
 * requests, each followed by a restart on the same store, then revocation.
 *
 * <p>One story in ordered steps on one server: each test is one step, named after what it proves (the
 * certification's Host and Issuer-write requirements where the step demonstrates one), and a step relies on the
 * ones before it, as a learner's session does. Subclasses choose the store (H2 under {@code --data}, or
 * PostgreSQL through {@code --jdbc}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ServeEndToEndContract {

    private static final Pattern LISTENING = Pattern.compile("laurel serve: listening on (http://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LaurelKey ISSUER = KeyPairs.generate(KeyKind.ED25519);
    private static final String LEARNER = "alice";
    private static final String PASSWORD = "correct horse battery staple";
    /** Nothing listens here: the authorization step's 3xx Location is handed to the client directly. */
    private static final URI LMS = URI.create("http://127.0.0.1:9/");
    private static final URI CALLBACK = LMS.resolve("/callback");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    /** The {@code --data} folder (and the children's logs), made before the first step and removed after the last. */
    private Path data;

    /** Redirects never followed: the consent form's 3xx is what the test looks at. */
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final TokenStore tokens = new InMemoryTokenStore();
    private final Ob3ApiClient client = Ob3ApiClient.builder().allowLoopbackHttp(true).tokenStore(tokens).build();

    private Process server;
    private int starts;
    private URI base;
    private ClientRegistration registration;
    private LearnerConnection learner;
    private String sentJson;
    private String sentJwt;
    private String sentProfile;

    /** Prepares the store (a fresh PostgreSQL schema, say), or aborts the class saying why it cannot run. */
    abstract void prepareStore() throws Exception;

    /** The store flags of {@code laurel users add} and {@code laurel serve}, {@code --data} included. */
    abstract List<String> storeArgs();

    /** Variables added to each child's environment ({@code LAUREL_JDBC_PASSWORD} for PostgreSQL). */
    abstract Map<String, String> childEnvironment();

    /** Removes what {@link #prepareStore()} made. */
    abstract void cleanStore() throws Exception;

    @BeforeAll
    void addTheLearnerAndStartTheServer() throws Exception {
        data = Files.createTempDirectory("laurel-e2e-");
        prepareStore();
        List<String> add = new ArrayList<>(List.of("users", "add", LEARNER));
        add.addAll(storeArgs());
        Process users = laurel(add, ProcessBuilder.Redirect.PIPE);
        users.getOutputStream().write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        users.getOutputStream().close();
        assertThat(users.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(users.exitValue()).as(log("users-" + starts + ".err")).isEqualTo(Laurel.OK);
        base = start(0);
    }

    @AfterAll
    void stopTheServer() throws Exception {
        try {
            if (server != null) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            try {
                cleanStore();
            } finally {
                deleteRecursively(data);
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---- the steps -------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void issuerWrite_obtainsATokenThroughDiscoveryAndOAuthWithTheRightScopes() throws Exception {
        ApiProvider provider = client.discover(base);
        assertThat(provider.description().registrationUrl()).isEqualTo(base.resolve("/oauth/registration"));
        registration = client.register(provider, ClientMetadata.builder().allowLoopbackHttp(true)
                .client("End-to-end LMS", LMS)
                .pages(LMS.resolve("/logo.png"), LMS.resolve("/terms"), LMS.resolve("/privacy"))
                .software("e2e-test", "1.0").redirectUri(CALLBACK).scopes(Scopes.ALL).build());
        assertThat(registration.scopes()).containsExactlyInAnyOrderElementsOf(Scopes.ALL);

        PendingAuthorization pending = client.startAuthorization(registration, LEARNER, Scopes.ALL, CALLBACK);
        ConsentForm form = ConsentForm.get(browser, pending.authorizationUrl());

        // A wrong password: the form comes back (200, the message, a fresh CSRF token), no redirect to the client.
        HttpResponse<String> wrong = form.submit(browser, LEARNER, "not the password", "approve");
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(200);
        assertThat(wrong.headers().firstValue("Location")).isEmpty();
        assertThat(wrong.body()).contains("The user name or password is not correct.").doesNotContain("code=");

        HttpResponse<String> approved = ConsentForm.parse(wrong, form.cookie(), form.page())
                .submit(browser, LEARNER, PASSWORD, "approve");
        assertThat(approved.statusCode()).as(approved.body()).isBetween(300, 399);
        URI location = URI.create(approved.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(CALLBACK + "?");
        assertThat(location.getRawQuery()).contains("code=").contains("state=" + pending.state());

        learner = client.completeAuthorization(pending, location);
        StoredTokens granted = learner.tokens().orElseThrow();
        assertThat(granted.scopes()).containsExactlyInAnyOrderElementsOf(Scopes.ALL);
        assertThat(granted.optionalRefreshToken()).isPresent();
    }

    @Test
    @Order(2)
    void issuerWrite_upsertCredential_aDataIntegrityAndAVcJwtAreStoredATamperedOneIsRefused() throws Exception {
        sentJson = signedJson(1);
        sentJwt = VcJwtSigner.of(ISSUER).withKeyId(ISSUER.didKeyVerificationMethod()).sign(credential(2).toString());
        ObjectNode tampered = (ObjectNode) JSON.readTree(signedJson(3));
        tampered.put("name", "A badge nobody issued");

        UpsertResponse json = learner.upsertCredential(sentJson);
        assertThat(json.httpStatus()).isEqualTo(201);
        assertThat(json.outcome()).isEqualTo(UpsertResponse.Outcome.CREATED);
        UpsertResponse jwt = learner.upsertCredential(sentJwt);
        assertThat(jwt.httpStatus()).isEqualTo(201);
        // The same credential again is recognised as equal: 200, not a second copy.
        assertThat(learner.upsertCredential(sentJson).outcome()).isEqualTo(UpsertResponse.Outcome.REPLACED);

        assertThatThrownBy(() -> learner.upsertCredential(JSON.writeValueAsString(tampered)))
                .isInstanceOfSatisfying(ApiClientException.class, e -> {
                    assertThat(e.clientCode()).isEqualTo(ApiClientCode.BAD_REQUEST);
                    assertThat(e.httpStatus()).hasValue(400);
                    StatusInfo info = e.statusInfo().orElseThrow();
                    assertThat(info.firstCodeMinor()).hasValue(StatusInfo.CodeMinorValue.INVALID_DATA);
                    assertThat(info.optionalDescription()).hasValueSatisfying(d -> assertThat(d).contains("proof"));
                });
    }

    @Test
    @Order(3)
    void host_providerWrite_preservesSentData_pagesOfOneReturnExactlyTheTwoCredentialsUnchanged() throws Exception {
        CredentialsPage first = learner.getCredentials(1, 0);
        assertThat(first.total()).hasValue(2);
        assertThat(first.credentials().size()).isEqualTo(1);
        assertThat(first.next()).isPresent();
        CredentialsPage second = learner.getCredentials(1, 1);
        assertThat(second.credentials().size()).isEqualTo(1);
        assertThat(second.next()).isEmpty();
        assertThat(first.credentials()).isNotEqualTo(second.credentials());
        assertStoredUnchanged(learner.allCredentials(1));
    }

    @Test
    @Order(4)
    void issuerWrite_putProfile_thenGetProfileReturnsIt() throws Exception {
        sentProfile = "{\"id\": \"" + ISSUER.didKey() + "\", \"type\": [\"Profile\"], \"name\": \"Alice Example\","
                + " \"email\": \"alice@example.org\", \"extension:favouriteColour\": \"green\"}";
        ProfileUpdate put = learner.putProfile(sentProfile);
        assertThat(put.httpStatus()).isEqualTo(200);
        assertThat(put.optionalProfile()).hasValue((ObjectNode) JSON.readTree(sentProfile));
        assertThat(learner.getProfile()).isEqualTo(JSON.readTree(sentProfile));
    }

    @Test
    @Order(5)
    void host_providerWrite_preservesSentDataAcrossACrashAndTheStoredTokensStillWork() throws Exception {
        String accessBefore = learner.tokens().orElseThrow().accessToken();
        int port = base.getPort();
        // A crash between requests: no shutdown hook, no graceful close of the store.
        server.destroyForcibly();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(start(port)).isEqualTo(base);
        // The same connection, the same access token (no refresh happened).
        assertStoredUnchanged(learner.allCredentials(1));
        assertThat(learner.getProfile()).isEqualTo(JSON.readTree(sentProfile));
        assertThat(learner.tokens().orElseThrow().accessToken()).isEqualTo(accessBefore);
    }

    @Test
    @Order(6)
    void host_tokenRefreshAfterTheRestartReturnsANewAccessToken() throws Exception {
        StoredTokens before = learner.tokens().orElseThrow();
        // A second client on the same token store whose clock is two hours ahead: to it the access token has
        // expired, so it refreshes before calling (the refresh token lives 30 days on the server).
        Ob3ApiClient later = Ob3ApiClient.builder().allowLoopbackHttp(true).tokenStore(tokens)
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(2))).build();
        LearnerConnection connection = later.connect(registration, LEARNER);
        assertStoredUnchanged(connection.allCredentials(1));
        StoredTokens after = learner.tokens().orElseThrow();
        assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
        assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
        // The first client now uses the new tokens too (one token store).
        assertThat(learner.getProfile()).isEqualTo(JSON.readTree(sentProfile));
        // Not replayed here: presenting the rotated refresh token again is taken as theft and revokes the whole
        // grant (docs/API.md, OAuth 2.0), which the authorization server's own tests cover.
    }

    @Test
    @Order(7)
    void host_sigtermStopsTheServerCleanlyWithinAMinuteAndDataSurvivesAThirdStart() throws Exception {
        int port = base.getPort();
        long begin = System.nanoTime();
        server.destroy();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(60));
        // 143 = 128 + SIGTERM after the shutdown hooks ran; 0 if the command returned first.
        assertThat(server.exitValue()).isIn(0, 143);
        assertThat(start(port)).isEqualTo(base);
        assertStoredUnchanged(learner.allCredentials(1));
        assertThat(learner.getProfile()).isEqualTo(JSON.readTree(sentProfile));
    }

    @Test
    @Order(8)
    void host_revocationMakesEverySubsequentCallFail() throws Exception {
        StoredTokens before = learner.tokens().orElseThrow();
        LearnerConnection revocable = client.connect(registration.withRevocationUrl(base.resolve("/oauth/revoke")),
                LEARNER);
        assertThat(revocable.revoke()).isTrue();
        // The client forgot the tokens ...
        assertThatThrownBy(() -> learner.getProfile()).isInstanceOfSatisfying(ApiClientException.class,
                e -> assertThat(e.clientCode()).isEqualTo(ApiClientCode.NOT_CONNECTED));
        // ... and the server refuses them on every operation, and refuses to refresh.
        for (String[] call : new String[][] {{"GET", "/ims/ob/v3p0/credentials"}, {"POST", "/ims/ob/v3p0/credentials"},
                {"GET", "/ims/ob/v3p0/profile"}, {"PUT", "/ims/ob/v3p0/profile"}}) {
            String body = call[0].equals("POST") ? sentJson : call[0].equals("PUT") ? sentProfile : "";
            HttpRequest request = HttpRequest.newBuilder(base.resolve(call[1]))
                    .method(call[0], body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + before.accessToken()).build();
            HttpResponse<String> answer = browser.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(String.join(" ", call)).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    h -> assertThat(h).startsWith("Bearer").contains("invalid_token"));
        }
        HttpResponse<String> refresh = token(Map.of("grant_type", "refresh_token",
                "refresh_token", before.refreshToken()));
        assertThat(refresh.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refresh.body()).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    @Order(9)
    void host_theAccessLogIsOneJsonLinePerRequestAndCarriesNoSecret() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> logs = Files.list(data.resolve("logs"))) {
            for (Path out : logs.filter(p -> p.getFileName().toString().matches("serve-\\d+\\.out")).toList()) {
                lines.addAll(Files.readAllLines(out, StandardCharsets.UTF_8));
            }
        }
        // Three servers, each with requests: discovery, registration, the form, tokens, the API calls.
        assertThat(lines).hasSizeGreaterThan(20);
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.get("path").asText()).as(line).startsWith("/");
            assertThat(entry.get("status").asInt()).as(line).isBetween(200, 599);
        }
        String all = String.join("\n", lines);
        assertThat(all).contains("/oauth/authorize", "/oauth/token", "/ims/ob/v3p0/credentials")
                .doesNotContain(PASSWORD).doesNotContain("code=").doesNotContain("state=")
                .doesNotContain(registration.clientSecret());
    }

    // ---- the server process -------------------------------------------------------------------------------

    /** {@code laurel ARGS} as a child JVM on the test's class path; stdout and stderr go to files in the data folder. */
    private Process laurel(List<String> args, ProcessBuilder.Redirect stdin) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Laurel.class.getName()));
        command.addAll(args);
        starts++;
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(stdin)
                .redirectOutput(logFile(args.get(0) + "-" + starts + ".out").toFile())
                .redirectError(logFile(args.get(0) + "-" + starts + ".err").toFile());
        builder.environment().putAll(childEnvironment());
        return builder.start();
    }

    /** Starts {@code laurel serve} on the port (0: any) and returns the URL its first stderr line names. */
    private URI start(int port) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--port", Integer.toString(port), "--offline"));
        args.addAll(storeArgs());
        server = laurel(args, ProcessBuilder.Redirect.PIPE);
        server.getOutputStream().close();
        Path err = logFile("serve-" + starts + ".err");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.readString(err, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            if (end >= 0) {
                // The listening line is the first line on stderr, before any library notice.
                Matcher m = LISTENING.matcher(text.substring(0, end));
                assertThat(m.matches()).as(text).isTrue();
                return URI.create(m.group(1));
            }
            assertThat(server.isAlive()).as("serve ended early: " + text).isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("serve did not start within " + START_TIMEOUT + ": " + Files.readString(err));
    }

    private Path logFile(String name) throws IOException {
        Path logs = Files.createDirectories(data.resolve("logs"));
        return logs.resolve(name);
    }

    private String log(String name) {
        try {
            return Files.readString(data.resolve("logs").resolve(name));
        } catch (IOException e) {
            return "(no " + name + ")";
        }
    }

    /** The data folder the store flags name. */
    Path dataFolder() {
        return data;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void assertStoredUnchanged(CredentialsResponse all) throws IOException {
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.credential()).containsExactly((ObjectNode) JSON.readTree(sentJson));
        assertThat(all.compactJwsString()).containsExactly(sentJwt);
    }

    /** A token request with the registration's credentials in HTTP Basic, form-encoded first (RFC 6749 2.3.1). */
    private HttpResponse<String> token(Map<String, String> fields) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((enc(registration.clientId()) + ":"
                + enc(registration.clientSecret())).getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(base.resolve("/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(ConsentForm.encode(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static ObjectNode credential(int n) throws IOException {
        return (ObjectNode) JSON.readTree("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\","
                + " \"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + " \"id\": \"urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", n) + "\","
                + " \"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"],"
                + " \"issuer\": {\"id\": \"" + ISSUER.didKey() + "\", \"type\": [\"Profile\"], \"name\": \"Example LMS\"},"
                + " \"validFrom\": \"2026-01-0" + n + "T00:00:00Z\", \"name\": \"Badge " + n + "\","
                + " \"credentialSubject\": {\"id\": \"did:example:alice\", \"type\": [\"AchievementSubject\"],"
                + " \"achievement\": {\"id\": \"https://lms.example/achievements/" + n + "\", \"type\": [\"Achievement\"],"
                + " \"criteria\": {\"narrative\": \"Finished module " + n + ".\"},"
                + " \"description\": \"Module " + n + ".\", \"name\": \"Module " + n + "\"}}}");
    }

    private static String signedJson(int n) throws Exception {
        ObjectNode signed = DataIntegritySigner.of(ISSUER).sign(credential(n), ProofOptions.of(
                ProofSuite.EDDSA_RDFC_2022, ISSUER.didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
        return JSON.writeValueAsString(signed);
    }

    /**
     * The consent page as a browser without JavaScript sees it: the form's action, its hidden inputs (the OAuth
     * request and the CSRF token) and the CSRF cookie. Regular expressions over the server's own HTML (one
     * {@code <input type="hidden" name=".." value="..">} per line, attributes in that order, values
     * HTML-escaped): enough for this page, not an HTML parser.
     */
    record ConsentForm(URI page, URI action, Map<String, String> hidden, String cookie) {

        private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\">");
        private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

        static ConsentForm get(HttpClient browser, URI authorizationUrl) throws Exception {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(authorizationUrl).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/html"));
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            assertThat(cookie).startsWith("laurel_csrf=");
            return parse(page, cookie, authorizationUrl);
        }

        static ConsentForm parse(HttpResponse<String> response, String cookie, URI page) {
            String html = response.body();
            Matcher action = ACTION.matcher(html);
            assertThat(action.find()).as(html).isTrue();
            Map<String, String> hidden = new LinkedHashMap<>();
            Matcher m = HIDDEN.matcher(html);
            while (m.find()) {
                hidden.put(unescape(m.group(1)), unescape(m.group(2)));
            }
            assertThat(hidden).containsKeys("client_id", "redirect_uri", "state", "code_challenge", "csrf_token");
            // A re-shown form may set a new cookie; the browser then sends that one.
            String next = response.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);
            return new ConsentForm(page, page.resolve(unescape(action.group(1))), hidden, next);
        }

        HttpResponse<String> submit(HttpClient browser, String user, String password, String decision) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>(hidden);
            fields.put("username", user);
            fields.put("password", password);
            fields.put("decision", decision);
            return browser.send(HttpRequest.newBuilder(action).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        static String encode(Map<String, String> fields) {
            StringBuilder b = new StringBuilder();
            fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            return b.toString();
        }

        private static String unescape(String s) {
            return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }
    }
}
