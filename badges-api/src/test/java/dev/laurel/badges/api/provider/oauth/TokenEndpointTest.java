package dev.laurel.badges.api.provider.oauth;

import static dev.laurel.badges.api.provider.oauth.OAuthFixture.assertOAuthError;
import static dev.laurel.badges.api.provider.oauth.OAuthFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.api.provider.AccessGrant;
import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.provider.ProviderPaths;
import dev.laurel.badges.api.store.RegisteredClient;
import dev.laurel.badges.api.store.StoredToken;
import dev.laurel.badges.api.wire.Scopes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token endpoint (code exchange with PKCE, refresh with rotation), revocation, and token validation. */
class TokenEndpointTest {

    final OAuthFixture f = new OAuthFixture();
    final OAuthFixture.Client client = f.registerClient();

    @Test
    void theCodeIsExchangedForTokensThatValidate() {
        OAuthFixture.Authorization a = OAuthFixture.authorization(client);
        ApiResponse r = f.exchange(client, f.code(a), a.verifier());
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).contains("no-store");
        assertThat(r.header("Pragma")).contains("no-cache");
        JsonNode j = json(r);
        assertThat(j.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(j.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(j.get("scope").asText()).isEqualTo(OAuthFixture.SCOPE);
        String access = j.get("access_token").asText();
        assertThat(access).hasSize(43);
        assertThat(j.get("refresh_token").asText()).hasSize(43).isNotEqualTo(access);

        AccessGrant g = f.server.validate(access).orElseThrow();
        assertThat(g.owner()).isEqualTo(OAuthFixture.USER);
        assertThat(g.clientId()).isEqualTo(client.id());
        assertThat(g.scopes()).containsExactlyInAnyOrder(Scopes.CREDENTIAL_READONLY, Scopes.CREDENTIAL_UPSERT);
        assertThat(g.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofHours(1)));
        // Only the hash is stored.
        assertThat(f.store.token(access)).isEmpty();
        assertThat(f.store.token(Secrets.sha256Hex(access))).isPresent();
        // A refresh token is no access token.
        assertThat(f.server.validate(j.get("refresh_token").asText())).isEmpty();
        assertThat(f.server.validate("unknown")).isEmpty();
        assertThat(f.server.validate(null)).isEmpty();
    }

    @Test
    void pkceWrongVerifierIs400InvalidGrant() {
        OAuthFixture.Authorization a = OAuthFixture.authorization(client);
        String code = f.code(a);
        assertOAuthError(f.exchange(client, code, a.verifier() + "x"), 400, "invalid_grant");
        // The code is spent: guessing verifiers gets one try.
        assertOAuthError(f.exchange(client, code, a.verifier()), 400, "invalid_grant");
    }

    @Test
    void aMalformedVerifierIs400InvalidGrantToo() {
        OAuthFixture.Authorization a = OAuthFixture.authorization(client);
        String code = f.code(a);
        assertOAuthError(f.exchange(client, code, "wrong"), 400, "invalid_grant");
        assertOAuthError(f.exchange(client, code, "x".repeat(129)), 400, "invalid_grant");
    }

    @Test
    void aMissingVerifierIs400InvalidGrant() {
        OAuthFixture.Authorization a = OAuthFixture.authorization(client);
        assertOAuthError(f.token(client, Map.of("grant_type", "authorization_code", "code", f.code(a),
                "redirect_uri", OAuthFixture.REDIRECT)), 400, "invalid_grant");
    }

    @Test
    void replayedCodeIs400InvalidGrantAndRevokesTheFirstTokens() {
        OAuthFixture.Authorization a = OAuthFixture.authorization(client);
        String code = f.code(a);
        JsonNode first = json(f.exchange(client, code, a.verifier()));
        String access = first.get("access_token").asText();
        assertThat(f.server.validate(access)).isPresent();

        assertOAuthError(f.exchange(client, code, a.verifier()), 400, "invalid_grant");

        assertThat(f.server.validate(access)).as("the first access token is revoked").isEmpty();
        assertOAuthError(f.refresh(client, first.get("refresh_token").asText(), null), 400, "invalid_grant");
    }

    @Test
    void redirectUriMismatchAtTokenIs400InvalidGrant() {
        OAuthFixture.Authorization a = OAuthFixture.authorization(client);
        assertOAuthError(f.token(client, Map.of("grant_type", "authorization_code", "code", f.code(a),
                "redirect_uri", OAuthFixture.REDIRECT + "/", "code_verifier", a.verifier())), 400, "invalid_grant");
        OAuthFixture.Authorization b = OAuthFixture.authorization(client);
        assertOAuthError(f.token(client, Map.of("grant_type", "authorization_code", "code", f.code(b),
                "code_verifier", b.verifier())), 400, "invalid_grant");
    }

