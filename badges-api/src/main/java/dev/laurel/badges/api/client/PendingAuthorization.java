package dev.laurel.badges.api.client;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An authorization the application started and has not completed: it sends the learner's browser to {@link
 * #authorizationUrl()} and keeps this value (in the learner's session) until the browser comes back to the
 * redirect URI, then calls {@link Ob3ApiClient#completeAuthorization}. It holds the PKCE code verifier and the
 * {@code state}, both random; {@link #toString()} leaves the verifier out.
 *
 * @param registration the client's registration
 * @param learner the application's key for the learner
 * @param authorizationUrl the URL to open: the authorization endpoint with {@code response_type=code},
 *     {@code client_id}, {@code redirect_uri}, {@code scope}, {@code state}, {@code code_challenge} and
 *     {@code code_challenge_method=S256}
 * @param redirectUri the redirect URI sent
 * @param scopes the scopes asked for
 * @param state the {@code state} sent
 * @param codeVerifier the PKCE code verifier (RFC 7636 4.1), never sent before the token request
 */
public record PendingAuthorization(ClientRegistration registration, String learner, URI authorizationUrl,
        URI redirectUri, List<String> scopes, String state, String codeVerifier) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException if a value is null
     */
    public PendingAuthorization {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(authorizationUrl, "authorizationUrl");
        Objects.requireNonNull(redirectUri, "redirectUri");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
    }

    /**
     * The value without the code verifier.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "PendingAuthorization[clientId=" + registration.clientId() + ", learner=" + learner
                + ", authorizationUrl=" + authorizationUrl + ", redirectUri=" + redirectUri + ", scopes=" + scopes + "]";
    }
}
