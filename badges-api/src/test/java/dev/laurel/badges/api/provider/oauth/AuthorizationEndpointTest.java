package dev.laurel.badges.api.provider.oauth;

import static dev.laurel.badges.api.provider.oauth.OAuthFixture.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.wire.Scopes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The authorization endpoint: request checks, the login and consent form, CSRF, approve and deny. */
class AuthorizationEndpointTest {

    final OAuthFixture f = new OAuthFixture();
    final OAuthFixture.Client client = f.registerClient();
    final OAuthFixture.Authorization a = OAuthFixture.authorization(client);

    private Map<String, String> with(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(a.params());
        if (value == null) {
            p.remove(name);
        } else {
            p.put(name, value);
        }
        return p;
    }

    private static void assertErrorPageNotRedirect(ApiResponse r) {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Location")).isEmpty();
        assertThat(r.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    private static void assertRedirectError(ApiResponse r, String error) {
        assertThat(r.status()).as(r.bodyText()).isEqualTo(302);
        assertThat(r.header("Location")).hasValueSatisfying(l -> assertThat(l).startsWith(OAuthFixture.REDIRECT + "?"));
        Map<String, List<String>> q = query(r);
        assertThat(q.get("error")).containsExactly(error);
        assertThat(q.get("state")).containsExactly("state-123");
        assertThat(q).doesNotContainKey("code");
    }

    @Test
    void anUnknownClientGetsAnErrorPageNeverARedirect() {
        assertErrorPageNotRedirect(f.authorizeGet(with("client_id", "nobody")));
        assertErrorPageNotRedirect(f.authorizeGet(with("client_id", null)));
    }

    @Test
    void redirectUriMismatchAtAuthorizeGetsAnErrorPageNeverARedirect() {
        assertErrorPageNotRedirect(f.authorizeGet(with("redirect_uri", "https://lms.example/other")));
        assertErrorPageNotRedirect(f.authorizeGet(with("redirect_uri", OAuthFixture.REDIRECT + "/")));
        assertErrorPageNotRedirect(f.authorizeGet(with("redirect_uri", "https://LMS.example/callback")));
        assertErrorPageNotRedirect(f.authorizeGet(with("redirect_uri", null)));
    }

    @Test
    void plainPkceIsRefused() {
        Map<String, String> plain = with("code_challenge_method", "plain");
        plain.put("code_challenge", a.verifier());
        assertRedirectError(f.authorizeGet(plain), "invalid_request");
        // No method means plain (RFC 7636 4.3): refused too.
        assertRedirectError(f.authorizeGet(with("code_challenge_method", null)), "invalid_request");
    }

    @Test
    void missingPkceIsRefused() {
        Map<String, String> none = with("code_challenge", null);
        none.remove("code_challenge_method");
        assertRedirectError(f.authorizeGet(none), "invalid_request");
    }

    @Test
    void scopesBeyondTheRegisteredOnesAreRefused() {
        assertRedirectError(f.authorizeGet(with("scope", Scopes.PROFILE_UPDATE)), "invalid_scope");
    }

    @Test
    void otherResponseTypesAreRefused() {
        assertRedirectError(f.authorizeGet(with("response_type", "token")), "unsupported_response_type");
    }

    @Test
    void aMissingStateIsRefused() {
        ApiResponse r = f.authorizeGet(with("state", null));
        assertThat(r.status()).isEqualTo(302);
        assertThat(query(r).get("error")).containsExactly("invalid_request");
    }

    @Test
    void theFormListsTheClientAndTheScopesInWordsEscapedWithoutScript() {
        ObjectNode reg = OAuthFixture.registration("https://lms.example/", OAuthFixture.REDIRECT);
        reg.put("client_name", "<script>alert('x')</script> & Co");
        var j = OAuthFixture.json(f.register(reg));
        OAuthFixture.Client evil = new OAuthFixture.Client(j.get("client_id").asText(), j.get("client_secret").asText());
        Map<String, String> p = new LinkedHashMap<>(OAuthFixture.authorization(evil).params());
        p.put("state", "\"><script>x</script>");
        OAuthFixture.Page page = f.openForm(p);
        String html = page.response().bodyText();
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co");
        assertThat(html).contains("See the badges in your backpack", "Add badges to your backpack and update them");
        assertThat(html).contains("<form method=\"post\" action=\"/oauth/authorize\">", "name=\"password\"");
        assertThat(page.hidden()).containsEntry("state", "\"><script>x</script>").containsKey("csrf_token");
        assertThat(page.response().header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
        assertThat(page.cookie()).startsWith(CsrfTokens.COOKIE + "=");
        assertThat(page.response().header("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax", "Secure"));
    }

    @Test
    void approveRedirectsWithCodeStateAndScope() {
        ApiResponse r = f.approve(f.openForm(a.params()), OAuthFixture.USER, OAuthFixture.PASSWORD);
        assertThat(r.status()).isEqualTo(302);
        Map<String, List<String>> q = query(r);
        assertThat(q.get("code").get(0)).hasSize(43);
        assertThat(q.get("state")).containsExactly("state-123");
        assertThat(q.get("scope")).containsExactly(OAuthFixture.SCOPE);
        assertThat(r.header("Location")).hasValueSatisfying(l -> assertThat(l).startsWith(OAuthFixture.REDIRECT + "?"));
    }

    @Test
    void denyRedirectsWithAccessDenied() {
        OAuthFixture.Page page = f.openForm(a.params());
        Map<String, String> fields = new LinkedHashMap<>(page.hidden());
        fields.put("decision", "deny");
        assertRedirectError(f.submit(fields, page.cookie()), "access_denied");
    }

    @Test
    void wrongPasswordReshowsTheFormWithAGenericMessage() {
        OAuthFixture.Page page = f.openForm(a.params());
        ApiResponse wrong = f.approve(page, OAuthFixture.USER, "wrong");
        ApiResponse unknown = f.approve(page, "mallory", OAuthFixture.PASSWORD);
        for (ApiResponse r : List.of(wrong, unknown)) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Location")).isEmpty();
            assertThat(r.bodyText()).contains("The user name or password is not correct.", "name=\"csrf_token\"");
        }
        // The same words whether the account exists or not: no user enumeration.
        assertThat(wrong.bodyText().replace(OAuthFixture.USER, "X"))
                .isEqualTo(unknown.bodyText().replace("mallory", "X"));
        // The re-shown form still works.
        ApiResponse retry = f.approve(new OAuthFixture.Page(wrong, page.cookie(), OAuthFixture.hidden(wrong.bodyText())),
                OAuthFixture.USER, OAuthFixture.PASSWORD);
        assertThat(retry.status()).isEqualTo(302);
    }

    @Test
    void repeatedFailedSignInsWithOneNameAreSlowedDownWhateverTheNameThenASuccessClearsIt() {
        for (String name : List.of(OAuthFixture.USER, "nobody-has-this-name")) {
            OAuthFixture.Page page = f.openForm(a.params());
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                ApiResponse wrong = f.approve(page, name, "wrong-" + i);
                assertThat(wrong.status()).isEqualTo(200);
                page = new OAuthFixture.Page(wrong, page.cookie(), OAuthFixture.hidden(wrong.bodyText()));
            }
            // Even the right password is not checked while the name waits: the answer cannot tell it was right.
            ApiResponse held = f.approve(page, name, OAuthFixture.PASSWORD);
            assertThat(held.status()).isEqualTo(429);
            assertThat(held.header("Retry-After")).contains("1");
            assertThat(held.header("Location")).isEmpty();
            assertThat(held.bodyText()).contains("Too many failed sign-ins", "name=\"csrf_token\"");
        }
        f.clock.advance(java.time.Duration.ofSeconds(2));
        OAuthFixture.Page page = f.openForm(a.params());
        ApiResponse wrongAgain = f.approve(page, OAuthFixture.USER, "still wrong");
        assertThat(wrongAgain.status()).isEqualTo(200);
        ApiResponse held = f.approve(new OAuthFixture.Page(wrongAgain, page.cookie(), OAuthFixture.hidden(wrongAgain.bodyText())),
                OAuthFixture.USER, OAuthFixture.PASSWORD);
        assertThat(held.status()).as("the sixth failure doubled the wait to 2 s").isEqualTo(429);
        assertThat(held.header("Retry-After")).contains("2");
        f.clock.advance(java.time.Duration.ofSeconds(3));
        page = f.openForm(a.params());
        assertThat(f.approve(page, OAuthFixture.USER, OAuthFixture.PASSWORD).status()).isEqualTo(302);
        page = f.openForm(a.params());
        ApiResponse fresh = f.approve(page, OAuthFixture.USER, "wrong once");
        assertThat(fresh.status()).as("a success cleared the count").isEqualTo(200);
        assertThat(f.approve(new OAuthFixture.Page(fresh, page.cookie(), OAuthFixture.hidden(fresh.bodyText())),
                OAuthFixture.USER, OAuthFixture.PASSWORD).status()).isEqualTo(302);
    }

    @Test
    void theThrottlesWaitDoublesAndIsCapped() {
        assertThat(LoginThrottle.wait(LoginThrottle.FREE_FAILURES)).isEqualTo(java.time.Duration.ofSeconds(1));
        assertThat(LoginThrottle.wait(LoginThrottle.FREE_FAILURES + 3)).isEqualTo(java.time.Duration.ofSeconds(8));
        assertThat(LoginThrottle.wait(LoginThrottle.FREE_FAILURES + 60)).isEqualTo(LoginThrottle.MAX_WAIT);
    }

    @Test
    void csrfTokenMissingIsRefused() {
        OAuthFixture.Page page = f.openForm(a.params());
        Map<String, String> fields = new LinkedHashMap<>(page.hidden());
        fields.remove("csrf_token");
        fields.put("username", OAuthFixture.USER);
        fields.put("password", OAuthFixture.PASSWORD);
        fields.put("decision", "approve");
        ApiResponse r = f.submit(fields, page.cookie());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("Location")).isEmpty();
    }