    @Test
    void expiredCodeIs400InvalidGrant() {
        OAuthFixture.Authorization a = OAuthFixture.authorization(client);
        String code = f.code(a);
        f.clock.advance(Duration.ofMinutes(AuthorizationServer.DEFAULT_CODE_MINUTES).plusSeconds(1));
        assertOAuthError(f.exchange(client, code, a.verifier()), 400, "invalid_grant");
    }

    @Test
    void expiredAccessTokenDoesNotValidate() {
        String access = f.tokens(client).get("access_token").asText();
        f.clock.advance(Duration.ofMinutes(59));
        assertThat(f.server.validate(access)).isPresent();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.server.validate(access)).isEmpty();
    }

    @Test
    void expiredRefreshTokenIsRefused() {
        String refresh = f.tokens(client).get("refresh_token").asText();
        f.clock.advance(Duration.ofDays(AuthorizationServer.DEFAULT_REFRESH_DAYS));
        assertOAuthError(f.refresh(client, refresh, null), 400, "invalid_grant");
    }

    @Test
    void basicCredentialsAreFormDecoded() {
        // RFC 6749 2.3.1: id and secret are form-encoded before Base64; '+', ':', '%' and non-ASCII survive.
        String id = "lms:client+1";
        String secret = "s+cr:t/%é";
        RegisteredClient template = f.store.client(client.id()).orElseThrow();
        f.store.addClient(new RegisteredClient(id, Secrets.sha256Hex(secret), template.issuedAt(), Optional.empty(),
                "Odd", template.redirectUris(), template.scopes(), template.grantTypes(), "client_secret_basic",
                "{}", false));
        OAuthFixture.Client odd = new OAuthFixture.Client(id, secret);
        assertThat(odd.basic()).isNotEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        OAuthFixture.Authorization a = OAuthFixture.authorization(odd);
        ApiResponse ok = f.exchange(odd, f.code(a), a.verifier());
        assertThat(ok.status()).as(ok.bodyText()).isEqualTo(200);

        // Without the form-encoding the '+' would be read as a space: refused.
        OAuthFixture.Authorization b = OAuthFixture.authorization(odd);
        String code = f.code(b);
        String raw = "Basic " + Base64.getEncoder().encodeToString(("lms%3Aclient%2B1:s+cr%3At%2F%25%C3%A9")
                .getBytes(StandardCharsets.UTF_8));
        ApiResponse refused = f.server.handle(ApiRequest.of("POST", OAuthFixture.BASE, ProviderPaths.TOKEN)
                .withBody("application/x-www-form-urlencoded", OAuthFixture.form(Map.of("grant_type",
                        "authorization_code", "code", code, "redirect_uri", OAuthFixture.REDIRECT, "code_verifier",
                        b.verifier())).getBytes(StandardCharsets.UTF_8))
                .withHeader("Authorization", raw));
        assertOAuthError(refused, 401, "invalid_client");
    }

    @Test
    void clientSecretPostIsAccepted() {
        OAuthFixture.Authorization a = OAuthFixture.authorization(client);
        ApiResponse r = f.server.handle(ApiRequest.of("POST", OAuthFixture.BASE, ProviderPaths.TOKEN)
                .withBody("application/x-www-form-urlencoded", OAuthFixture.form(Map.of("grant_type",
                        "authorization_code", "code", f.code(a), "redirect_uri", OAuthFixture.REDIRECT,
                        "code_verifier", a.verifier(), "client_id", client.id(), "client_secret", client.secret()))
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
    }

    @Test
    void aWrongOrMissingClientSecretIs401InvalidClient() {
        OAuthFixture.Authorization a = OAuthFixture.authorization(client);
        String code = f.code(a);
        ApiResponse wrong = f.exchange(new OAuthFixture.Client(client.id(), client.secret() + "x"), code, a.verifier());
        assertOAuthError(wrong, 401, "invalid_client");
        assertThat(wrong.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        ApiResponse none = f.server.handle(ApiRequest.of("POST", OAuthFixture.BASE, ProviderPaths.TOKEN)
                .withBody("application/x-www-form-urlencoded", OAuthFixture.form(Map.of("grant_type",
                        "authorization_code", "code", code, "redirect_uri", OAuthFixture.REDIRECT, "code_verifier",
                        a.verifier(), "client_id", client.id())).getBytes(StandardCharsets.UTF_8)));
        assertOAuthError(none, 401, "invalid_client");
        // The code was not touched by the refused requests.
        assertThat(f.exchange(client, code, a.verifier()).status()).isEqualTo(200);
    }

    @Test
    void anotherClientsCodeIsRefused() {
        OAuthFixture.Client other = f.registerClient();
        OAuthFixture.Authorization a = OAuthFixture.authorization(client);
        assertOAuthError(f.exchange(other, f.code(a), a.verifier()), 400, "invalid_grant");
    }

    @Test
    void refreshRotatesTheRefreshTokenAndRevokesTheOldOne() {
        JsonNode first = f.tokens(client);
        String refresh1 = first.get("refresh_token").asText();
        ApiResponse r = f.refresh(client, refresh1, null);
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        JsonNode second = json(r);
        String refresh2 = second.get("refresh_token").asText();
        assertThat(refresh2).isNotEqualTo(refresh1);
        assertThat(f.server.validate(second.get("access_token").asText())).isPresent();
        assertThat(f.store.token(Secrets.sha256Hex(refresh1)).orElseThrow().revoked()).isTrue();

        // The old one again: refused, and the grant ends (it may have been stolen).
        assertOAuthError(f.refresh(client, refresh1, null), 400, "invalid_grant");
        assertThat(f.server.validate(second.get("access_token").asText())).isEmpty();
        assertOAuthError(f.refresh(client, refresh2, null), 400, "invalid_grant");
    }

    @Test
    void refreshMayNarrowTheScopeButNotWidenIt() {
        String refresh = f.tokens(client).get("refresh_token").asText();
        assertOAuthError(f.refresh(client, refresh, Scopes.PROFILE_UPDATE), 400, "invalid_scope");
        ApiResponse narrow = f.refresh(client, refresh, Scopes.CREDENTIAL_READONLY);
        assertThat(narrow.status()).as(narrow.bodyText()).isEqualTo(200);
        JsonNode j = json(narrow);
        assertThat(j.get("scope").asText()).isEqualTo(Scopes.CREDENTIAL_READONLY);
        assertThat(f.server.validate(j.get("access_token").asText()).orElseThrow().scopes())
                .containsExactly(Scopes.CREDENTIAL_READONLY);
        // RFC 6749 6: the new refresh token keeps the original scope.
        StoredToken next = f.store.token(Secrets.sha256Hex(j.get("refresh_token").asText())).orElseThrow();
        assertThat(next.scopes()).isEqualTo(Set.of(Scopes.CREDENTIAL_READONLY, Scopes.CREDENTIAL_UPSERT));
    }

    @Test
    void aClientWithoutTheRefreshGrantGetsNoRefreshToken() {
        var reg = OAuthFixture.registration("https://lms.example/", OAuthFixture.REDIRECT);
        reg.putArray("grant_types").add("authorization_code");
        JsonNode j = json(f.register(reg));
        OAuthFixture.Client codeOnly = new OAuthFixture.Client(j.get("client_id").asText(),
                j.get("client_secret").asText());
        JsonNode tokens = f.tokens(codeOnly);
        assertThat(tokens.has("refresh_token")).isFalse();
    }

    @Test
    void revokingAnAccessTokenEndsIt() {
        JsonNode t = f.tokens(client);
        String access = t.get("access_token").asText();
        ApiResponse r = f.revoke(client, access);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).contains("no-store");
        assertThat(f.server.validate(access)).isEmpty();
        assertThat(f.refresh(client, t.get("refresh_token").asText(), null).status()).isEqualTo(200);
    }

    @Test
    void revokingARefreshTokenEndsTheGrantsAccessTokens() {
        JsonNode t = f.tokens(client);
        assertThat(f.revoke(client, t.get("refresh_token").asText()).status()).isEqualTo(200);
        assertThat(f.server.validate(t.get("access_token").asText())).isEmpty();
        assertOAuthError(f.refresh(client, t.get("refresh_token").asText(), null), 400, "invalid_grant");
    }

    @Test
    void revocationAnswers200ForUnknownTokensAndLeavesOtherClientsTokens() {
        assertThat(f.revoke(client, "no-such-token").status()).isEqualTo(200);
        OAuthFixture.Client other = f.registerClient();
        String access = f.tokens(client).get("access_token").asText();
        assertThat(f.revoke(other, access).status()).isEqualTo(200);
        assertThat(f.server.validate(access)).isPresent();
    }

    @Test
    void revocationRequiresClientAuthentication() {
        String access = f.tokens(client).get("access_token").asText();
        ApiResponse r = f.server.handle(ApiRequest.of("POST", OAuthFixture.BASE, ProviderPaths.REVOKE)
                .withBody("application/x-www-form-urlencoded", OAuthFixture.form(Map.of("token", access,
                        "client_id", client.id())).getBytes(StandardCharsets.UTF_8)));
        assertOAuthError(r, 401, "invalid_client");
        assertThat(f.server.validate(access)).isPresent();
        assertOAuthError(f.revoke(new OAuthFixture.Client(client.id(), "wrong"), access), 401, "invalid_client");
    }

    @Test
    void otherGrantTypesAreRefused() {
        ApiResponse r = f.token(client, Map.of("grant_type", "client_credentials"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(json(r).get("error").asText()).isIn("unauthorized_client", "unsupported_grant_type");
        ApiResponse pw = f.token(client, Map.of("grant_type", "password", "username", "a", "password", "b"));
        assertThat(json(pw).get("error").asText()).isIn("unauthorized_client", "unsupported_grant_type");
        assertOAuthError(f.token(client, Map.of("grant_type", "nonsense")), 400, "unsupported_grant_type");
        assertThat(List.of(r.status(), pw.status())).containsOnly(400);
    }
}
