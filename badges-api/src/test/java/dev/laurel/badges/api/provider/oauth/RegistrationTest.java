package dev.laurel.badges.api.provider.oauth;

import static dev.laurel.badges.api.provider.oauth.OAuthFixture.assertOAuthError;
import static dev.laurel.badges.api.provider.oauth.OAuthFixture.json;
import static dev.laurel.badges.api.provider.oauth.OAuthFixture.registration;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.provider.ProviderPaths;
import dev.laurel.badges.api.store.RegisteredClient;
import dev.laurel.badges.api.wire.Scopes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Dynamic client registration: RFC 7591 and the OB 3.0 API's rules. */
class RegistrationTest {

    final OAuthFixture f = new OAuthFixture();

    @Test
    void aCompleteRequestGets201WithCredentialsAndEverythingItSent() {
        ObjectNode request = registration("https://lms.example/", OAuthFixture.REDIRECT);
        ApiResponse r = f.register(request);
        assertThat(r.status()).as(r.bodyText()).isEqualTo(201);
        assertThat(r.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.header("Cache-Control")).contains("no-store");
        JsonNode j = json(r);
        assertThat(j.get("client_id").asText()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(j.get("client_secret").asText()).hasSize(43);   // 256 bits, Base64url
        assertThat(j.get("client_id_issued_at").asLong()).isEqualTo(f.clock.instant().getEpochSecond());
        assertThat(j.get("client_secret_expires_at").asLong()).isZero();
        for (String name : new String[] {"client_name", "client_uri", "logo_uri", "tos_uri", "policy_uri", "software_id",
                "software_version", "redirect_uris", "token_endpoint_auth_method", "grant_types", "response_types"}) {
            assertThat(j.get(name)).as(name).isEqualTo(request.get(name));
        }
        assertThat(j.get("scope").asText().split(" ")).containsExactlyInAnyOrder(
                Scopes.CREDENTIAL_READONLY, Scopes.CREDENTIAL_UPSERT, "offline_access");

        RegisteredClient stored = f.store.client(j.get("client_id").asText()).orElseThrow();
        assertThat(stored.secretHash()).isEqualTo(Secrets.sha256Hex(j.get("client_secret").asText()));
        assertThat(stored.metadata()).doesNotContain(j.get("client_secret").asText());
        assertThat(stored.redirectUris()).containsExactly(OAuthFixture.REDIRECT);
    }

    @Test
    void httpIsRefusedOffLoopbackAndOnLoopbackUnlessDevelopmentModeAllowsIt() {
        ApiResponse offLoopback = f.register(registration("http://lms.example/", "http://lms.example/cb"));
        assertOAuthError(offLoopback, 400, "invalid_client_metadata");
        assertThat(json(offLoopback).get("error_description").asText()).contains("https");

        assertOAuthError(f.register(registration("http://127.0.0.1:8080/", "http://127.0.0.1:8080/cb")), 400,
                "invalid_client_metadata");

        OAuthFixture dev = new OAuthFixture(b -> b.allowLoopbackHttp(true));
        assertThat(dev.register(registration("http://127.0.0.1:8080/", "http://127.0.0.1:8080/cb")).status())
                .isEqualTo(201);
        assertThat(dev.register(registration("http://localhost:8080/", "http://localhost:8080/cb")).status())
                .isEqualTo(201);
        assertOAuthError(dev.register(registration("http://lms.example/", "http://lms.example/cb")), 400,
                "invalid_client_metadata");
        // In development the loopback names are one machine; off development mode, or with a public name, not.
        assertThat(dev.register(registration("http://localhost:8080/", "http://127.0.0.1:8080/cb")).status())
                .isEqualTo(201);
        assertThat(f.register(registration("https://localhost:8443/", "https://127.0.0.1:8443/cb")).status())
                .isEqualTo(400);
        assertThat(dev.register(registration("https://lms.example/", "http://localhost:8080/cb")).status())
                .isEqualTo(400);
    }

    @Test
    void mixedHostsAreRefused() {
        ObjectNode logoElsewhere = registration("https://lms.example/", OAuthFixture.REDIRECT);
        logoElsewhere.put("logo_uri", "https://cdn.example/logo.png");
        ApiResponse r = f.register(logoElsewhere);
        assertOAuthError(r, 400, "invalid_client_metadata");
        assertThat(json(r).get("error_description").asText()).contains("cdn.example");

        assertOAuthError(f.register(registration("https://lms.example/", "https://evil.example/cb")), 400,
                "invalid_redirect_uri");
    }

    @Test
    void anHttpRedirectUriIsAnInvalidRedirectUri() {
        assertOAuthError(f.register(registration("https://lms.example/", "http://lms.example/cb")), 400,
                "invalid_redirect_uri");
    }

    @Test
    void eachRequiredPropertyIsRequired() {
        for (String name : new String[] {"client_name", "client_uri", "logo_uri", "tos_uri", "policy_uri", "software_id",
                "software_version", "redirect_uris", "scope"}) {
            ObjectNode request = registration("https://lms.example/", OAuthFixture.REDIRECT);
            request.remove(name);
            ApiResponse r = f.register(request);
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(json(r).get("error").asText()).as(name).isIn("invalid_client_metadata", "invalid_redirect_uri");
        }
    }

    @Test
    void grantTypesResponseTypesAndAuthMethodsOutsideTheSpecAreRefused() {
        ObjectNode implicit = registration("https://lms.example/", OAuthFixture.REDIRECT);
        implicit.putArray("grant_types").add("implicit");
        assertOAuthError(f.register(implicit), 400, "invalid_client_metadata");
        ObjectNode token = registration("https://lms.example/", OAuthFixture.REDIRECT);
        token.putArray("response_types").add("token");
        assertOAuthError(f.register(token), 400, "invalid_client_metadata");
        ObjectNode jwt = registration("https://lms.example/", OAuthFixture.REDIRECT);
        jwt.put("token_endpoint_auth_method", "private_key_jwt");
        assertOAuthError(f.register(jwt), 400, "invalid_client_metadata");
    }

    @Test
    void unknownScopesAreDroppedAndNoApiScopeIsRefused() {
        ObjectNode extra = registration("https://lms.example/", OAuthFixture.REDIRECT);
        extra.put("scope", Scopes.PROFILE_READONLY + " openid https://example.org/other");
        ApiResponse r = f.register(extra);
        assertThat(r.status()).isEqualTo(201);
        assertThat(json(r).get("scope").asText()).isEqualTo(Scopes.PROFILE_READONLY);

        ObjectNode none = registration("https://lms.example/", OAuthFixture.REDIRECT);
        none.put("scope", "openid offline_access");
        assertOAuthError(f.register(none), 400, "invalid_client_metadata");
    }

    @Test
    void malformedBodiesGet400AndOtherMethods405() {
        ApiResponse notJson = f.server.handle(ApiRequest.of("POST", OAuthFixture.BASE, ProviderPaths.REGISTRATION)
                .withBody("application/json", "{not json".getBytes(StandardCharsets.UTF_8)));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(json(notJson).get("error").asText()).isNotEmpty();
        ApiResponse form = f.server.handle(ApiRequest.of("POST", OAuthFixture.BASE, ProviderPaths.REGISTRATION)
                .withBody("text/plain", "x".getBytes(StandardCharsets.UTF_8)));
        assertThat(form.status()).isEqualTo(400);
        ApiResponse get = f.server.handle(ApiRequest.of("GET", OAuthFixture.BASE, ProviderPaths.REGISTRATION));
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).contains("POST");
    }

    @Test
    void aClosedPolicyRefusesWith403AndExpiringSecretsAreWritten() {
        OAuthFixture closed = new OAuthFixture(b -> b.registrationPolicy(RegistrationPolicy.CLOSED));
        assertOAuthError(closed.register(registration("https://lms.example/", OAuthFixture.REDIRECT)), 403,
                "access_denied");

        OAuthFixture expiring = new OAuthFixture(b -> b.registrationPolicy(
                new RegistrationPolicy(true, Duration.ofDays(365))));
        JsonNode j = json(expiring.register(registration("https://lms.example/", OAuthFixture.REDIRECT)));
        assertThat(j.get("client_secret_expires_at").asLong())
                .isEqualTo(expiring.clock.instant().plus(Duration.ofDays(365)).getEpochSecond());
    }
}