    @Test
    void csrfTokenWrongOrCookieMissingOrRequestChangedIsRefused() {
        OAuthFixture.Page page = f.openForm(a.params());
        Map<String, String> fields = new LinkedHashMap<>(page.hidden());
        fields.put("username", OAuthFixture.USER);
        fields.put("password", OAuthFixture.PASSWORD);
        fields.put("decision", "approve");

        Map<String, String> wrong = new LinkedHashMap<>(fields);
        String token = wrong.get("csrf_token");
        wrong.put("csrf_token", token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA"));
        assertThat(f.submit(wrong, page.cookie()).status()).isEqualTo(403);

        assertThat(f.submit(fields, null).status()).as("no cookie").isEqualTo(403);
        assertThat(f.submit(fields, CsrfTokens.COOKIE + "=" + "A".repeat(43)).status()).as("another cookie").isEqualTo(403);

        Map<String, String> otherState = new LinkedHashMap<>(fields);
        otherState.put("state", "forged");
        assertThat(f.submit(otherState, page.cookie()).status()).as("token of another request").isEqualTo(403);

        // An old form: the token expires.
        f.clock.advance(CsrfTokens.LIFETIME.plusSeconds(1));
        assertThat(f.submit(fields, page.cookie()).status()).as("expired form").isEqualTo(403);
    }
}
