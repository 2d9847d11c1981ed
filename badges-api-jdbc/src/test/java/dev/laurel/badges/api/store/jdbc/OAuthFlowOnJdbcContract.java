package dev.laurel.badges.api.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.provider.ProviderPaths;
import dev.laurel.badges.api.provider.oauth.AuthorizationServer;
import dev.laurel.badges.api.provider.oauth.Passwords;
import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.wire.Scopes;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The authorization server on a JDBC store, through a restart: registration, consent, exchange, then a new
 * store and server on the same database still accept the tokens, rotate the refresh token and recognise a
 * replayed code. Run on H2 and PostgreSQL by subclasses.
 */
abstract class OAuthFlowOnJdbcContract {

    /** Opens the store on the database under test; the same database each call. */
    abstract AuthorizationStore open();

    static final URI BASE = URI.create("https://backpack.example");
    static final String REDIRECT = "https://lms.example/cb";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tokensCodesAndClientsSurviveARestart() throws Exception {
        String user = "erin-" + UUID.randomUUID();
        String verifier = "verifier-" + UUID.randomUUID() + "-" + UUID.randomUUID();
        String clientId;
        String secret;
        String code;
        JsonNode tokens;
        try (AuthorizationStore store = open()) {
            AuthorizationServer server = AuthorizationServer.builder(store).build();
            store.addUser(user, Passwords.hash("s3cret pass".toCharArray()));
            String registration = "{\"client_name\":\"LMS\",\"client_uri\":\"https://lms.example/\","
                    + "\"logo_uri\":\"https://lms.example/l.png\",\"tos_uri\":\"https://lms.example/t\","
                    + "\"policy_uri\":\"https://lms.example/p\",\"software_id\":\"x\",\"software_version\":\"1\","
                    + "\"redirect_uris\":[\"" + REDIRECT + "\"],\"grant_types\":[\"authorization_code\","
                    + "\"refresh_token\"],\"scope\":\"" + Scopes.CREDENTIAL_UPSERT + "\"}";
            ApiResponse registered = server.handle(ApiRequest.of("POST", BASE, ProviderPaths.REGISTRATION)
                    .withBody("application/json", registration.getBytes(StandardCharsets.UTF_8)));
            assertThat(registered.status()).as(registered.bodyText()).isEqualTo(201);
            JsonNode c = JSON.readTree(registered.bodyText());
            clientId = c.get("client_id").asText();
            secret = c.get("client_secret").asText();

            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            ApiResponse page = server.handle(ApiRequest.of("GET", BASE, ProviderPaths.AUTHORIZE + "?response_type=code"
                    + "&client_id=" + enc(clientId) + "&redirect_uri=" + enc(REDIRECT) + "&scope="
                    + enc(Scopes.CREDENTIAL_UPSERT) + "&state=s1&code_challenge=" + challenge
                    + "&code_challenge_method=S256"));
            assertThat(page.status()).as(page.bodyText()).isEqualTo(200);
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher m = Pattern.compile("type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"").matcher(page.bodyText());
            while (m.find()) {
                fields.put(m.group(1), m.group(2).replace("&amp;", "&"));
            }
            fields.put("username", user);
            fields.put("password", "s3cret pass");
            fields.put("decision", "approve");
            String cookie = page.header("Set-Cookie").orElseThrow().split(";")[0];
            ApiResponse approved = server.handle(ApiRequest.of("POST", BASE, ProviderPaths.AUTHORIZE)
                    .withBody("application/x-www-form-urlencoded", form(fields).getBytes(StandardCharsets.UTF_8))
                    .withHeader("Cookie", cookie));
            assertThat(approved.status()).as(approved.bodyText()).isEqualTo(302);
            code = ApiRequest.decodeForm(URI.create(approved.header("Location").orElseThrow()).getRawQuery())
                    .get("code").get(0);
            ApiResponse exchanged = token(server, clientId, secret, Map.of("grant_type", "authorization_code",
                    "code", code, "redirect_uri", REDIRECT, "code_verifier", verifier));
            assertThat(exchanged.status()).as(exchanged.bodyText()).isEqualTo(200);
            tokens = JSON.readTree(exchanged.bodyText());
        }

        try (AuthorizationStore store = open()) {
            AuthorizationServer server = AuthorizationServer.builder(store).build();
            String access = tokens.get("access_token").asText();
            assertThat(server.validate(access)).hasValueSatisfying(g -> {
                assertThat(g.owner()).isEqualTo(user);
                assertThat(g.clientId()).isEqualTo(clientId);
                assertThat(g.scopes()).containsExactly(Scopes.CREDENTIAL_UPSERT);
            });
            ApiResponse refreshed = token(server, clientId, secret, Map.of("grant_type", "refresh_token",
                    "refresh_token", tokens.get("refresh_token").asText()));
            assertThat(refreshed.status()).as(refreshed.bodyText()).isEqualTo(200);
            String access2 = JSON.readTree(refreshed.bodyText()).get("access_token").asText();
            assertThat(server.validate(access2)).isPresent();

            ApiResponse replay = token(server, clientId, secret, Map.of("grant_type", "authorization_code",
                    "code", code, "redirect_uri", REDIRECT, "code_verifier", verifier));
            assertThat(replay.status()).isEqualTo(400);
            assertThat(JSON.readTree(replay.bodyText()).get("error").asText()).isEqualTo("invalid_grant");
            assertThat(server.validate(access)).isEmpty();
            assertThat(server.validate(access2)).as("descends from the replayed code").isEmpty();
        }
    }

    private static ApiResponse token(AuthorizationServer server, String id, String secret, Map<String, String> f) {
        String basic = Base64.getEncoder().encodeToString((enc(id) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8));
        return server.handle(ApiRequest.of("POST", BASE, ProviderPaths.TOKEN)
                .withBody("application/x-www-form-urlencoded", form(f).getBytes(StandardCharsets.UTF_8))
                .withHeader("Authorization", "Basic " + basic));
    }

    private static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
