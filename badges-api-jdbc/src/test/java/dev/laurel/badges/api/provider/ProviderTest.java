package dev.laurel.badges.api.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.api.store.jdbc.JdbcCredentialStore;
import dev.laurel.badges.api.wire.CredentialsResponse;
import dev.laurel.badges.api.wire.PageLinks;
import dev.laurel.badges.api.wire.Scopes;
import dev.laurel.badges.api.wire.ServiceDescription;
import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.api.wire.WireCodec;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resource side of {@link Provider} on a real store (H2 in a temporary folder) with credentials signed
 * here (did:key, Ed25519): every operation of the OpenAPI description, its scope, its errors, and the
 * Service Provider (Read) and (Write) requirements of the certification text that concern these endpoints.
 * The tokens come from a map standing in for the authorization server, whose own tests cover issuing them;
 * the end-to-end test drives both through {@code laurel serve}.
 */
class ProviderTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8080");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final WireCodec CODEC = WireCodec.standard();
    private static final LaurelKey ISSUER = KeyPairs.generate(KeyKind.ED25519);

    @TempDir
    Path dir;

    private CredentialStore store;
    private final Map<String, AccessGrant> tokens = new ConcurrentHashMap<>();
    private Provider provider;

    @BeforeEach
    void open() {
        store = JdbcCredentialStore.h2(dir);
        provider = Provider.builder(store, (AccessTokenValidator) t -> Optional.ofNullable(tokens.get(t)))
                .allowLoopbackHttp(true).build();
        grant("all", "alice", Scopes.ALL.toArray(String[]::new));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private void grant(String token, String owner, String... scopes) {
        tokens.put(token, new AccessGrant(owner, "client-1", Set.of(scopes), Instant.now().plusSeconds(3600)));
    }

    // ---- credentials signed here ----------------------------------------------------------------------

    static String credentialJson(int n, String validFrom) {
        return "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\","
                + " \"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + " \"id\": \"urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", n) + "\","
                + " \"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"],"
                + " \"issuer\": {\"id\": \"" + ISSUER.didKey() + "\", \"type\": [\"Profile\"], \"name\": \"Example University\"},"
                + " \"validFrom\": \"" + validFrom + "\", \"name\": \"Teamwork Badge\","
                + " \"credentialSubject\": {\"id\": \"did:example:ebfeb1f712ebc6f1c276e12ec21\","
                + " \"type\": [\"AchievementSubject\"], \"achievement\": {"
                + "\"id\": \"https://example.com/achievements/teamwork\", \"type\": [\"Achievement\"],"
                + " \"criteria\": {\"narrative\": \"Nominated by peers.\"},"
                + " \"description\": \"Collaboration within a group.\", \"name\": \"Teamwork\"}}}";
    }

    static String signedJson(int n, String validFrom) throws Exception {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(credentialJson(n, validFrom));
        ObjectNode signed = DataIntegritySigner.of(ISSUER).sign(doc,
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, ISSUER.didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
        return MAPPER.writeValueAsString(signed);
    }

    static String signedJwt(int n, String validFrom) {
        return VcJwtSigner.of(ISSUER).withKeyId(ISSUER.didKeyVerificationMethod()).sign(credentialJson(n, validFrom));
    }

    // ---- requests ----------------------------------------------------------------------------------------

    private ApiResponse call(String method, String path, String token) {
        ApiRequest r = ApiRequest.of(method, BASE, path);
        return provider.handle(token == null ? r : r.withHeader("Authorization", "Bearer " + token));
    }

    private ApiResponse send(String method, String path, String token, String contentType, String body) {
        ApiRequest r = ApiRequest.of(method, BASE, path).withBody(contentType, body.getBytes(StandardCharsets.UTF_8));
        return provider.handle(token == null ? r : r.withHeader("Authorization", "Bearer " + token));
    }

    private ApiResponse upsertJson(String token, String json) {
        return send("POST", ProviderPaths.CREDENTIALS, token, "application/json", json);
    }

    private static StatusInfo status(ApiResponse r) {
        return CODEC.readStatusInfo(r.body());
    }

    // ---- discovery -----------------------------------------------------------------------------------------

    @Test
    void providerRead_getServiceDescriptionNeedsNoTokenAndIsBuiltFromTheRequestsHost() {
        ApiResponse r = provider.handle(ApiRequest.of("GET", URI.create("http://localhost:9999"), ProviderPaths.DISCOVERY));
        assertEquals(200, r.status());
        ServiceDescription d = CODEC.readServiceDescription(r.body(), true);
        assertEquals(URI.create("http://localhost:9999/oauth/registration"), d.registrationUrl());
        assertEquals(URI.create("http://localhost:9999/oauth/authorize"), d.authorizationUrl());
        assertEquals(URI.create("http://localhost:9999/oauth/token"), d.tokenUrl());
        assertEquals(URI.create("http://localhost:9999/ims/ob/v3p0"), d.servers().get(0));
        assertEquals(Set.copyOf(Scopes.ALL), d.scopes().keySet());
    }

    @Test
    void theDefaultPolicyPagesSayThatNoneWasPublished() {
        ApiResponse terms = call("GET", Provider.POLICY_TERMS, null);
        assertEquals(200, terms.status());
        assertTrue(terms.bodyText().contains("has not published a terms of service"), terms.bodyText());
        assertEquals(200, call("GET", Provider.POLICY_PRIVACY, null).status());
        Provider published = Provider.builder(store, (AccessTokenValidator) t -> Optional.empty())
                .policies(URI.create("https://example.org/terms"), URI.create("https://example.org/privacy")).build();
        assertEquals(404, published.handle(ApiRequest.of("GET", BASE, Provider.POLICY_TERMS)).status());
    }

    @Test
    void discoveryOverPlainHttpOnAPublicNameIsRefusedNotPublishedWithHttpUrls() {
        ApiResponse r = provider.handle(ApiRequest.of("GET", URI.create("http://backpack.example.org"), ProviderPaths.DISCOVERY));
        assertEquals(421, r.status());
        assertEquals(StatusInfo.CodeMinorValue.MISDIRECTED_REQUEST, status(r).firstCodeMinor().orElseThrow());
    }

    // ---- tokens and scopes ---------------------------------------------------------------------------------

    @Test
    void providerReadWrite_everyResourceEndpointRequiresAnAccessToken() {
        for (String[] op : new String[][] {{"GET", ProviderPaths.CREDENTIALS}, {"POST", ProviderPaths.CREDENTIALS},
                {"GET", ProviderPaths.PROFILE}, {"PUT", ProviderPaths.PROFILE}}) {
            ApiResponse missing = call(op[0], op[1], null);
            assertEquals(401, missing.status(), op[0] + " " + op[1]);
            assertTrue(missing.header("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
            assertEquals(StatusInfo.CodeMinorValue.UNAUTHORIZEDREQUEST, status(missing).firstCodeMinor().orElseThrow());
            ApiResponse unknown = call(op[0], op[1], "no-such-token");
            assertEquals(401, unknown.status());
            assertTrue(unknown.header("WWW-Authenticate").orElseThrow().contains("invalid_token"));
        }
        ApiRequest basic = ApiRequest.of("GET", BASE, ProviderPaths.CREDENTIALS).withHeader("Authorization", "Basic YTpi");
        assertEquals(401, provider.handle(basic).status());
    }

    @Test
    void providerReadWrite_eachOperationRequiresItsOwnScope() {
        grant("read-only", "alice", Scopes.CREDENTIAL_READONLY);
        assertEquals(200, call("GET", ProviderPaths.CREDENTIALS, "read-only").status());
        for (String[] op : new String[][] {{"POST", ProviderPaths.CREDENTIALS, Scopes.CREDENTIAL_UPSERT},
                {"GET", ProviderPaths.PROFILE, Scopes.PROFILE_READONLY}, {"PUT", ProviderPaths.PROFILE, Scopes.PROFILE_UPDATE}}) {
            ApiResponse r = call(op[0], op[1], "read-only");
            assertEquals(403, r.status(), op[0] + " " + op[1]);
            assertTrue(r.header("WWW-Authenticate").orElseThrow().contains("insufficient_scope"));
            assertTrue(r.header("WWW-Authenticate").orElseThrow().contains(op[2]));
        }
        grant("upsert-only", "alice", Scopes.CREDENTIAL_UPSERT);
        assertEquals(403, call("GET", ProviderPaths.CREDENTIALS, "upsert-only").status());
    }

    @Test
    void providerRead_aRevokedTokenGetsAnErrorOnEverySubsequentCall() {
        assertEquals(200, call("GET", ProviderPaths.CREDENTIALS, "all").status());
        tokens.remove("all");
        assertEquals(401, call("GET", ProviderPaths.CREDENTIALS, "all").status());
        assertEquals(401, call("GET", ProviderPaths.PROFILE, "all").status());
    }

    // ---- upsertCredential ----------------------------------------------------------------------------------

    @Test
    void providerWrite_upsertCreatesThenReplacesAndAnswersWithTheRequestsCredential() throws Exception {
        String first = signedJson(1, "2026-01-01T00:00:00Z");
        ApiResponse created = upsertJson("all", first);
        assertEquals(201, created.status(), created.bodyText());
        assertEquals(first, created.bodyText());
        assertEquals("created", created.header(Provider.UPSERT_OUTCOME_HEADER).orElseThrow());

        String newer = signedJson(1, "2026-02-01T00:00:00Z");
        ApiResponse replaced = upsertJson("all", newer);
        assertEquals(200, replaced.status());
        assertEquals(newer, replaced.bodyText());
        assertEquals("updated", replaced.header(Provider.UPSERT_OUTCOME_HEADER).orElseThrow());
        assertEquals(1, list("all", "").credential().size());
    }

    @Test
    void upsertOfAnOlderEqualCredentialKeepsTheNewerAndSaysSo() throws Exception {
        String newer = signedJson(2, "2026-03-01T00:00:00Z");
        assertEquals(201, upsertJson("all", newer).status());
        String older = signedJson(2, "2026-01-01T00:00:00Z");
        ApiResponse kept = upsertJson("all", older);
        assertEquals(200, kept.status());
        assertEquals(older, kept.bodyText(), "the OpenAPI description: the body is the request's credential");
        assertEquals("kept-newer", kept.header(Provider.UPSERT_OUTCOME_HEADER).orElseThrow());
        assertEquals("2026-03-01T00:00:00Z", list("all", "").credential().get(0).get("validFrom").asText());
    }

    @Test
    void providerWrite_preservesSentData_getCredentialsReturnsTheSameCredential() throws Exception {
        String json = signedJson(3, "2026-01-01T00:00:00Z");
        String jwt = signedJwt(4, "2026-01-02T00:00:00Z");
        assertEquals(201, upsertJson("all", json).status());
        ApiResponse jwtCreated = send("POST", ProviderPaths.CREDENTIALS, "all", "text/plain", jwt);
        assertEquals(201, jwtCreated.status(), jwtCreated.bodyText());
        assertEquals(jwt, jwtCreated.bodyText());
        assertTrue(jwtCreated.header("Content-Type").orElseThrow().startsWith("text/plain"));

        String other = signedJwt(9, "2026-01-03T00:00:00Z");
        ApiResponse vcJwt = send("POST", ProviderPaths.CREDENTIALS, "all", "application/vc+jwt", other);
        assertEquals(201, vcJwt.status(), "the JWT media types are read as a VC-JWT too");
        assertTrue(vcJwt.header("Content-Type").orElseThrow().startsWith("text/plain"));

        CredentialsResponse page = list("all", "");
        assertEquals(MAPPER.readTree(json), page.credential().get(0));
        assertEquals(java.util.List.of(jwt, other), page.compactJwsString());
    }

    @Test
    void upsertRefusesACredentialThatDoesNotVerifyAndStoresNothing() throws Exception {
        ObjectNode tampered = (ObjectNode) MAPPER.readTree(signedJson(5, "2026-01-01T00:00:00Z"));
        tampered.put("name", "Teamwork Badge (forged)");
        ApiResponse r = upsertJson("all", MAPPER.writeValueAsString(tampered));
        assertEquals(400, r.status());
        StatusInfo info = status(r);
        assertEquals(StatusInfo.CodeMinorValue.INVALID_DATA, info.firstCodeMinor().orElseThrow());
        assertTrue(info.description().contains("does not verify"), info.description());
        assertEquals(0, list("all", "").size());

        String jwt = signedJwt(6, "2026-01-01T00:00:00Z");
        String badSignature = jwt.substring(0, jwt.lastIndexOf('.') + 1) + "AAAA" + jwt.substring(jwt.lastIndexOf('.') + 5);
        assertEquals(400, send("POST", ProviderPaths.CREDENTIALS, "all", "text/plain", badSignature).status());
        assertEquals(0, list("all", "").size());
    }

    @Test
    void storeUnverifiedKeepsAWellFormedCredentialThatWouldNotVerify() {
        Provider lenient = Provider.builder(store, (AccessTokenValidator) t -> Optional.ofNullable(tokens.get(t)))
                .upsertVerification(UpsertVerification.STORE_UNVERIFIED).build();
        ApiRequest r = ApiRequest.of("POST", BASE, ProviderPaths.CREDENTIALS)
                .withBody("application/json", credentialJson(7, "2026-01-01T00:00:00Z").getBytes(StandardCharsets.UTF_8))
                .withHeader("Authorization", "Bearer all");
        assertEquals(201, lenient.handle(r).status());
        assertEquals(400, upsertJson("all", credentialJson(8, "2026-01-01T00:00:00Z")).status(),
                "the default verifies: an unsigned credential is refused");
    }

    @Test
    void upsertRefusesWhatIsNotAnAchievementCredentialWithATypedError() {
        ApiResponse notJson = upsertJson("all", "{\"@context\": [");
        assertEquals(400, notJson.status());
        assertEquals(StatusInfo.CodeMinorValue.INVALID_DATA, status(notJson).firstCodeMinor().orElseThrow());
        assertEquals(400, upsertJson("all", "[1, 2]").status());
        assertEquals(400, upsertJson("all", "{\"type\": [\"VerifiableCredential\"]}").status());
        assertEquals(400, send("POST", ProviderPaths.CREDENTIALS, "all", "application/xml", "<a/>").status());
        ApiRequest noType = ApiRequest.of("POST", BASE, ProviderPaths.CREDENTIALS).withHeader("Authorization", "Bearer all");
        assertEquals(400, provider.handle(noType).status());
        ApiRequest latin1 = ApiRequest.of("POST", BASE, ProviderPaths.CREDENTIALS)
                .withBody("application/json", new byte[] {'{', (byte) 0xE9, '}'}).withHeader("Authorization", "Bearer all");
        assertEquals(400, provider.handle(latin1).status());
    }

    // ---- getCredentials ------------------------------------------------------------------------------------

    private CredentialsResponse list(String token, String query) {
        ApiResponse r = call("GET", ProviderPaths.CREDENTIALS + query, token);
        assertEquals(200, r.status(), r.bodyText());
        return CODEC.readCredentialsResponse(r.body());
    }

    @Test
    void providerRead_getCredentialsPagesWithLimitOffsetTotalAndLinks() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(201, upsertJson("all", signedJson(10 + i, "2026-01-0" + (i + 1) + "T00:00:00Z")).status());
        }
        ApiResponse r = call("GET", ProviderPaths.CREDENTIALS + "?limit=2&offset=2", "all");
        assertEquals(200, r.status());
        assertEquals("5", r.header(PageLinks.TOTAL_COUNT_HEADER).orElseThrow());
        PageLinks links = PageLinks.parse(r.header(PageLinks.LINK_HEADER).orElseThrow(), r.header("Location").map(URI::create).orElse(BASE));
        assertTrue(links.next().toString().contains("offset=4"), links.toHeader());
        assertTrue(links.prev().toString().contains("offset=0"), links.toHeader());
        assertTrue(links.last().toString().contains("offset=4"), links.toHeader());
        CredentialsResponse page = CODEC.readCredentialsResponse(r.body());
        assertEquals(2, page.size());
        assertEquals("urn:uuid:00000000-0000-4000-8000-000000000012", page.credential().get(0).get("id").asText());

        // Walking the next links visits every credential once, in a stable order.
        java.util.List<String> ids = new java.util.ArrayList<>();
        String next = ProviderPaths.CREDENTIALS + "?limit=2";
        while (next != null) {
            ApiResponse p = call("GET", next, "all");
            CODEC.readCredentialsResponse(p.body()).credential().forEach(c -> ids.add(c.get("id").asText()));
            PageLinks l = PageLinks.parse(p.header(PageLinks.LINK_HEADER).orElseThrow(), BASE);
            next = l.optionalNext().map(u -> u.getRawPath() + "?" + u.getRawQuery()).orElse(null);
        }
        assertEquals(5, ids.size());
        assertEquals(5, Set.copyOf(ids).size());

        CredentialsResponse since = list("all", "?since=2026-01-03T00:00:00");
        assertEquals(2, since.size(), "issued after the timestamp (no offset: UTC)");
    }

    @Test
    void anEmptyBackpackListsBothArraysEmpty() throws Exception {
        ApiResponse r = call("GET", ProviderPaths.CREDENTIALS, "all");
        assertEquals(200, r.status());
        assertEquals(MAPPER.readTree("{\"credential\": [], \"compactJwsString\": []}"), MAPPER.readTree(r.body()));
        assertEquals("0", r.header(PageLinks.TOTAL_COUNT_HEADER).orElseThrow());
    }

    @Test
    void getCredentialsRefusesBadQueryParametersWithInvalidQueryParameter() {
        for (String q : new String[] {"?limit=0", "?limit=x", "?offset=-1", "?offset=1e3", "?since=yesterday",
                "?limit=99999999999"}) {
            ApiResponse r = call("GET", ProviderPaths.CREDENTIALS + q, "all");
            assertEquals(400, r.status(), q);
            assertEquals(StatusInfo.CodeMinorValue.INVALID_QUERY_PARAMETER, status(r).firstCodeMinor().orElseThrow(), q);
        }
        assertEquals(200, call("GET", ProviderPaths.CREDENTIALS + "?limit=5000", "all").status(),
                "a limit above the store's maximum is served as a page of the maximum");
    }

    @Test
    void ownersAreSeparate() throws Exception {
        grant("bob", "bob", Scopes.ALL.toArray(String[]::new));
        assertEquals(201, upsertJson("all", signedJson(20, "2026-01-01T00:00:00Z")).status());
        assertEquals(0, list("bob", "").size());
        assertEquals(1, list("all", "").size());
    }

    // ---- profile -------------------------------------------------------------------------------------------

    @Test
    void providerRead_getProfileReturnsTheProfilePutForTheAuthorizedUser() throws Exception {
        assertEquals(404, call("GET", ProviderPaths.PROFILE, "all").status());
        String profile = "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"id\": \"https://1edtech.org/issuers/cert\","
                + " \"type\": [\"Profile\"], \"name\": \"Cert\", \"extension:x\": {\"kept\": true}}";
        ApiResponse put = send("PUT", ProviderPaths.PROFILE, "all", "application/json", profile);
        assertEquals(200, put.status(), put.bodyText());
        ApiResponse got = call("GET", ProviderPaths.PROFILE, "all");
        assertEquals(200, got.status());
        JsonNode read = MAPPER.readTree(got.body());
        assertEquals("https://1edtech.org/issuers/cert", read.get("id").asText());
        assertEquals(MAPPER.readTree(profile), read, "kept whole, extensions included");
    }

    @Test
    void putProfileRefusesWhatIsNotAProfile() {
        assertEquals(400, send("PUT", ProviderPaths.PROFILE, "all", "application/json", "[]").status());
        assertEquals(400, send("PUT", ProviderPaths.PROFILE, "all", "application/json", "{\"type\": \"Profile\"}").status());
        assertEquals(400, send("PUT", ProviderPaths.PROFILE, "all", "application/json", "{\"id\": \"urn:x:1\", \"type\": [\"Person\"]}").status());
        assertEquals(400, send("PUT", ProviderPaths.PROFILE, "all", "text/plain", "{}").status());
        assertEquals(404, call("GET", ProviderPaths.PROFILE, "all").status(), "nothing was stored");
    }

    // ---- routing -------------------------------------------------------------------------------------------

    @Test
    void aDefectBehindAnEndpointIs500WithoutDetailAndAnUnreachableStoreIs503() {
        Provider broken = Provider.builder(store, (AccessTokenValidator) t -> {
            throw new IllegalStateException("secret internal state");
        }).build();
        ApiResponse r = broken.handle(ApiRequest.of("GET", BASE, ProviderPaths.CREDENTIALS).withHeader("Authorization", "Bearer x"));
        assertEquals(500, r.status());
        assertEquals(StatusInfo.CodeMinorValue.INTERNAL_SERVER_ERROR, status(r).firstCodeMinor().orElseThrow());
        assertFalse(r.bodyText().contains("secret"), r.bodyText());

        Provider down = Provider.builder(store, (AccessTokenValidator) t -> {
            throw new dev.laurel.badges.api.store.StoreException(dev.laurel.badges.api.store.StoreCode.UNAVAILABLE, "db down");
        }).build();
        ApiResponse busy = down.handle(ApiRequest.of("GET", BASE, ProviderPaths.PROFILE).withHeader("Authorization", "Bearer x"));
        assertEquals(503, busy.status());
        assertEquals("1", busy.header("Retry-After").orElseThrow());
    }

    @Test
    void otherMethodsAre405WithAllowAndUnknownPaths404() {
        ApiResponse r = call("DELETE", ProviderPaths.CREDENTIALS, "all");
        assertEquals(405, r.status());
        assertEquals("GET, POST", r.header("Allow").orElseThrow());
        assertEquals(StatusInfo.CodeMinorValue.NOT_ALLOWED, status(r).firstCodeMinor().orElseThrow());
        assertEquals(405, call("POST", ProviderPaths.DISCOVERY, null).status());
        assertEquals(405, call("POST", ProviderPaths.PROFILE, "all").status());
        ApiResponse missing = call("GET", "/ims/ob/v3p0/nothing", "all");
        assertEquals(404, missing.status());
        assertFalse(missing.bodyText().isEmpty());
        assertEquals(404, call("GET", "/oauth/token", null).status(), "no authorization server was given");
    }
}
