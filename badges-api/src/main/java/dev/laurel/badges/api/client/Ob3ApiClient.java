package dev.laurel.badges.api.client;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.client.ClientInformation;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationRequest;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.SoftwareID;
import com.nimbusds.oauth2.sdk.id.SoftwareVersion;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.AccessTokenType;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Token;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.laurel.badges.api.provider.ProviderPaths;
import dev.laurel.badges.api.wire.ServiceDescription;
import dev.laurel.badges.api.wire.WireCodec;
import dev.laurel.badges.api.wire.WireException;
import dev.laurel.badges.json.JsonLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The LMS side of the OB 3.0 API: discovers a provider (a backpack), registers with it (RFC 7591), runs the
 * authorization code grant with PKCE S256 (RFC 7636) for each learner, and gives a {@link LearnerConnection}
 * that reads and writes that learner's credentials and profile, refreshing the access token when it expires
 * or a 401 comes back, and revokes it (RFC 7009). OAuth 2.0 messages are built and parsed by the Nimbus
 * OAuth 2.0 SDK; the transport is {@code java.net.http}.
 *
 * <pre>{@code
 * Ob3ApiClient client = Ob3ApiClient.builder().tokenStore(myStore).build();
 * ApiProvider backpack = client.discover(URI.create("https://backpack.example"));
 * ClientRegistration reg = client.register(backpack, metadata);            // once; keep it
 * PendingAuthorization p = client.startAuthorization(reg, "learner-42", Scopes.ALL, redirectUri);
 * // send the browser to p.authorizationUrl(); keep p in the session; the browser comes back to redirectUri
 * LearnerConnection learner = client.completeAuthorization(p, callbackUrl);
 * learner.upsertCredential(vcJwt);
 * }</pre>
 *
 * <p><b>Thread-safe.</b> One client serves all providers and learners; connections may be used from any
 * thread. Refreshes of one learner's token are serialised, so two threads that meet an expired token refresh
 * it once.
 *
 * <p><b>Security.</b> Only {@code https} URLs are called ({@code http} on a loopback host only with {@link
 * Builder#allowLoopbackHttp}); redirects are never followed (a 3xx is {@link ApiClientCode#REDIRECT_REFUSED});
 * paging links must stay on the credentials endpoint; every answer is bounded in size ({@link
 * Builder#maxResponseBytes}) and time ({@link Builder#requestTimeout}, for the whole exchange including the
 * body). Secrets, tokens and the code verifier never appear in messages or {@code toString()}.
 *
 * <p><b>Errors.</b> Every failure is an {@link ApiClientException} with an {@link ApiClientCode}; the caller's
 * own mistakes are {@link IllegalArgumentException}s.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#api">OB 3.0 API</a>
 */
public final class Ob3ApiClient {

    /** The connect timeout of the client's own {@code HttpClient}: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The deadline of one exchange, headers and body: 30 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The largest body read: BadgeJson's document limit (4 MiB), since every body is read through it. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES;
    /** The most pages {@link LearnerConnection#allCredentials()} reads: 1,000. */
    public static final int DEFAULT_MAX_PAGES = 1000;
    /** How long before its expiry an access token is refreshed: 30 seconds. */
    public static final Duration DEFAULT_EXPIRY_LEEWAY = Duration.ofSeconds(30);

    /** Lock stripes for refreshes: bounded, unlike a lock per learner. */
    private static final int STRIPES = 64;

    final Transport transport;
    final TokenStore tokenStore;
    final Clock clock;
    final boolean allowLoopbackHttp;
    final int maxPages;
    final Duration expiryLeeway;
    final WireCodec codec = WireCodec.standard();
    private final SecureRandom random;
    private final Object[] refreshLocks = new Object[STRIPES];

    private Ob3ApiClient(Builder b) {
        HttpClient http = b.httpClient != null ? b.httpClient
                : HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(b.connectTimeout != null ? b.connectTimeout : DEFAULT_CONNECT_TIMEOUT).build();
        this.transport = new Transport(http, b.requestTimeout, b.maxResponseBytes);
        this.tokenStore = b.tokenStore != null ? b.tokenStore : new InMemoryTokenStore();
        this.clock = b.clock;
        this.random = b.random != null ? b.random : new SecureRandom();
        this.allowLoopbackHttp = b.allowLoopbackHttp;
        this.maxPages = b.maxPages;
        this.expiryLeeway = b.expiryLeeway;
        for (int i = 0; i < STRIPES; i++) {
            refreshLocks[i] = new Object();
        }
    }

    /**
     * A builder with the defaults: an {@code HttpClient} of the client's own that never follows redirects,
     * the {@code DEFAULT_*} limits, an {@link InMemoryTokenStore}, the system clock, https only.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The token store.
     *
     * @return the store the client keeps tokens in
     */
    public TokenStore tokenStore() {
        return tokenStore;
    }

    // ---- discovery -------------------------------------------------------------------------------------

    /**
     * Reads a provider's service description document at {@code {baseUrl}/ims/ob/v3p0/discovery}.
     *
     * @param baseUrl the provider's base URL, as the learner or administrator gave it (a trailing slash is
     *     ignored; a path such as {@code /tenant} is kept)
     * @return the provider
     * @throws ApiClientException {@link ApiClientCode#MALFORMED_RESPONSE} (with the JSON Pointer) if the document
     *     is not a valid service description or one of its URLs is not https; a transport or status code
     *     otherwise
     * @throws IllegalArgumentException if {@code baseUrl} is not absolute https (or loopback http when allowed)
     */
    public ApiProvider discover(URI baseUrl) {
        URI base = Urls.requireSafe(ApiProvider.normalise(Objects.requireNonNull(baseUrl, "baseUrl")), "baseUrl",
                allowLoopbackHttp);
        URI url = ApiProvider.resolve(base, ProviderPaths.DISCOVERY);
        String op = "discovery";
        Transport.Answer a = transport.send(transport.request(url).header("Accept", "application/json").GET().build(), op);
        if (a.status() != 200) {
            throw transport.apiError(a, op);
        }
        try {
            return new ApiProvider(base, codec.readServiceDescription(a.body(), allowLoopbackHttp));
        } catch (WireException e) {
            throw Transport.malformed(op, a.status(), "not a valid service description: " + e.getMessage(),
                    e.pointer(), e);
        }
    }

    // ---- registration ----------------------------------------------------------------------------------

    /**
     * Registers the application with a provider (RFC 7591, without an initial access token, as the
     * specification requires): {@code POST} of the metadata as JSON to the document's {@code
     * x-imssf-registrationUrl}, with {@code client_secret_basic}, grant types {@code authorization_code} and
     * {@code refresh_token}, response type {@code code}.
     *
     * @param provider the discovered provider
     * @param metadata the application's metadata
     * @return the registration, with the client secret
     * @throws ApiClientException {@link ApiClientCode#REGISTRATION_REJECTED} with the OAuth error for a 4xx,
     *     {@link ApiClientCode#SERVER_ERROR} for a 5xx, {@link ApiClientCode#MALFORMED_RESPONSE} for a success
     *     without {@code client_id} or {@code client_secret}; a transport code otherwise
     * @throws IllegalArgumentException if the registration URL breaks the client's URL rules
     */
    public ClientRegistration register(ApiProvider provider, ClientMetadata metadata) {
        Objects.requireNonNull(metadata, "metadata");
        ServiceDescription d = Objects.requireNonNull(provider, "provider").description();
        URI endpoint = Urls.requireSafe(d.registrationUrl(), "the registration URL", allowLoopbackHttp);
        com.nimbusds.oauth2.sdk.client.ClientMetadata m = new com.nimbusds.oauth2.sdk.client.ClientMetadata();
        m.setName(metadata.clientName());
        m.setURI(metadata.clientUri());
        m.setLogoURI(metadata.logoUri());
        m.setTermsOfServiceURI(metadata.tosUri());
        m.setPolicyURI(metadata.policyUri());
        m.setSoftwareID(new SoftwareID(metadata.softwareId()));
        m.setSoftwareVersion(new SoftwareVersion(metadata.softwareVersion()));
        m.setRedirectionURIs(new LinkedHashSet<>(metadata.redirectUris()));
        m.setScope(new Scope(metadata.scopes().toArray(new String[0])));
        m.setTokenEndpointAuthMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        m.setGrantTypes(new LinkedHashSet<>(List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN)));
        m.setResponseTypes(Set.of(new ResponseType(ResponseType.Value.CODE)));
        if (!metadata.contacts().isEmpty()) {
            m.setEmailContacts(metadata.contacts());
        }
        HTTPRequest request = new ClientRegistrationRequest(endpoint, m, null).toHTTPRequest();
        request.setAccept("application/json");
        String op = "registration";
        HTTPResponse r = transport.send(request, op);
        ClientRegistrationResponse parsed = parse(op, r, () -> ClientRegistrationResponse.parse(r));
        if (!parsed.indicatesSuccess()) {
            OAuthError e = Transport.oauthError(parsed.toErrorResponse().getErrorObject());
            ApiClientCode code = r.getStatusCode() >= 500 ? ApiClientCode.SERVER_ERROR : ApiClientCode.REGISTRATION_REJECTED;
            throw new ApiClientException(code, op + ": the provider answered " + r.getStatusCode()
                    + (e == null ? "" : " " + Transport.clip(e.code())), r.getStatusCode(), null, e, "", null);
        }
        ClientInformation info = parsed.toSuccessResponse().getClientInformation();
        Secret secret = info.getSecret();
        if (secret == null || secret.getValue() == null || secret.getValue().isEmpty()) {
            throw Transport.malformed(op, r.getStatusCode(), "no client_secret (client_secret_basic needs one)",
                    "/client_secret", null);
        }
        Set<URI> redirects = info.getMetadata().getRedirectionURIs();
        Scope scope = info.getMetadata().getScope();
        return new ClientRegistration(provider, info.getID().getValue(), secret.getValue(),
                info.getIDIssueDate() == null ? null : info.getIDIssueDate().toInstant(),
                secret.getExpirationDate() == null ? null : secret.getExpirationDate().toInstant(),
                redirects == null ? metadata.redirectUris() : new ArrayList<>(redirects),
                scope == null ? List.of() : scope.toStringList(), null);
    }

    // ---- authorization ---------------------------------------------------------------------------------

    /**
     * Starts an authorization for one learner: builds the authorization request (RFC 6749 4.1.1) with a fresh
     * random {@code state} and PKCE code verifier (32 bytes of {@code SecureRandom} each) and the S256
     * challenge. Nothing is sent: the application opens {@link PendingAuthorization#authorizationUrl()}.
     *
     * @param registration the client's registration
     * @param learner the application's key for the learner
     * @param scopes the scopes to ask for (e.g. {@code Scopes.ALL}), at least one
     * @param redirectUri one of the registration's redirect URIs, exactly
     * @return the pending authorization, to keep until the browser comes back
     * @throws IllegalArgumentException if the learner is blank, no scope is given, the redirect URI was not
     *     registered, or the authorization URL breaks the client's URL rules
     */
    public PendingAuthorization startAuthorization(ClientRegistration registration, String learner, List<String> scopes,
            URI redirectUri) {
        TokenKey key = new TokenKey(Objects.requireNonNull(registration, "registration").provider().key(), learner);
        Objects.requireNonNull(redirectUri, "redirectUri");
        if (Objects.requireNonNull(scopes, "scopes").isEmpty()) {
            throw new IllegalArgumentException("no scope asked for");
        }
        if (!registration.redirectUris().contains(redirectUri)) {
            throw new IllegalArgumentException("the redirect URI was not registered: " + redirectUri);
        }
        URI endpoint = Urls.requireSafe(registration.provider().description().authorizationUrl(),
                "the authorization URL", allowLoopbackHttp);
        CodeVerifier verifier = new CodeVerifier(randomToken());
        State state = new State(randomToken());
        AuthorizationRequest request = new AuthorizationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                new ClientID(registration.clientId())).endpointURI(endpoint).redirectionURI(redirectUri)
                .scope(new Scope(scopes.toArray(new String[0]))).state(state)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build();
        return new PendingAuthorization(registration, key.learner(), request.toURI(), redirectUri, scopes,
                state.getValue(), verifier.getValue());
    }

    /**
     * Completes an authorization from the URL the learner's browser came back to: checks {@code state}
     * (before anything else, and on error answers too), turns {@code error=...} into a typed error, exchanges
     * the code at the token endpoint ({@code client_secret_basic}, {@code redirect_uri}, {@code scope} and the
     * PKCE {@code code_verifier}) and stores the tokens for the learner.
     *
     * @param pending what {@link #startAuthorization} returned
     * @param callback the full URL the browser requested at the redirect URI, with its query
     * @return the learner's connection
     * @throws ApiClientException {@link ApiClientCode#STATE_MISMATCH}, {@link ApiClientCode#ACCESS_DENIED},
     *     {@link ApiClientCode#AUTHORIZATION_FAILED} (another {@code error}), {@link ApiClientCode#INVALID_GRANT}
     *     (the code was refused, e.g. used twice or a wrong verifier), {@link ApiClientCode#TOKEN_REJECTED},
     *     {@link ApiClientCode#MALFORMED_RESPONSE} (a redirect with neither code nor error, a token answer that
     *     is not a Bearer token); a transport code otherwise
     * @throws IllegalArgumentException if {@code callback} is not at the pending redirect URI
     */
    public LearnerConnection completeAuthorization(PendingAuthorization pending, URI callback) {
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(callback, "callback");
        URI expected = pending.redirectUri();
        if (!Urls.sameOrigin(callback, expected) || !Objects.equals(callback.getRawPath(), expected.getRawPath())) {
            throw new IllegalArgumentException("the callback is not at the redirect URI " + expected);
        }
        String op = "authorization";
        AuthorizationResponse response;
        try {
            response = AuthorizationResponse.parse(callback);
        } catch (ParseException | RuntimeException e) {
            throw Transport.malformed(op, 0, "the redirect carries neither a code nor an error", "", e);
        }
        State state = response.getState();
        if (state == null || !MessageDigest.isEqual(state.getValue().getBytes(StandardCharsets.UTF_8),
                pending.state().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiClientException(ApiClientCode.STATE_MISMATCH,
                    op + ": the redirect's state is not this authorization's (a forged or stale redirect)", null);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            OAuthError e = Transport.oauthError(error);
            boolean denied = e != null && e.code().equals("access_denied");
            throw new ApiClientException(denied ? ApiClientCode.ACCESS_DENIED : ApiClientCode.AUTHORIZATION_FAILED,
                    op + ": the provider answered error=" + (e == null ? "(none)" : Transport.clip(e.code())), 0, null,
                    e, "", null);
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw Transport.malformed(op, 0, "the redirect carries no code", "", null);
        }
        ClientRegistration registration = pending.registration();
        // The OB 3.0 security section requires scope in this request too; the SDK leaves a code grant's scope
        // out (RFC 6749 4.1.3 has none), so it goes in as a parameter the SDK still encodes.
        TokenRequest request = new TokenRequest.Builder(tokenUrl(registration, false), clientAuth(registration),
                new AuthorizationCodeGrant(code, expected, new CodeVerifier(pending.codeVerifier())))
                .customParameter("scope", String.join(" ", pending.scopes())).build();
        StoredTokens tokens = tokenCall(request, registration, pending.scopes(), null, "token");
        TokenKey key = new TokenKey(registration.provider().key(), pending.learner());
        tokenStore.save(key, tokens);
        return new LearnerConnection(this, registration, key);
    }

    /**
     * The connection of a learner who authorised earlier (its tokens are in the token store). Nothing is sent;
     * a call without stored tokens fails with {@link ApiClientCode#NOT_CONNECTED}.
     *
     * @param registration the client's registration
     * @param learner the application's key for the learner
     * @return the connection
     * @throws IllegalArgumentException if the learner is blank
     */
    public LearnerConnection connect(ClientRegistration registration, String learner) {
        Objects.requireNonNull(registration, "registration");
        return new LearnerConnection(this, registration, new TokenKey(registration.provider().key(), learner));
    }

    // ---- tokens (used by LearnerConnection) ------------------------------------------------------------

    /** The learner's tokens, refreshed first when they expire within the leeway and can be refreshed. */
    StoredTokens currentTokens(ClientRegistration registration, TokenKey key) {
        StoredTokens t = stored(registration, key);
        if (t.expiresWithin(clock.instant(), expiryLeeway) && t.refreshToken() != null) {
            return refresh(registration, key, t);
        }
        return t;
    }

    private StoredTokens stored(ClientRegistration registration, TokenKey key) {
        return tokenStore.load(key).filter(t -> t.clientId().equals(registration.clientId()))
                .orElseThrow(() -> new ApiClientException(ApiClientCode.NOT_CONNECTED,
                        "no tokens for this learner and client: authorise first", null));
    }

    /**
     * Refreshes the learner's tokens (RFC 6749 6), unless another thread already did since {@code used} was
     * read. An {@code invalid_grant} answer removes the dead tokens from the store.
     */
    StoredTokens refresh(ClientRegistration registration, TokenKey key, StoredTokens used) {
        synchronized (refreshLocks[Math.floorMod(key.hashCode(), STRIPES)]) {
            StoredTokens current = stored(registration, key);
            if (!current.accessToken().equals(used.accessToken())
                    && !current.expiresWithin(clock.instant(), expiryLeeway)) {
                return current;
            }
            if (current.refreshToken() == null) {
                return current;
            }
            TokenRequest request = new TokenRequest(tokenUrl(registration, true), clientAuth(registration),
                    new RefreshTokenGrant(new RefreshToken(current.refreshToken())),
                    current.scopes().isEmpty() ? null : new Scope(current.scopes().toArray(new String[0])));
            try {
                StoredTokens fresh = tokenCall(request, registration, current.scopes(), current.refreshToken(), "refresh");
                tokenStore.save(key, fresh);
                return fresh;
            } catch (ApiClientException e) {
                if (e.clientCode() == ApiClientCode.INVALID_GRANT) {
                    tokenStore.remove(key);
                }
                throw e;
            }
        }
    }

    /**
     * Revokes the learner's tokens (RFC 7009): the refresh token first (a server that revokes it also
     * invalidates the grant's access tokens, RFC 7009 2.1), then the access token; an {@code
     * unsupported_token_type} answer for the access token is accepted once the refresh token is revoked
     * (servers must revoke refresh tokens, and only should revoke access tokens). The tokens are then removed
     * from the store; on any other failure they are kept, so that the call can be repeated.
     */
    boolean revoke(ClientRegistration registration, TokenKey key) {
        StoredTokens t = tokenStore.load(key).filter(s -> s.clientId().equals(registration.clientId())).orElse(null);
        if (t == null) {
            return false;
        }
        if (registration.revocationUrl() == null) {
            tokenStore.remove(key);
            return false;
        }
        URI endpoint = Urls.requireSafe(registration.revocationUrl(), "the revocation URL", allowLoopbackHttp);
        if (t.refreshToken() != null) {
            revokeOne(endpoint, registration, new RefreshToken(t.refreshToken()), false);
        }
        revokeOne(endpoint, registration, new BearerAccessToken(t.accessToken()), t.refreshToken() != null);
        tokenStore.remove(key);
        return true;
    }

    private void revokeOne(URI endpoint, ClientRegistration registration, Token token, boolean tolerateUnsupported) {
        String op = "revocation";
        HTTPResponse r = transport.send(new TokenRevocationRequest(endpoint, clientAuth(registration), token)
                .toHTTPRequest(), op);
        if (r.getStatusCode() == 200) {
            return;
        }
        TokenErrorResponse error = parse(op, r, () -> TokenErrorResponse.parse(r));
        OAuthError e = Transport.oauthError(error.getErrorObject());
        if (tolerateUnsupported && e != null && e.code().equals("unsupported_token_type")) {
            return;
        }
        throw tokenError(op, r.getStatusCode(), e);
    }

    private StoredTokens tokenCall(TokenRequest request, ClientRegistration registration, List<String> asked,
            String previousRefresh, String op) {
        HTTPResponse r = transport.send(request.toHTTPRequest(), op);
        TokenResponse parsed = parse(op, r, () -> TokenResponse.parse(r));
        if (!parsed.indicatesSuccess()) {
            throw tokenError(op, r.getStatusCode(), Transport.oauthError(parsed.toErrorResponse().getErrorObject()));
        }
        Tokens tokens = parsed.toSuccessResponse().getTokens();
        AccessToken access = tokens.getAccessToken();
        if (!AccessTokenType.BEARER.equals(access.getType())) {
            throw Transport.malformed(op, r.getStatusCode(), "token_type is not Bearer", "/token_type", null);
        }
        if (!access.getValue().chars().allMatch(c -> c > ' ' && c <= '~')) {
            // It goes into an Authorization header: RFC 6750's b64token is visible ASCII.
            throw Transport.malformed(op, r.getStatusCode(), "the access token is not visible ASCII", "/access_token", null);
        }
        Instant now = clock.instant();
        long lifetime = access.getLifetime();
        Scope granted = access.getScope();
        // RFC 6749 6: a refresh answer without a new refresh token leaves the old one valid.
        String refresh = tokens.getRefreshToken() != null ? tokens.getRefreshToken().getValue() : previousRefresh;
        return new StoredTokens(registration.clientId(), access.getValue(), refresh,
                granted == null ? asked : granted.toStringList(), now, lifetime > 0 ? now.plusSeconds(lifetime) : null);
    }

    private static ApiClientException tokenError(String op, int status, OAuthError e) {
        ApiClientCode code;
        if (e != null && e.code().equals("invalid_grant")) {
            code = ApiClientCode.INVALID_GRANT;
        } else if (status >= 500) {
            code = ApiClientCode.SERVER_ERROR;
        } else {
            code = ApiClientCode.TOKEN_REJECTED;
        }
        return new ApiClientException(code, op + ": the provider answered " + status
                + (e == null ? "" : " " + Transport.clip(e.code())), status, null, e, "", null);
    }

    private URI tokenUrl(ClientRegistration registration, boolean refresh) {
        ServiceDescription d = registration.provider().description();
        URI url = refresh && d.refreshUrl() != null ? d.refreshUrl() : d.tokenUrl();
        return Urls.requireSafe(url, "the token URL", allowLoopbackHttp);
    }

    private static ClientAuthentication clientAuth(ClientRegistration registration) {
        // Nimbus form-encodes both parts before Base64 (RFC 6749 2.3.1).
        return new ClientSecretBasic(new ClientID(registration.clientId()), new Secret(registration.clientSecret()));
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An SDK parse step. */
    private interface SdkParse<T> {
        T parse() throws ParseException;
    }

    /** Runs an SDK parser; its exceptions, checked or not, become MALFORMED_RESPONSE (or SERVER_ERROR for 5xx). */
    private static <T> T parse(String op, HTTPResponse r, SdkParse<T> parser) {
        try {
            return parser.parse();
        } catch (ParseException | RuntimeException e) {
            if (r.getStatusCode() >= 500) {
                throw new ApiClientException(ApiClientCode.SERVER_ERROR, op + ": the provider answered "
                        + r.getStatusCode(), r.getStatusCode(), null, null, "", e);
            }
            throw Transport.malformed(op, r.getStatusCode(), "not a valid OAuth 2.0 answer (status "
                    + r.getStatusCode() + ")", "", e);
        }
    }

    /** Builds an {@link Ob3ApiClient}; not thread-safe. Each setter checks its argument at once. */
    public static final class Builder {
        private HttpClient httpClient;
        private Duration connectTimeout;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private boolean allowLoopbackHttp;
        private TokenStore tokenStore;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random;
        private int maxPages = DEFAULT_MAX_PAGES;
        private Duration expiryLeeway = DEFAULT_EXPIRY_LEEWAY;

        private Builder() {}

        /**
         * Uses the application's {@code HttpClient} (its proxy, TLS settings, executor). It must never follow
         * redirects: a followed redirect could carry a bearer token or a learner's data to another host.
         *
         * @param value the client
         * @return this
         * @throws IllegalArgumentException if it follows redirects
         */
        public Builder httpClient(HttpClient value) {
            if (Objects.requireNonNull(value, "httpClient").followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("the HttpClient must use HttpClient.Redirect.NEVER");
            }
            this.httpClient = value;
            return this;
        }

        /**
         * The connect timeout of the client's own {@code HttpClient} (not with {@link #httpClient}).
         *
         * @param value a positive duration
         * @return this
         * @throws IllegalArgumentException if not positive
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /**
         * The deadline of one exchange, from sending to the last byte of the body.
         *
         * @param value a positive duration
         * @return this
         * @throws IllegalArgumentException if not positive
         */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = positive(value, "requestTimeout");
            return this;
        }

        /**
         * The largest answer body read; a larger one fails with {@link ApiClientCode#RESPONSE_TOO_LARGE}.
         *
         * @param value bytes, at least 1,024
         * @return this
         * @throws IllegalArgumentException if below 1,024
         */
        public Builder maxResponseBytes(int value) {
            if (value < 1024) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1024, was " + value);
            }
            this.maxResponseBytes = value;
            return this;
        }

        /**
         * Accepts {@code http} URLs on a loopback host, for a provider such as {@code laurel serve} on the
         * developer's own machine. Never in production.
         *
         * @param value whether to
         * @return this
         */
        public Builder allowLoopbackHttp(boolean value) {
            this.allowLoopbackHttp = value;
            return this;
        }

        /**
         * Where tokens are kept.
         *
         * @param value the store
         * @return this
         */
        public Builder tokenStore(TokenStore value) {
            this.tokenStore = Objects.requireNonNull(value, "tokenStore");
            return this;
        }

        /**
         * The clock for token expiry.
         *
         * @param value the clock
         * @return this
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The source of {@code state} and PKCE verifiers.
         *
         * @param value a secure random
         * @return this
         */
        public Builder secureRandom(SecureRandom value) {
            this.random = Objects.requireNonNull(value, "secureRandom");
            return this;
        }

        /**
         * The most pages {@link LearnerConnection#allCredentials()} reads before it gives up with {@link
         * ApiClientCode#TOO_MANY_PAGES}.
         *
         * @param value at least 1
         * @return this
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxPages(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxPages must be at least 1, was " + value);
            }
            this.maxPages = value;
            return this;
        }

        /**
         * How long before its expiry an access token is refreshed.
         *
         * @param value zero or positive
         * @return this
         * @throws IllegalArgumentException if negative
         */
        public Builder expiryLeeway(Duration value) {
            if (Objects.requireNonNull(value, "expiryLeeway").isNegative()) {
                throw new IllegalArgumentException("expiryLeeway is negative");
            }
            this.expiryLeeway = value;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalStateException if both {@link #httpClient} and {@link #connectTimeout} were set (the
         *     application's {@code HttpClient} carries its own connect timeout)
         */
        public Ob3ApiClient build() {
            if (httpClient != null && connectTimeout != null) {
                throw new IllegalStateException("connectTimeout applies to the client's own HttpClient; "
                        + "set it on the HttpClient given to httpClient(...)");
            }
            return new Ob3ApiClient(this);
        }

        private static Duration positive(Duration value, String name) {
            if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
