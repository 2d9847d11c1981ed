package dev.laurel.badges.api.provider.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.provider.ProviderPaths;
import dev.laurel.badges.api.store.InMemoryAuthorizationStore;
import dev.laurel.badges.api.wire.Scopes;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives {@link AuthorizationServer} with {@link ApiRequest} values, as a browser and a client would over
 * HTTP: registration, the consent form (cookie and hidden fields), the token and revocation endpoints.
 */
final class OAuthFixture {

    static final URI BASE = URI.create("https://backpack.example");
    static final String REDIRECT = "https://lms.example/callback";
    static final String USER = "alice";
    static final String PASSWORD = "correct horse battery staple";
    static final String SCOPE = Scopes.CREDENTIAL_READONLY + " " + Scopes.CREDENTIAL_UPSERT;
    static final ObjectMapper JSON = new ObjectMapper();

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final InMemoryAuthorizationStore store = new InMemoryAuthorizationStore(clock);
    final AuthorizationServer server;

    OAuthFixture() {
        this(b -> b);
    }

    OAuthFixture(java.util.function.UnaryOperator<AuthorizationServer.Builder> configure) {
        server = configure.apply(AuthorizationServer.builder(store).clock(clock)).build();
        store.addUser(USER, Passwords.hash(PASSWORD.toCharArray()));
    }

    // ---- registration ----

    static ObjectNode registration(String clientUri, String redirect) {
        URI c = URI.create(clientUri);
        String origin = c.getScheme() + "://" + c.getRawAuthority();
        ObjectNode r = JSON.createObjectNode();
        r.put("client_name", "Example LMS");
        r.put("client_uri", clientUri);
        r.put("logo_uri", origin + "/logo.png");
        r.put("tos_uri", origin + "/terms");
        r.put("policy_uri", origin + "/privacy");
        r.put("software_id", "c88b6ed8-269e-448e-99be-7e2ff47167d1");
        r.put("software_version", "1.0");
        r.putArray("redirect_uris").add(redirect);
        r.put("token_endpoint_auth_method", "client_secret_basic");
        r.putArray("grant_types").add("authorization_code").add("refresh_token");
        r.putArray("response_types").add("code");
        r.put("scope", SCOPE + " offline_access");
        return r;
    }

    ApiResponse register(JsonNode body) {
        return server.handle(ApiRequest.of("POST", BASE, ProviderPaths.REGISTRATION)
                .withBody("application/json", body.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Registers the default client and returns its credentials. */
    Client registerClient() {
        ApiResponse r = register(registration("https://lms.example/", REDIRECT));
        assertThat(r.status()).as(r.bodyText()).isEqualTo(201);
        JsonNode j = json(r);
        return new Client(j.get("client_id").asText(), j.get("client_secret").asText());
    }

    record Client(String id, String secret) {
        String basic() {
            String pair = enc(id) + ":" + enc(secret);
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
    }

    // ---- authorization ----

    /** A PKCE verifier and the parameters of an authorization request that uses it. */
    record Authorization(String verifier, Map<String, String> params) {}

    static Authorization authorization(Client client) {
        String verifier = "v".repeat(20) + "-verifier-of-forty-three-chars-at-least-" + System.nanoTime();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", client.id());
        p.put("redirect_uri", REDIRECT);
        p.put("scope", SCOPE);
        p.put("state", "state-123");
        p.put("code_challenge", s256(verifier));
        p.put("code_challenge_method", "S256");
        return new Authorization(verifier, p);
    }

    ApiResponse authorizeGet(Map<String, String> params) {
        return server.handle(ApiRequest.of("GET", BASE, ProviderPaths.AUTHORIZE + "?" + form(params)));
    }

    /** The consent page: its cookie and its hidden fields. */
    record Page(ApiResponse response, String cookie, Map<String, String> hidden) {}

    Page openForm(Map<String, String> params) {
        ApiResponse r = authorizeGet(params);
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        String setCookie = r.header("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        return new Page(r, cookie, hidden(r.bodyText()));
    }

    static Map<String, String> hidden(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">").matcher(html);
        while (m.find()) {
            out.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    ApiResponse submit(Map<String, String> fields, String cookie) {
        ApiRequest r = ApiRequest.of("POST", BASE, ProviderPaths.AUTHORIZE)
                .withBody("application/x-www-form-urlencoded", form(fields).getBytes(StandardCharsets.UTF_8));
        return server.handle(cookie == null ? r : r.withHeader("Cookie", cookie));
    }

    ApiResponse approve(Page page, String user, String password) {
        Map<String, String> f = new LinkedHashMap<>(page.hidden());
        f.put("username", user);
        f.put("password", password);
        f.put("decision", "approve");
        return submit(f, page.cookie());
    }

    /** The whole front channel: returns the code from the redirect. */
    String code(Authorization a) {
        ApiResponse r = approve(openForm(a.params()), USER, PASSWORD);
        assertThat(r.status()).as(r.bodyText()).isEqualTo(302);
        Map<String, List<String>> q = query(r);
        assertThat(q.get("state")).containsExactly("state-123");
        return q.get("code").get(0);
    }

    static Map<String, List<String>> query(ApiResponse redirect) {
        URI location = URI.create(redirect.header("Location").orElseThrow());
        return ApiRequest.decodeForm(location.getRawQuery());
    }

    // ---- token and revocation ----

    ApiResponse token(Client client, Map<String, String> fields) {
        return server.handle(ApiRequest.of("POST", BASE, ProviderPaths.TOKEN)
                .withBody("application/x-www-form-urlencoded", form(fields).getBytes(StandardCharsets.UTF_8))
                .withHeader("Authorization", client.basic()));
    }

    ApiResponse exchange(Client client, String code, String verifier) {
        return token(client, Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "code_verifier", verifier));
    }

    /** Registration, consent and exchange: the token response's JSON. */
    JsonNode tokens(Client client) {
        Authorization a = authorization(client);
        ApiResponse r = exchange(client, code(a), a.verifier());
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        return json(r);
    }

    ApiResponse refresh(Client client, String refreshToken, String scope) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("grant_type", "refresh_token");
        f.put("refresh_token", refreshToken);
        if (scope != null) {
            f.put("scope", scope);
        }
        return token(client, f);
    }

    ApiResponse revoke(Client client, String token) {
        return server.handle(ApiRequest.of("POST", BASE, ProviderPaths.REVOKE)
                .withBody("application/x-www-form-urlencoded", form(Map.of("token", token)).getBytes(StandardCharsets.UTF_8))
                .withHeader("Authorization", client.basic()));
    }

    // ---- helpers ----

    static JsonNode json(ApiResponse r) {
        try {
            return JSON.readTree(r.bodyText());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + r.bodyText(), e);
        }
    }

    static void assertOAuthError(ApiResponse r, int status, String error) {
        assertThat(r.status()).as(r.bodyText()).isEqualTo(status);
        assertThat(json(r).path("error").asText()).isEqualTo(error);
        assertThat(r.header("Cache-Control")).contains("no-store");
    }

    static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return b.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String s256(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
