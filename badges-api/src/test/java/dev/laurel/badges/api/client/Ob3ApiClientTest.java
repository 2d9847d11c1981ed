package dev.laurel.badges.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.api.client.ScriptedProvider.Recorded;
import dev.laurel.badges.api.client.ScriptedProvider.Reply;
import dev.laurel.badges.api.provider.ProviderPaths;
import dev.laurel.badges.api.wire.CredentialsResponse;
import dev.laurel.badges.api.wire.Scopes;
import dev.laurel.badges.api.wire.StatusInfo;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a scripted provider on a real local HTTP server ({@link ScriptedBackpack}): discovery,
 * registration, the authorization code grant with PKCE, refresh, revocation, paging, upserts, the profile,
 * and a typed error for each failure class, with assertions on the requests the client sent. The provider
 * ({@code laurel serve}) is written in parallel; the end-to-end test of this client against the real server
 * comes with it.
 */
class Ob3ApiClientTest {

    static final URI REDIRECT = URI.create("https://lms.example/oauth/callback");
    static final String JWS = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJodHRwczovL2lzc3Vlci5leGFtcGxlIn0.c2lnbmF0dXJl";

    ScriptedBackpack backpack;
    MutableClock clock = new MutableClock();
    InMemoryTokenStore store = new InMemoryTokenStore();
    Ob3ApiClient client;
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        backpack = new ScriptedBackpack();
        client = Ob3ApiClient.builder().allowLoopbackHttp(true).clock(clock).tokenStore(store)
                .requestTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        backpack.close();
    }

    static ClientMetadata metadata() {
        return ClientMetadata.builder().client("Example LMS", URI.create("https://lms.example/"))
                .pages(URI.create("https://lms.example/logo.png"), URI.create("https://lms.example/terms"),
                        URI.create("https://lms.example/privacy"))
                .software("c88b6ed8-269e-448e-99be-7e2ff47167d1", "4.2.0").redirectUri(REDIRECT).scopes(Scopes.ALL)
                .contact("admin@lms.example").build();
    }

    ClientRegistration registration() {
        return client.register(client.discover(backpack.http.base()), metadata());
    }

    /** The learner's browser: follows the authorization URL to the provider and returns where it is sent back. */
    static URI browse(URI authorizationUrl) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> r = browser.send(HttpRequest.newBuilder(authorizationUrl).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(302);
        return URI.create(r.headers().firstValue("Location").orElseThrow());
    }

    LearnerConnection authorise(ClientRegistration reg, String learner) throws Exception {
        PendingAuthorization p = client.startAuthorization(reg, learner, Scopes.ALL, REDIRECT);
        return client.completeAuthorization(p, browse(p.authorizationUrl()));
    }

    static ApiClientException thrown(ThrowingCallable call, ApiClientCode code) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(ApiClientException.class);
        ApiClientException e = (ApiClientException) t;
        assertThat(e.clientCode()).as(e.getMessage()).isEqualTo(code);
        return e;
    }

    static Map<String, String> query(URI uri) {
        return ScriptedProvider.parseForm(uri.getRawQuery());
    }

    // ---- the whole flow --------------------------------------------------------------------------------

    @Test
    void discoversRegistersAuthorisesAndUsesTheApi() throws Exception {
        ApiProvider provider = client.discover(URI.create(backpack.http.base() + "/"));
        assertThat(provider.baseUrl()).isEqualTo(backpack.http.base());
        assertThat(provider.description().tokenUrl()).isEqualTo(backpack.http.url(ProviderPaths.TOKEN));

        ClientRegistration reg = client.register(provider, metadata());
        assertThat(reg.clientId()).isEqualTo(ScriptedBackpack.CLIENT_ID);
        assertThat(reg.clientSecret()).isEqualTo(ScriptedBackpack.CLIENT_SECRET);
        assertThat(reg.redirectUris()).containsExactly(REDIRECT);
        assertThat(reg.scopes()).containsExactlyElementsOf(Scopes.ALL);
        assertThat(reg.clientSecretExpiresAt()).isNull();
        assertThat(reg.toString()).doesNotContain(ScriptedBackpack.CLIENT_SECRET);
        Recorded registration = backpack.http.requests("POST", ProviderPaths.REGISTRATION).get(0);
        assertThat(registration.header("Content-Type")).startsWith("application/json");
        assertThat(registration.header("Authorization")).isNull();
        JsonNode sent = mapper.readTree(registration.body());
        assertThat(sent.get("client_name").asText()).isEqualTo("Example LMS");
        assertThat(sent.get("redirect_uris").isArray()).isTrue();
        assertThat(sent.get("token_endpoint_auth_method").asText()).isEqualTo("client_secret_basic");
        assertThat(sent.get("grant_types").toString()).contains("authorization_code", "refresh_token");
        assertThat(sent.get("response_types").toString()).isEqualTo("[\"code\"]");
        assertThat(sent.get("scope").asText().split(" ")).containsExactlyElementsOf(Scopes.ALL);
        assertThat(sent.get("software_id").asText()).isEqualTo("c88b6ed8-269e-448e-99be-7e2ff47167d1");
        assertThat(sent.get("software_version").asText()).isEqualTo("4.2.0");
        for (String url : List.of("client_uri", "logo_uri", "tos_uri", "policy_uri")) {
            assertThat(sent.get(url).asText()).startsWith("https://lms.example/");
        }

        PendingAuthorization pending = client.startAuthorization(reg, "learner-42", Scopes.ALL, REDIRECT);
        Map<String, String> q = query(pending.authorizationUrl());
        assertThat(pending.authorizationUrl().toString()).startsWith(backpack.http.url(ProviderPaths.AUTHORIZE) + "?");
        assertThat(q).containsEntry("response_type", "code").containsEntry("client_id", ScriptedBackpack.CLIENT_ID)
                .containsEntry("redirect_uri", REDIRECT.toString()).containsEntry("code_challenge_method", "S256")
                .containsEntry("state", pending.state()).containsEntry("scope", String.join(" ", Scopes.ALL));
        // RFC 7636 4.2: code_challenge = BASE64URL(SHA256(ASCII(code_verifier))); the verifier is 43 characters.
        assertThat(q.get("code_challenge")).isEqualTo(ScriptedBackpack.s256(pending.codeVerifier()));
        assertThat(pending.codeVerifier()).matches("[A-Za-z0-9_-]{43}");
        assertThat(pending.state()).matches("[A-Za-z0-9_-]{43}");
        assertThat(q).doesNotContainKey("code_verifier");
        assertThat(pending.toString()).doesNotContain(pending.codeVerifier());

        URI callback = browse(pending.authorizationUrl());
        LearnerConnection learner = client.completeAuthorization(pending, callback);
        Recorded token = backpack.http.requests("POST", ProviderPaths.TOKEN).get(0);
        assertThat(token.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(token.form()).containsEntry("grant_type", "authorization_code")
                .containsEntry("code", query(callback).get("code")).containsEntry("redirect_uri", REDIRECT.toString())
                .containsEntry("code_verifier", pending.codeVerifier())
                .containsEntry("scope", String.join(" ", Scopes.ALL)).doesNotContainKey("client_secret");
        assertBasicAuthIsFormEncoded(token);
        StoredTokens tokens = learner.tokens().orElseThrow();
        assertThat(tokens.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(tokens.scopes()).containsExactlyElementsOf(Scopes.ALL);
        assertThat(store.load(new TokenKey(backpack.http.base().toString(), "learner-42"))).contains(tokens);
        assertThat(tokens.toString()).doesNotContain(tokens.accessToken()).doesNotContain(tokens.refreshToken());

        String json = "{\"id\":\"urn:uuid:1\",\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"]}";
        UpsertResponse created = learner.upsertCredential(json);
        assertThat(created.outcome()).isEqualTo(UpsertResponse.Outcome.CREATED);
        assertThat(created.body()).isEqualTo(json);
        assertThat(learner.upsertCredential(json).outcome()).isEqualTo(UpsertResponse.Outcome.REPLACED);
        assertThat(learner.upsertCredential("  " + JWS + "\n").httpStatus()).isEqualTo(201);
        List<Recorded> upserts = backpack.http.requests("POST", ProviderPaths.CREDENTIALS);
        assertThat(upserts.get(0).header("Content-Type")).isEqualTo("application/json");
        assertThat(upserts.get(2).header("Content-Type")).isEqualTo("text/plain");
        assertThat(upserts.get(2).text()).isEqualTo(JWS);
        for (Recorded r : upserts) {
            assertThat(r.header("Authorization")).isEqualTo("Bearer " + tokens.accessToken());
        }

        CredentialsPage page = learner.getCredentials(10, 0);
        assertThat(page.credentials().credential()).hasSize(1);
        assertThat(page.credentials().compactJwsString()).containsExactly(JWS);
        assertThat(page.total()).hasValue(2);
        assertThat(page.next()).isEmpty();

        assertThat(learner.getProfile().get("name").asText()).isEqualTo("Ada");
        ProfileUpdate update = learner.putProfile("{\"id\":\"https://backpack.example/learner\",\"type\":\"Profile\",\"name\":\"Ada L.\"}");
        assertThat(update.httpStatus()).isEqualTo(200);
        assertThat(update.optionalProfile().orElseThrow().get("name").asText()).isEqualTo("Ada L.");
        Recorded put = backpack.http.requests("PUT", ProviderPaths.PROFILE).get(0);
        assertThat(put.header("Content-Type")).isEqualTo("application/json");
        assertThat(learner.getProfile().get("name").asText()).isEqualTo("Ada L.");

        // A connection made later from the stored tokens works the same (an application restart with a persistent store).
        assertThat(client.connect(reg, "learner-42").getCredentials(1, 1).credentials().compactJwsString())
                .containsExactly(JWS);
    }

    /** RFC 6749 2.3.1: client_id and client_secret are form-encoded, then joined with ':' and Base64-encoded. */
    static void assertBasicAuthIsFormEncoded(Recorded r) {
        String auth = r.header("Authorization");
        assertThat(auth).startsWith("Basic ");
        String pair = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
        String[] parts = pair.split(":", -1);
        assertThat(parts).as("the secret's own ':' is encoded, so exactly one ':' separates").hasSize(2);
        assertThat(parts[1]).doesNotContain(" ").doesNotContain("é");
        assertThat(URLDecoder.decode(parts[0], StandardCharsets.UTF_8)).isEqualTo(ScriptedBackpack.CLIENT_ID);
        assertThat(URLDecoder.decode(parts[1], StandardCharsets.UTF_8)).isEqualTo(ScriptedBackpack.CLIENT_SECRET);
    }

    // ---- paging ----------------------------------------------------------------------------------------

    @Test
    void allCredentialsFollowsEveryPage() throws Exception {
        for (int i = 0; i < 25; i++) {
            backpack.credentials.add(i % 5 == 4 ? JWS.replace("c2lnbmF0dXJl", "c2ln" + i)
                    : "{\"id\":\"urn:uuid:" + i + "\",\"type\":[\"VerifiableCredential\"]}");
        }
        LearnerConnection learner = authorise(registration(), "learner-1");
        CredentialsPage middle = learner.getCredentials(10, 10);
        assertThat(middle.total()).hasValue(25);
        assertThat(middle.credentials().size()).isEqualTo(10);
        assertThat(query(middle.next().orElseThrow())).containsEntry("offset", "20").containsEntry("limit", "10");
        assertThat(query(middle.links().prev())).containsEntry("offset", "0");

        backpack.http.requests.clear();
        CredentialsResponse all = learner.allCredentials(10);
        assertThat(all.credential()).hasSize(20);
        assertThat(all.compactJwsString()).hasSize(5);
        assertThat(all.credential().get(19).get("id").asText()).isEqualTo("urn:uuid:23");
        List<Recorded> gets = backpack.http.requests("GET", ProviderPaths.CREDENTIALS);
        assertThat(gets).extracting(r -> r.form().get("offset")).containsExactly("0", "10", "20");
        assertThat(learner.allCredentials().size()).isEqualTo(25);
    }

    @Test
    void relativeLinksResolveAsRfc3986Says() throws Exception {
        LearnerConnection learner = authorise(registration(), "learner-1");
        backpack.http.on("GET", ProviderPaths.CREDENTIALS, r -> {
            int offset = Integer.parseInt(r.form().get("offset"));
            String link = offset == 0 ? "<?limit=1&offset=1>; rel=\"next\"" : "<credentials?limit=1&offset=0>; rel=\"first\"";
            return Reply.json(200, "{\"compactJwsString\":[\"" + JWS + "\"]}").withHeader("Link", link);
        });
        CredentialsPage first = learner.getCredentials(1, 0);
        assertThat(first.next()).contains(URI.create(backpack.http.url(ProviderPaths.CREDENTIALS) + "?limit=1&offset=1"));
        assertThat(learner.allCredentials(1).size()).isEqualTo(2);
        assertThat(learner.getCredentials(1, 1).links().first())
                .isEqualTo(URI.create(backpack.http.url(ProviderPaths.CREDENTIALS) + "?limit=1&offset=0"));
    }

    @Test
    void withoutLinkHeaderTheTotalCountDrivesPaging() throws Exception {
        LearnerConnection learner = authorise(registration(), "learner-1");
        backpack.http.on("GET", ProviderPaths.CREDENTIALS, r -> {
            int offset = Integer.parseInt(r.form().get("offset"));
            String body = offset >= 6 ? "{}" : "{\"compactJwsString\":[\"" + JWS + "\",\"" + JWS + "\",\"" + JWS + "\"]}";
            return Reply.json(200, body).withHeader("X-Total-Count", "6");
        });
        assertThat(learner.allCredentials(3).size()).isEqualTo(6);
        assertThat(backpack.http.requests("GET", ProviderPaths.CREDENTIALS)).hasSize(2);
    }

    @Test
    void brokenPagingIsBounded() throws Exception {
        client = Ob3ApiClient.builder().allowLoopbackHttp(true).tokenStore(store).clock(clock).maxPages(5).build();
        LearnerConnection learner = authorise(registration(), "learner-1");
        String page = "{\"compactJwsString\":[\"" + JWS + "\"]}";
        backpack.http.on("GET", ProviderPaths.CREDENTIALS, r -> Reply.json(200, page)
                .withHeader("Link", "<" + backpack.http.url(ProviderPaths.CREDENTIALS) + "?limit=1&offset=0>; rel=\"next\""));
        thrown(() -> learner.allCredentials(1), ApiClientCode.PAGING_LOOP);

        backpack.http.on("GET", ProviderPaths.CREDENTIALS, r -> {
            int offset = Integer.parseInt(r.form().get("offset"));
            return Reply.json(200, page).withHeader("Link", "<" + ProviderPaths.CREDENTIALS + "?limit=1&offset=" + (offset + 1) + ">; rel=\"next\"");
        });
        thrown(() -> learner.allCredentials(1), ApiClientCode.TOO_MANY_PAGES);

        backpack.http.on("GET", ProviderPaths.CREDENTIALS, r -> Reply.json(200, page)
                .withHeader("Link", "<https://evil.example/ims/ob/v3p0/credentials?offset=1>; rel=\"next\""));
        thrown(() -> learner.allCredentials(1), ApiClientCode.LINK_REFUSED);
        assertThat(backpack.http.requests).noneMatch(r -> r.uri().toString().contains("evil"));

        backpack.http.on("GET", ProviderPaths.CREDENTIALS, r -> Reply.json(200, page).withHeader("Link", "<broken"));
        ApiClientException e = thrown(() -> learner.getCredentials(1, 0), ApiClientCode.MALFORMED_RESPONSE);
        assertThat(e.httpStatus()).hasValue(200);
        backpack.http.on("GET", ProviderPaths.CREDENTIALS, r -> Reply.json(200, page).withHeader("X-Total-Count", "-1"));
        thrown(() -> learner.getCredentials(1, 0), ApiClientCode.MALFORMED_RESPONSE);
    }

    // ---- refresh ---------------------------------------------------------------------------------------

    @Test
    void a401IsAnsweredByOneRefreshAndOneRetry() throws Exception {
        LearnerConnection learner = authorise(registration(), "learner-1");
        String first = learner.tokens().orElseThrow().accessToken();
        String firstRefresh = learner.tokens().orElseThrow().refreshToken();
        backpack.validAccessTokens.remove(first);   // the provider revoked or expired it early

        assertThat(learner.getProfile().get("name").asText()).isEqualTo("Ada");

        Recorded refresh = backpack.http.requests("POST", ProviderPaths.TOKEN).get(1);
        assertThat(refresh.form()).containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", firstRefresh)
                .containsEntry("scope", String.join(" ", Scopes.ALL));
        assertBasicAuthIsFormEncoded(refresh);
        List<Recorded> gets = backpack.http.requests("GET", ProviderPaths.PROFILE);
        assertThat(gets).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer " + first, "Bearer " + learner.tokens().orElseThrow().accessToken());
        assertThat(learner.tokens().orElseThrow().accessToken()).isNotEqualTo(first);
        assertThat(learner.tokens().orElseThrow().refreshToken()).isNotEqualTo(firstRefresh);
    }

    @Test
    void anExpiredTokenIsRefreshedBeforeTheCall() throws Exception {
        LearnerConnection learner = authorise(registration(), "learner-1");
        String first = learner.tokens().orElseThrow().accessToken();
        clock.advance(Duration.ofSeconds(3600 - 10));   // inside the 30 s leeway
        learner.getProfile();
        assertThat(backpack.http.requests("GET", ProviderPaths.PROFILE)).extracting(r -> r.header("Authorization"))
                .doesNotContain("Bearer " + first).hasSize(1);
        assertThat(backpack.http.requests("POST", ProviderPaths.TOKEN)).hasSize(2);
    }

    @Test
    void concurrentCallsWithAnExpiredTokenRefreshOnce() throws Exception {
        LearnerConnection learner = authorise(registration(), "learner-1");
        clock.advance(Duration.ofHours(2));
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    learner.getProfile();
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertThat(failures).isEmpty();
        assertThat(backpack.http.requests("POST", ProviderPaths.TOKEN)).hasSize(2);   // the code, one refresh
    }

    @Test
    void aSecond401IsUnauthorizedWithTheStatusInfo() throws Exception {
        LearnerConnection learner = authorise(registration(), "learner-1");
        backpack.http.on("GET", ProviderPaths.PROFILE, r -> backpack.unauthorized());
        ApiClientException e = thrown(learner::getProfile, ApiClientCode.UNAUTHORIZED);
        assertThat(e.httpStatus()).hasValue(401);
        assertThat(e.statusInfo().orElseThrow().firstCodeMinor()).contains(StatusInfo.CodeMinorValue.UNAUTHORIZEDREQUEST);
        assertThat(e.oauthError().orElseThrow().code()).isEqualTo("invalid_token");
        assertThat(backpack.http.requests("GET", ProviderPaths.PROFILE)).hasSize(2);
        assertThat(backpack.http.requests("POST", ProviderPaths.TOKEN)).hasSize(2);
    }

    @Test
    void aRefusedRefreshTokenIsInvalidGrantAndForgetsTheTokens() throws Exception {
        LearnerConnection learner = authorise(registration(), "learner-1");
        backpack.validRefreshTokens.clear();
        clock.advance(Duration.ofHours(2));
        ApiClientException e = thrown(learner::getProfile, ApiClientCode.INVALID_GRANT);
        assertThat(e.oauthError().orElseThrow().code()).isEqualTo("invalid_grant");
        assertThat(learner.tokens()).isEmpty();
        thrown(learner::getProfile, ApiClientCode.NOT_CONNECTED);
    }

    // ---- authorization failures ------------------------------------------------------------------------

    @Test
    void aRedirectWithAnotherStateIsRefusedBeforeAnyTokenRequest() throws Exception {
        ClientRegistration reg = registration();
        PendingAuthorization mine = client.startAuthorization(reg, "learner-1", Scopes.ALL, REDIRECT);
        PendingAuthorization other = client.startAuthorization(reg, "learner-1", Scopes.ALL, REDIRECT);
        assertThat(other.state()).isNotEqualTo(mine.state());
        assertThat(other.codeVerifier()).isNotEqualTo(mine.codeVerifier());
        URI callback = browse(other.authorizationUrl());
        thrown(() -> client.completeAuthorization(mine, callback), ApiClientCode.STATE_MISMATCH);
        URI noState = URI.create(REDIRECT + "?code=abc");
        thrown(() -> client.completeAuthorization(mine, noState), ApiClientCode.STATE_MISMATCH);
        assertThat(backpack.http.requests("POST", ProviderPaths.TOKEN)).isEmpty();
        assertThat(store.load(new TokenKey(backpack.http.base().toString(), "learner-1"))).isEmpty();
    }

    @Test
    void accessDeniedIsTypedAndAForgedErrorIsAStateMismatch() throws Exception {
        ClientRegistration reg = registration();
        backpack.authorizationError = "access_denied";
        PendingAuthorization p = client.startAuthorization(reg, "learner-1", List.of(Scopes.CREDENTIAL_UPSERT), REDIRECT);
        ApiClientException e = thrown(() -> client.completeAuthorization(p, browse(p.authorizationUrl())),
                ApiClientCode.ACCESS_DENIED);
        assertThat(e.oauthError().orElseThrow().description()).isEqualTo("The learner said no");
        URI forged = URI.create(REDIRECT + "?error=access_denied&state=somebody-else");
        thrown(() -> client.completeAuthorization(p, forged), ApiClientCode.STATE_MISMATCH);
        URI other = URI.create(REDIRECT + "?error=invalid_scope&state=" + ScriptedBackpack.enc(p.state()));
        assertThat(thrown(() -> client.completeAuthorization(p, other), ApiClientCode.AUTHORIZATION_FAILED)
                .oauthError().orElseThrow().code()).isEqualTo("invalid_scope");
        URI neither = URI.create(REDIRECT + "?state=" + ScriptedBackpack.enc(p.state()));
        thrown(() -> client.completeAuthorization(p, neither), ApiClientCode.MALFORMED_RESPONSE);
        assertThatThrownBy(() -> client.completeAuthorization(p, URI.create("https://evil.example/cb?code=x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplayedCodeOrWrongVerifierIsInvalidGrant() throws Exception {
        ClientRegistration reg = registration();
        PendingAuthorization p = client.startAuthorization(reg, "learner-1", Scopes.ALL, REDIRECT);
        URI callback = browse(p.authorizationUrl());
        client.completeAuthorization(p, callback);
        ApiClientException e = thrown(() -> client.completeAuthorization(p, callback), ApiClientCode.INVALID_GRANT);
        assertThat(e.httpStatus()).hasValue(400);
        assertThat(e.oauthError().orElseThrow().description()).isEqualTo("bad code or verifier");

        PendingAuthorization q = client.startAuthorization(reg, "learner-2", Scopes.ALL, REDIRECT);
        PendingAuthorization tampered = new PendingAuthorization(q.registration(), q.learner(), q.authorizationUrl(),
                q.redirectUri(), q.scopes(), q.state(), p.codeVerifier());
        thrown(() -> client.completeAuthorization(tampered, browse(q.authorizationUrl())), ApiClientCode.INVALID_GRANT);

        ClientRegistration wrongSecret = new ClientRegistration(reg.provider(), reg.clientId(), "nope", null, null,
                reg.redirectUris(), reg.scopes(), null);
        PendingAuthorization w = client.startAuthorization(wrongSecret, "learner-3", Scopes.ALL, REDIRECT);
        ApiClientException bad = thrown(() -> client.completeAuthorization(w, browse(w.authorizationUrl())),
                ApiClientCode.TOKEN_REJECTED);
        assertThat(bad.oauthError().orElseThrow().code()).isEqualTo("invalid_client");
    }

    // ---- revocation ------------------------------------------------------------------------------------

    @Test
    void revokeSendsBothTokensWithHintsAndForgetsThem() throws Exception {
        ClientRegistration reg = registration().withRevocationUrl(backpack.http.url(ProviderPaths.REVOKE));
        LearnerConnection learner = authorise(reg, "learner-1");
        StoredTokens tokens = learner.tokens().orElseThrow();
        assertThat(learner.revoke()).isTrue();
        List<Recorded> revocations = backpack.http.requests("POST", ProviderPaths.REVOKE);
        assertThat(revocations).extracting(r -> r.form().get("token"))
                .containsExactly(tokens.refreshToken(), tokens.accessToken());
        assertThat(revocations).extracting(r -> r.form().get("token_type_hint"))
                .containsExactly("refresh_token", "access_token");
        revocations.forEach(Ob3ApiClientTest::assertBasicAuthIsFormEncoded);
        assertThat(learner.tokens()).isEmpty();
        thrown(learner::getProfile, ApiClientCode.NOT_CONNECTED);
        assertThat(learner.revoke()).isFalse();
    }

    @Test
    void aRefusedRevocationKeepsTheTokensAndWithoutAnEndpointTheyAreOnlyForgotten() throws Exception {
        ClientRegistration reg = registration().withRevocationUrl(backpack.http.url(ProviderPaths.REVOKE));
        LearnerConnection learner = authorise(reg, "learner-1");
        backpack.http.on("POST", ProviderPaths.REVOKE, r -> Reply.json(400, "{\"error\":\"unsupported_token_type\"}"));
        ApiClientException e = thrown(learner::revoke, ApiClientCode.TOKEN_REJECTED);
        assertThat(e.oauthError().orElseThrow().code()).isEqualTo("unsupported_token_type");
        assertThat(learner.tokens()).isPresent();

        LearnerConnection local = client.connect(registration(), "learner-1");
        assertThat(local.revoke()).isFalse();
        assertThat(local.tokens()).isEmpty();
    }

    @Test
    void anAccessTokenTheProviderWillNotRevokeIsAcceptedOnceTheRefreshTokenIs() throws Exception {
        ClientRegistration reg = registration().withRevocationUrl(backpack.http.url(ProviderPaths.REVOKE));
        LearnerConnection learner = authorise(reg, "learner-1");
        String refresh = learner.tokens().orElseThrow().refreshToken();
        backpack.http.on("POST", ProviderPaths.REVOKE, r -> refresh.equals(r.form().get("token")) ? Reply.empty(200)
                : Reply.json(400, "{\"error\":\"unsupported_token_type\"}"));
        assertThat(learner.revoke()).isTrue();
        assertThat(learner.tokens()).isEmpty();
    }

    @Test
    void withoutARefreshTokenA401IsUnauthorizedAtOnce() throws Exception {
        backpack.issueRefreshTokens = false;
        LearnerConnection learner = authorise(registration(), "learner-1");
        assertThat(learner.tokens().orElseThrow().optionalRefreshToken()).isEmpty();
        backpack.validAccessTokens.clear();
        thrown(learner::getProfile, ApiClientCode.UNAUTHORIZED);
        assertThat(backpack.http.requests("POST", ProviderPaths.TOKEN)).hasSize(1);
        assertThat(backpack.http.requests("GET", ProviderPaths.PROFILE)).hasSize(1);
    }

    @Test
    void notModifiedAndAcceptedAnswers() throws Exception {
        LearnerConnection learner = authorise(registration(), "learner-1");
        backpack.http.on("POST", ProviderPaths.CREDENTIALS, r -> Reply.empty(304));
        UpsertResponse same = learner.upsertCredential(JWS);
        assertThat(same.outcome()).isEqualTo(UpsertResponse.Outcome.NOT_MODIFIED);
        assertThat(same.body()).isEmpty();
        backpack.http.on("PUT", ProviderPaths.PROFILE, r -> Reply.json(202, "{}"));
        ProfileUpdate accepted = learner.putProfile("{\"type\":\"Profile\"}");
        assertThat(accepted.pending()).isTrue();
        assertThat(accepted.optionalProfile()).isEmpty();
        backpack.http.on("PUT", ProviderPaths.PROFILE, r -> Reply.empty(200));
        assertThat(learner.putProfile("{}").optionalProfile()).isEmpty();
    }

    // ---- typed errors ----------------------------------------------------------------------------------

    @Test
    void eachResourceErrorIsTypedWithItsStatusInfo() throws Exception {
        LearnerConnection learner = authorise(registration(), "learner-1");
        Map<Integer, ApiClientCode> cases = Map.of(400, ApiClientCode.BAD_REQUEST, 403, ApiClientCode.FORBIDDEN,
                404, ApiClientCode.NOT_FOUND, 405, ApiClientCode.METHOD_NOT_ALLOWED, 413, ApiClientCode.PAYLOAD_TOO_LARGE,
                429, ApiClientCode.TOO_MANY_REQUESTS, 500, ApiClientCode.SERVER_ERROR, 503, ApiClientCode.SERVER_ERROR,
                418, ApiClientCode.UNEXPECTED_STATUS);
        for (Map.Entry<Integer, ApiClientCode> c : cases.entrySet()) {
            StatusInfo info = StatusInfo.failure(StatusInfo.CodeMinorValue.INVALID_DATA, "case " + c.getKey());
            backpack.http.on("POST", ProviderPaths.CREDENTIALS, r -> Reply.json(c.getKey(), backpack.codec.write(info)));
            ApiClientException e = thrown(() -> learner.upsertCredential(JWS), c.getValue());
            assertThat(e.httpStatus()).hasValue(c.getKey());
            assertThat(e.statusInfo()).contains(info);
            assertThat(e.getMessage()).contains("case " + c.getKey());
        }
        backpack.http.on("GET", ProviderPaths.PROFILE, r -> Reply.text(500, "text/html", "<h1>oops</h1>"));
        ApiClientException html = thrown(learner::getProfile, ApiClientCode.SERVER_ERROR);
        assertThat(html.statusInfo()).isEmpty();
        backpack.http.on("GET", ProviderPaths.PROFILE, r -> Reply.empty(302).withHeader("Location", "https://evil.example/"));
        thrown(learner::getProfile, ApiClientCode.REDIRECT_REFUSED);
        assertThat(backpack.http.requests).noneMatch(r -> r.uri().toString().contains("evil"));
        backpack.http.on("GET", ProviderPaths.PROFILE, r -> Reply.json(200, "{\"name\":"));
        thrown(learner::getProfile, ApiClientCode.MALFORMED_RESPONSE);
        backpack.http.on("GET", ProviderPaths.PROFILE, r -> Reply.json(200, "[1]"));
        thrown(learner::getProfile, ApiClientCode.MALFORMED_RESPONSE);
        backpack.http.on("GET", ProviderPaths.CREDENTIALS, r -> Reply.json(200, "{\"compactJwsString\":[\"not a jws\"]}"));
        assertThat(thrown(() -> learner.getCredentials(5, 0), ApiClientCode.MALFORMED_RESPONSE).pointer())
                .isEqualTo("/compactJwsString/0");
    }

    @Test
    void bodiesOverTheLimitTimeoutsAndNetworkFailuresAreTyped() throws Exception {
        ClientRegistration reg = registration();
        authorise(reg, "learner-1");
        // A second client on the same token store, with tight limits (authorising under them could be flaky).
        client = Ob3ApiClient.builder().allowLoopbackHttp(true).tokenStore(store).clock(clock).maxResponseBytes(64 * 1024)
                .requestTimeout(Duration.ofMillis(1000)).build();
        LearnerConnection learner = client.connect(reg, "learner-1");
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        backpack.http.on("GET", ProviderPaths.PROFILE, r -> new Reply(200, Map.of("Content-Type", "application/json"),
                big, false, 0));
        thrown(learner::getProfile, ApiClientCode.RESPONSE_TOO_LARGE);
        backpack.http.on("GET", ProviderPaths.PROFILE, r -> new Reply(200, Map.of("Content-Type", "application/json"),
                big, true, 0));   // chunked: no Content-Length, the count stops it
        thrown(learner::getProfile, ApiClientCode.RESPONSE_TOO_LARGE);

        backpack.http.on("GET", ProviderPaths.PROFILE, r -> new Reply(200, Map.of(), "{}".getBytes(StandardCharsets.UTF_8),
                false, 5000));
        long start = System.nanoTime();
        thrown(learner::getProfile, ApiClientCode.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4000));
        // Headers at once, then the body trickles: the HttpRequest timeout alone would not stop this.
        backpack.http.on("GET", ProviderPaths.PROFILE, r -> new Reply(200, Map.of("Content-Type", "application/json"),
                "{\"name\":\"slow\"}".getBytes(StandardCharsets.UTF_8), true, 0, 5000));
        start = System.nanoTime();
        thrown(learner::getProfile, ApiClientCode.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4000));

        URI dead = backpack.http.base();
        backpack.close();
        thrown(() -> client.discover(dead), ApiClientCode.NETWORK);
    }

    @Test
    void oauthEndpointErrorsAreTyped() throws Exception {
        ApiProvider provider = client.discover(backpack.http.base());
        backpack.http.on("POST", ProviderPaths.REGISTRATION, r -> Reply.json(400,
                "{\"error\":\"invalid_redirect_uri\",\"error_description\":\"not https\"}"));
        ApiClientException e = thrown(() -> client.register(provider, metadata()), ApiClientCode.REGISTRATION_REJECTED);
        assertThat(e.oauthError().orElseThrow().code()).isEqualTo("invalid_redirect_uri");
        assertThat(e.httpStatus()).hasValue(400);
        backpack.http.on("POST", ProviderPaths.REGISTRATION, r -> Reply.text(502, "text/html", "<p>bad gateway</p>"));
        thrown(() -> client.register(provider, metadata()), ApiClientCode.SERVER_ERROR);
        backpack.http.on("POST", ProviderPaths.REGISTRATION, r -> Reply.json(201, "{\"client_id\":\"x\"}"));
        thrown(() -> client.register(provider, metadata()), ApiClientCode.MALFORMED_RESPONSE);
        backpack.http.on("POST", ProviderPaths.REGISTRATION, r -> Reply.json(201, "{\"client_id\":"));
        thrown(() -> client.register(provider, metadata()), ApiClientCode.MALFORMED_RESPONSE);

        backpack.http.on("POST", ProviderPaths.REGISTRATION, r -> Reply.json(201,
                "{\"client_id\":\"lms-client\",\"client_secret\":\"" + "s3:cr t%+\\u00e9" + "\",\"redirect_uris\":[\"" + REDIRECT + "\"]}"));
        ClientRegistration reg = client.register(provider, metadata());
        backpack.http.on("POST", ProviderPaths.TOKEN, r -> Reply.json(200,
                "{\"access_token\":\"a\",\"token_type\":\"DPoP\",\"expires_in\":60}"));
        thrown(() -> authorise(reg, "learner-1"), ApiClientCode.MALFORMED_RESPONSE);
        backpack.http.on("POST", ProviderPaths.TOKEN, r -> Reply.text(200, "text/html", "<html/>"));
        thrown(() -> authorise(reg, "learner-1"), ApiClientCode.MALFORMED_RESPONSE);
    }

    @Test
    void discoveryRefusesInsecureAndMalformedDocuments() throws Exception {
        String https = backpack.codec.write(backpack.description()).replace("http://127.0.0.1", "http://backpack.example");
        backpack.http.on("GET", ProviderPaths.DISCOVERY, r -> Reply.json(200, https));
        ApiClientException e = thrown(() -> client.discover(backpack.http.base()), ApiClientCode.MALFORMED_RESPONSE);
        assertThat(e.pointer()).isEqualTo("/info/termsOfService");
        backpack.http.on("GET", ProviderPaths.DISCOVERY, r -> Reply.json(404,
                backpack.codec.write(StatusInfo.notFound("no such tenant"))));
        assertThat(thrown(() -> client.discover(backpack.http.base()), ApiClientCode.NOT_FOUND).statusInfo()).isPresent();

        Ob3ApiClient strict = Ob3ApiClient.builder().build();
        assertThatThrownBy(() -> strict.discover(backpack.http.base())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> strict.discover(URI.create("https://user:pw@backpack.example")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notConnectedWithoutTokensAndTokensOfAnotherRegistrationAreNotUsed() throws Exception {
        ClientRegistration reg = registration();
        thrown(() -> client.connect(reg, "nobody").getCredentials(1, 0), ApiClientCode.NOT_CONNECTED);
        LearnerConnection learner = authorise(reg, "learner-1");
        ClientRegistration other = new ClientRegistration(reg.provider(), "another-client", "s", null, null,
                reg.redirectUris(), reg.scopes(), null);
        thrown(() -> client.connect(other, "learner-1").getProfile(), ApiClientCode.NOT_CONNECTED);
        assertThat(learner.getProfile()).isNotNull();
    }

    // ---- the caller's mistakes -------------------------------------------------------------------------

    @Test
    void callerMistakesAreIllegalArguments() throws Exception {
        assertThatThrownBy(() -> Ob3ApiClient.builder().httpClient(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL).build())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ob3ApiClient.builder().httpClient(HttpClient.newHttpClient())
                .connectTimeout(Duration.ofSeconds(1)).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Ob3ApiClient.builder().requestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientMetadata.builder().client("x", URI.create("https://lms.example/"))
                .pages(URI.create("https://cdn.example/logo.png"), URI.create("https://lms.example/t"),
                        URI.create("https://lms.example/p"))
                .software("id", "1").redirectUri(REDIRECT).scopes(Scopes.ALL).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same host");
        assertThatThrownBy(() -> ClientMetadata.builder().client("x", URI.create("http://lms.example/"))
                .pages(URI.create("http://lms.example/l"), URI.create("http://lms.example/t"), URI.create("http://lms.example/p"))
                .software("id", "1").redirectUri(URI.create("http://lms.example/cb")).scopes(Scopes.ALL).build())
                .isInstanceOf(IllegalArgumentException.class);
        ClientRegistration reg = registration();
        assertThatThrownBy(() -> client.startAuthorization(reg, "l", Scopes.ALL, URI.create("https://lms.example/other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not registered");
        assertThatThrownBy(() -> client.startAuthorization(reg, " ", Scopes.ALL, REDIRECT))
                .isInstanceOf(IllegalArgumentException.class);
        LearnerConnection learner = authorise(reg, "learner-1");
        assertThatThrownBy(() -> learner.upsertCredential("not a credential")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> learner.putProfile("[]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> learner.getCredentials(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(backpack.http.requests("POST", ProviderPaths.CREDENTIALS)).isEmpty();
    }

    @Test
    void sinceIsSentToTheSecondInUtc() throws Exception {
        LearnerConnection learner = authorise(registration(), "learner-1");
        learner.getCredentials(5, 0, java.time.Instant.parse("2026-01-02T03:04:05.678Z"));
        assertThat(backpack.http.requests("GET", ProviderPaths.CREDENTIALS).get(0).form())
                .containsEntry("since", "2026-01-02T03:04:05Z").containsEntry("limit", "5").containsEntry("offset", "0");
    }
}
