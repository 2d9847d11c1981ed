package dev.laurel.badges.api.provider.oauth;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.PlainClientSecret;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.client.ClientInformation;
import com.nimbusds.oauth2.sdk.client.ClientInformationResponse;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationErrorResponse;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationRequest;
import com.nimbusds.oauth2.sdk.client.RegistrationError;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import dev.laurel.badges.api.provider.AccessGrant;
import dev.laurel.badges.api.provider.AccessTokenValidator;
import dev.laurel.badges.api.provider.ApiHandler;
import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.provider.ProviderPaths;
import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.ConsumedCode;
import dev.laurel.badges.api.store.RegisteredClient;
import dev.laurel.badges.api.store.StoreCode;
import dev.laurel.badges.api.store.StoreException;
import dev.laurel.badges.api.store.StoredAuthorizationCode;
import dev.laurel.badges.api.store.StoredToken;
import dev.laurel.badges.api.store.StoredUser;
import dev.laurel.badges.api.store.TokenKind;
import net.minidev.json.JSONObject;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OAuth 2.0 authorization server of the OB 3.0 API: dynamic client registration (RFC 7591), the
 * authorization-code grant with PKCE S256 (RFC 6749, RFC 7636) through a login and consent page, refresh
 * with rotation, revocation (RFC 7009), and the check of access tokens for the resource endpoints.
 *
 * <p>It answers {@link ProviderPaths#REGISTRATION}, {@link ProviderPaths#AUTHORIZE},
 * {@link ProviderPaths#TOKEN} and {@link ProviderPaths#REVOKE} (anything else: {@code 404}); every OAuth
 * message is read and written by the Nimbus OAuth 2.0 SDK. Bad input never throws: it gets the RFCs' error
 * response, or, at the authorization endpoint when the client or its redirection URI is not trusted, an HTML
 * error page (never a redirect). Thread-safe.
 *
 * <p>Codes, access tokens, refresh tokens and client secrets are 256 random bits; the store keeps only their
 * SHA-256. Defaults: codes expire after {@value #DEFAULT_CODE_MINUTES} minutes and are single use (a replay
 * revokes the tokens issued from the code), access tokens after one hour, refresh tokens after
 * {@value #DEFAULT_REFRESH_DAYS} days; each refresh returns a new refresh token and revokes the old one, and
 * a revoked refresh token presented again revokes its whole grant.
 *
 * <pre>{@code
 * AuthorizationServer oauth = AuthorizationServer.builder(store).build();
 * ApiResponse r = oauth.handle(request);                        // the four OAuth endpoints
 * Optional<AccessGrant> g = oauth.validate(bearerToken);       // for the resource endpoints
 * }</pre>
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#api-security">OB 3.0, API security</a>
 */
public final class AuthorizationServer implements ApiHandler, AccessTokenValidator {

    /** Default lifetime of an authorization code, in minutes. */
    public static final int DEFAULT_CODE_MINUTES = 5;
    /** Default lifetime of a refresh token, in days. */
    public static final int DEFAULT_REFRESH_DAYS = 30;

    private static final String WRONG_LOGIN = "The user name or password is not correct.";

    private final AuthorizationStore store;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final Duration accessTokenLifetime;
    private final Duration refreshTokenLifetime;
    private final Duration codeLifetime;
    private final boolean allowLoopbackHttp;
    private final RegistrationPolicy registrationPolicy;
    private final CsrfTokens csrf;
    private final String serviceName;

    private AuthorizationServer(Builder b) {
        this.store = b.store;
        this.clock = b.clock;
        this.throttle = new LoginThrottle(b.clock);
        this.accessTokenLifetime = b.accessTokenLifetime;
        this.refreshTokenLifetime = b.refreshTokenLifetime;
        this.codeLifetime = b.codeLifetime;
        this.allowLoopbackHttp = b.allowLoopbackHttp;
        this.registrationPolicy = b.registrationPolicy;
        this.csrf = new CsrfTokens(b.csrfSecret);
        this.serviceName = b.serviceName;
    }

    /**
     * Starts a builder.
     *
     * @param store where accounts, clients, codes and tokens are kept
     * @return the builder
     * @throws NullPointerException if {@code store} is null
     */
    public static Builder builder(AuthorizationStore store) {
        return new Builder(store);
    }

    // ---- dispatch ----

    /**
     * Answers a request to one of the four OAuth 2.0 endpoints.
     *
     * @param request the request
     * @return the response: never an exception, whatever the input
     */
    @Override
    public ApiResponse handle(ApiRequest request) {
        String path = request.path();
        try {
            switch (path) {
                case ProviderPaths.REGISTRATION:
                    return NimbusMessages.noStore(register(request));
                case ProviderPaths.AUTHORIZE:
                    return authorize(request);
                case ProviderPaths.TOKEN:
                    return NimbusMessages.noStore(token(request));
                case ProviderPaths.REVOKE:
                    return NimbusMessages.noStore(revoke(request));
                default:
                    return NimbusMessages.error(new ErrorObject("invalid_request", "No such endpoint", 404));
            }
        } catch (RuntimeException e) {
            // The store failed (or a bug): answer as the endpoint's protocol says, without the exception's text.
            boolean unavailable = e instanceof StoreException se
                    && (se.code() == StoreCode.UNAVAILABLE || se.code() == StoreCode.CLOSED);
            if (ProviderPaths.AUTHORIZE.equals(path)) {
                return ConsentPage.error(unavailable ? 503 : 500, serviceName,
                        "The server cannot answer now. Please try again later.");
            }
            return NimbusMessages.noStore(NimbusMessages.error(unavailable
                    ? OAuth2Error.TEMPORARILY_UNAVAILABLE.setHTTPStatusCode(503) : OAuth2Error.SERVER_ERROR));
        }
    }

    /**
     * Looks an access token up.
     *
     * @param accessToken the token as the client sent it
     * @return the grant, or empty when the token is unknown, expired, revoked, a refresh token, or null
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED} when the store
     *     cannot answer (the resource endpoint then answers 503)
     */
    @Override
    public Optional<AccessGrant> validate(String accessToken) {
        if (accessToken == null || accessToken.isEmpty() || accessToken.length() > 512) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.token(Secrets.sha256Hex(accessToken))
                .filter(t -> t.kind() == TokenKind.ACCESS && t.usable(now))
                .map(t -> new AccessGrant(t.userName(), t.clientId(), t.scopes(), t.expires()));
    }

    // ---- registration (RFC 7591) ----

    private ApiResponse register(ApiRequest request) {
        if (!request.method().equals("POST")) {
            return NimbusMessages.error(new ErrorObject("invalid_request", "Use POST", 405)).withHeader("Allow", "POST");
        }
        if (!registrationPolicy.open()) {
            return registrationError(new ErrorObject("access_denied", "Registration is closed", 403));
        }
        ClientMetadata metadata;
        try {
            metadata = ClientRegistrationRequest.parse(NimbusMessages.toNimbus(request)).getClientMetadata();
        } catch (ParseException e) {
            ErrorObject error = e.getErrorObject() != null ? e.getErrorObject()
                    : NimbusMessages.describe(RegistrationError.INVALID_CLIENT_METADATA, String.valueOf(e.getMessage()));
            if (error.getHTTPStatusCode() != 400) {
                error = error.setHTTPStatusCode(400);
            }
            return registrationError(error);
        }
        Optional<ErrorObject> refused = RegistrationRules.check(metadata, allowLoopbackHttp);
        if (refused.isPresent()) {
            return registrationError(refused.get());
        }
        Instant issued = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<Instant> secretExpires = registrationPolicy.clientSecretLifetime().isZero() ? Optional.empty()
                : Optional.of(issued.plus(registrationPolicy.clientSecretLifetime()));
        String clientId = Secrets.random(16);
        String secret = Secrets.random(32);
        ClientInformation info = new ClientInformation(new ClientID(clientId), Date.from(issued), metadata,
                new Secret(secret, secretExpires.map(Date::from).orElse(null)));
        JSONObject stored = info.toJSONObject();
        stored.remove("client_secret");
        List<String> redirects = new ArrayList<>();
        metadata.getRedirectionURIs().forEach(u -> redirects.add(u.toString()));
        Set<String> grantTypes = new LinkedHashSet<>();
        metadata.getGrantTypes().forEach(g -> grantTypes.add(g.getValue()));
        store.addClient(new RegisteredClient(clientId, Secrets.sha256Hex(secret), issued, secretExpires,
                metadata.getName(), redirects, new LinkedHashSet<>(metadata.getScope().toStringList()), grantTypes,
                metadata.getTokenEndpointAuthMethod().getValue(), stored.toJSONString(), false));
        return NimbusMessages.fromNimbus(new ClientInformationResponse(info, true).toHTTPResponse());
    }

    private static ApiResponse registrationError(ErrorObject error) {
        return NimbusMessages.fromNimbus(new ClientRegistrationErrorResponse(error).toHTTPResponse());
    }

    // ---- authorization endpoint (RFC 6749 4.1.1, RFC 7636 4.3) ----

    private ApiResponse authorize(ApiRequest request) {
        boolean post = request.method().equals("POST");
        if (!post && !request.method().equals("GET")) {
            return ConsentPage.error(405, serviceName, "Use GET or POST.").withHeader("Allow", "GET, POST");
        }
        Map<String, List<String>> params;
        try {
            HTTPRequest http = NimbusMessages.toNimbus(request);
            if (post) {
                http.ensureEntityContentType(ContentType.APPLICATION_URLENCODED);
                params = http.getBodyAsFormParameters();
            } else {
                params = http.getQueryStringParameters();
            }
        } catch (ParseException e) {
            return ConsentPage.error(400, serviceName, "The request cannot be read.");
        }
        // Until the client and its redirection URI are known to match, errors stay here (RFC 6749 4.1.2.1).
        String clientId = NimbusMessages.single(params, "client_id");
        if (clientId == null) {
            return ConsentPage.error(400, serviceName, "The request does not name the application (client_id).");
        }
        Optional<RegisteredClient> found = store.client(clientId).filter(c -> !c.revoked());
        if (found.isEmpty()) {
            return ConsentPage.error(400, serviceName, "The application is not registered here.");
        }
        RegisteredClient client = found.get();
        String redirect = NimbusMessages.single(params, "redirect_uri");
        if (redirect == null || !client.redirectUris().contains(redirect)) {
            return ConsentPage.error(400, serviceName,
                    "The return address (redirect_uri) is missing or is not one the application registered.");
        }
        URI redirectUri = URI.create(redirect);
        String stateValue = NimbusMessages.single(params, "state");
        State state = stateValue == null ? null : new State(stateValue);

        AuthorizationRequest ar;
        try {
            ar = AuthorizationRequest.parse(params);
        } catch (ParseException e) {
            ErrorObject error = e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST;
            return redirectError(redirectUri, error, state);
        }
        if (!ResponseType.CODE.equals(ar.getResponseType())) {
            return redirectError(redirectUri, OAuth2Error.UNSUPPORTED_RESPONSE_TYPE
                    .setDescription("response_type must be code"), state);
        }
        if (state == null) {
            return redirectError(redirectUri, OAuth2Error.INVALID_REQUEST.setDescription("state is required"), null);
        }
        if (ar.getCodeChallenge() == null) {
            return redirectError(redirectUri, OAuth2Error.INVALID_REQUEST
                    .setDescription("PKCE is required: code_challenge with code_challenge_method S256"), state);
        }
        if (!CodeChallengeMethod.S256.equals(ar.getCodeChallengeMethod())) {
            return redirectError(redirectUri, OAuth2Error.INVALID_REQUEST
                    .setDescription("code_challenge_method must be S256 (plain is not accepted)"), state);
        }
        Set<String> scopes = ar.getScope() == null ? client.scopes() : new LinkedHashSet<>(ar.getScope().toStringList());
        if (scopes.isEmpty() || !client.scopes().containsAll(scopes)) {
            return redirectError(redirectUri, OAuth2Error.INVALID_SCOPE
                    .setDescription("The scope must be a subset of the scopes registered for the client"), state);
        }
        Consent consent = new Consent(client, redirect, ConsentPage.ordered(scopes), stateValue,
                ar.getCodeChallenge().getValue(), request);
        return post ? decide(consent, params, request) : showForm(consent, cookie(request), null, null, 200);
    }

    /** The checked authorization request. */
    private record Consent(RegisteredClient client, String redirectUri, List<String> scopes, String state,
                           String codeChallenge, ApiRequest request) {

        /** What the CSRF token binds. */
        List<String> bound() {
            return List.of(client.clientId(), redirectUri, String.join(" ", scopes), state, codeChallenge);
        }
    }

    private ApiResponse showForm(Consent consent, String existingCookie, String userName, String message, int status) {
        // Keep the browser's cookie when it has a well-formed one (a second tab keeps working); else a new one.
        boolean fresh = existingCookie == null || !existingCookie.matches("[A-Za-z0-9_-]{43}");
        String cookie = fresh ? Secrets.random(32) : existingCookie;
        Map<String, String> hidden = new LinkedHashMap<>();
        hidden.put("response_type", "code");
        hidden.put("client_id", consent.client().clientId());
        hidden.put("redirect_uri", consent.redirectUri());
        hidden.put("scope", String.join(" ", consent.scopes()));
        hidden.put("state", consent.state());
        hidden.put("code_challenge", consent.codeChallenge());
        hidden.put("code_challenge_method", "S256");
        hidden.put("csrf_token", csrf.issue(cookie, consent.bound(), clock.instant()));
        Metadata md = Metadata.of(consent.client());
        ApiResponse page = ConsentPage.form(new ConsentPage.Form(serviceName, basePath(consent.request())
                + ProviderPaths.AUTHORIZE, consent.client().clientName(), md.clientUri(), md.logoUri(), md.tosUri(),
                md.policyUri(), consent.scopes(), hidden, userName, message), status);
        if (!fresh) {
            return page;
        }
        boolean https = "https".equalsIgnoreCase(consent.request().baseUri().getScheme());
        return page.withHeader("Set-Cookie", CsrfTokens.COOKIE + "=" + cookie + "; Path=" + basePath(consent.request())
                + ProviderPaths.AUTHORIZE + "; Max-Age=" + CsrfTokens.LIFETIME.getSeconds()
                + "; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
    }

    private ApiResponse decide(Consent consent, Map<String, List<String>> params, ApiRequest request) {
        String cookie = cookie(request);
        if (!csrf.valid(NimbusMessages.single(params, "csrf_token"), cookie, consent.bound(), clock.instant())) {
            return ConsentPage.error(403, serviceName, "The form has expired or did not come from this page.");
        }
        URI redirectUri = URI.create(consent.redirectUri());
        State state = new State(consent.state());
        String decision = NimbusMessages.single(params, "decision");
        if ("deny".equals(decision)) {
            return redirectError(redirectUri, OAuth2Error.ACCESS_DENIED.setDescription("The user denied the request"),
                    state);
        }
        String userName = NimbusMessages.single(params, "username");
        if (!"approve".equals(decision)) {
            return showForm(consent, cookie, userName, "Choose Allow or Deny.", 400);
        }
        String password = NimbusMessages.single(params, "password");
        Optional<java.time.Duration> wait = throttle.waitFor(userName);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            return showForm(consent, cookie, userName, "Too many failed sign-ins with this name. Try again in "
                    + seconds + (seconds == 1 ? " second." : " seconds."), 429)
                    .withHeader("Retry-After", Long.toString(seconds));
        }
        Optional<StoredUser> user = login(userName, password);
        if (user.isEmpty()) {
            // One message for an unknown name, a wrong password and a disabled account: no enumeration.
            throttle.failed(userName);
            return showForm(consent, cookie, userName, WRONG_LOGIN, 200);
        }
        throttle.succeeded(userName);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String code = Secrets.random(32);
        store.addCode(new StoredAuthorizationCode(Secrets.sha256Hex(code), consent.client().clientId(),
                user.get().name(), consent.redirectUri(), new LinkedHashSet<>(consent.scopes()),
                consent.codeChallenge(), CodeChallengeMethod.S256.getValue(), Secrets.hexId(16), now,
                now.plus(codeLifetime)));
        URI location = new AuthorizationSuccessResponse(redirectUri, new AuthorizationCode(code), null, state,
                ResponseMode.QUERY).toURI();
        // The OB 3.0 API requires the granted scope in the response (RFC 6749 leaves it out of 4.1.2).
        String scope = URLUtils.serializeParameters(Map.of("scope", List.of(String.join(" ", consent.scopes()))));
        return NimbusMessages.noStore(ApiResponse.redirect(URI.create(location + "&" + scope)));
    }

    private Optional<StoredUser> login(String userName, String password) {
        return Passwords.signIn(store, userName, password);
    }

    private static ApiResponse redirectError(URI redirectUri, ErrorObject error, State state) {
        URI location = new AuthorizationErrorResponse(redirectUri, error, state, ResponseMode.QUERY).toURI();
        return NimbusMessages.noStore(ApiResponse.redirect(location));
    }

    /** The CSRF cookie's value from the request's {@code Cookie} headers, or null. */
    private static String cookie(ApiRequest request) {
        for (String header : request.headers().getOrDefault("cookie", List.of())) {
            for (String pair : header.split(";")) {
                String p = pair.trim();
                if (p.startsWith(CsrfTokens.COOKIE + "=")) {
                    return p.substring(CsrfTokens.COOKIE.length() + 1);
                }
            }
        }
        return null;
    }

    private static String basePath(ApiRequest request) {
        String p = request.baseUri().getRawPath();
        return p == null ? "" : p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The URLs a client registered, for the consent page. */
    private record Metadata(String clientUri, String logoUri, String tosUri, String policyUri) {
        static Metadata of(RegisteredClient client) {
            try {
                ClientMetadata md = ClientInformation.parse(com.nimbusds.oauth2.sdk.util.JSONObjectUtils
                        .parse(client.metadata())).getMetadata();
                return new Metadata(str(md.getURI()), str(md.getLogoURI()), str(md.getTermsOfServiceURI()),
                        str(md.getPolicyURI()));
            } catch (ParseException e) {
                return new Metadata(client.redirectUris().get(0), null, null, null);
            }
        }

        private static String str(URI uri) {
            return uri == null ? null : uri.toString();
        }
    }

    // ---- token endpoint (RFC 6749 4.1.3, 6; RFC 7636 4.5) ----

    private ApiResponse token(ApiRequest request) {
        TokenRequest tr;
        HTTPRequest http = null;
        try {
            http = NimbusMessages.toNimbus(request);
            tr = TokenRequest.parse(http);
        } catch (ParseException e) {
            if (malformedVerifier(http)) {
                // RFC 7636 4.6: a verifier that does not match is invalid_grant; one that cannot even be a
                // verifier (the SDK's invalid_request) cannot match either, and clients test with short ones.
                return invalidGrant("code_verifier does not match the code challenge");
            }
            return NimbusMessages.error(e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST);
        }
        Optional<RegisteredClient> client = authenticate(tr.getClientAuthentication());
        if (client.isEmpty()) {
            return invalidClient();
        }
        AuthorizationGrant grant = tr.getAuthorizationGrant();
        if (!client.get().grantTypes().contains(grant.getType().getValue())) {
            return NimbusMessages.error(OAuth2Error.UNAUTHORIZED_CLIENT
                    .setDescription("The client did not register this grant type"));
        }
        if (grant instanceof AuthorizationCodeGrant code) {
            return exchangeCode(client.get(), code);
        }
        if (grant instanceof RefreshTokenGrant refresh) {
            return refresh(client.get(), refresh, tr.getScope());
        }
        return NimbusMessages.error(OAuth2Error.UNSUPPORTED_GRANT_TYPE);
    }

    /** Whether a token request is a code exchange whose {@code code_verifier} breaks RFC 7636 4.1's syntax. */
    private static boolean malformedVerifier(HTTPRequest http) {
        if (http == null) {
            return false;
        }
        try {
            Map<String, List<String>> form = http.getBodyAsFormParameters();
            String verifier = NimbusMessages.single(form, "code_verifier");
            return "authorization_code".equals(NimbusMessages.single(form, "grant_type")) && verifier != null
                    && !verifier.matches("[A-Za-z0-9._~-]{43,128}");
        } catch (ParseException e) {
            return false;
        }
    }

    private ApiResponse exchangeCode(RegisteredClient client, AuthorizationCodeGrant grant) {
        Instant now = clock.instant();
        Optional<ConsumedCode> consumed = store.consumeCode(Secrets.sha256Hex(grant.getAuthorizationCode().getValue()),
                now);
        if (consumed.isEmpty()) {
            return invalidGrant("Unknown authorization code");
        }
        StoredAuthorizationCode code = consumed.get().code();
        if (consumed.get().replayed()) {
            // RFC 6749 4.1.2 and the OB 3.0 API: a code used twice revokes what it was exchanged for.
            store.revokeGrant(code.grantId());
            return invalidGrant("The authorization code was used already; the tokens issued for it are revoked");
        }
        if (!code.clientId().equals(client.clientId())) {
            return invalidGrant("The authorization code was issued to another client");
        }
        if (code.expired(now)) {
            return invalidGrant("The authorization code has expired");
        }
        URI redirect = grant.getRedirectionURI();
        if (redirect == null || !redirect.toString().equals(code.redirectUri())) {
            return invalidGrant("redirect_uri does not match the authorization request's");
        }
        CodeVerifier verifier = grant.getCodeVerifier();
        if (verifier == null || !Secrets.constantTimeEquals(
                CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue(), code.codeChallenge())) {
            return invalidGrant("code_verifier does not match the code challenge");
        }
        return issue(client, code.userName(), code.scopes(), code.scopes(), code.grantId());
    }

    private ApiResponse refresh(RegisteredClient client, RefreshTokenGrant grant, Scope requested) {
        Instant now = clock.instant();
        String hash = Secrets.sha256Hex(grant.getRefreshToken().getValue());
        Optional<StoredToken> found = store.token(hash)
                .filter(t -> t.kind() == TokenKind.REFRESH && t.clientId().equals(client.clientId()));
        if (found.isEmpty()) {
            return invalidGrant("Unknown refresh token");
        }
        StoredToken old = found.get();
        if (old.revoked()) {
            // A rotated (or revoked) refresh token used again: it may have been stolen; end the whole grant.
            store.revokeGrant(old.grantId());
            return invalidGrant("The refresh token has been revoked");
        }
        if (!now.isBefore(old.expires())) {
            return invalidGrant("The refresh token has expired");
        }
        Set<String> scopes = requested == null ? old.scopes() : new LinkedHashSet<>(requested.toStringList());
        if (scopes.isEmpty() || !old.scopes().containsAll(scopes)) {
            return NimbusMessages.error(OAuth2Error.INVALID_SCOPE
                    .setDescription("The scope may only narrow the scope originally granted"));
        }
        if (!store.revokeToken(hash)) {
            // Another request rotated it between our read and now: one of the two is a replay.
            store.revokeGrant(old.grantId());
            return invalidGrant("The refresh token has been revoked");
        }
        // RFC 6749 6: a new refresh token keeps the scope of the old one; the access token gets the narrowed one.
        return issue(client, old.userName(), scopes, old.scopes(), old.grantId());
    }

    private ApiResponse issue(RegisteredClient client, String user, Set<String> accessScopes,
                              Set<String> refreshScopes, String grantId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String access = Secrets.random(32);
        store.addToken(new StoredToken(Secrets.sha256Hex(access), TokenKind.ACCESS, client.clientId(), user,
                accessScopes, grantId, now, now.plus(accessTokenLifetime), false));
        RefreshToken refresh = null;
        if (client.grantTypes().contains(GrantType.REFRESH_TOKEN.getValue())) {
            String value = Secrets.random(32);
            store.addToken(new StoredToken(Secrets.sha256Hex(value), TokenKind.REFRESH, client.clientId(), user,
                    refreshScopes, grantId, now, now.plus(refreshTokenLifetime), false));
            refresh = new RefreshToken(value);
        }
        BearerAccessToken token = new BearerAccessToken(access, accessTokenLifetime.getSeconds(),
                Scope.parse(ConsentPage.ordered(accessScopes)));
        return NimbusMessages.fromNimbus(new AccessTokenResponse(new Tokens(token, refresh)).toHTTPResponse());
    }

    private Optional<RegisteredClient> authenticate(ClientAuthentication auth) {
        if (!(auth instanceof PlainClientSecret)) {
            return Optional.empty();  // none (a public client) or a JWT/TLS method this server does not offer
        }
        PlainClientSecret secret = (PlainClientSecret) auth;
        String given = Secrets.sha256Hex(secret.getClientSecret().getValue());
        Instant now = clock.instant();
        return store.client(secret.getClientID().getValue())
                .filter(c -> Secrets.constantTimeEquals(given, c.secretHash()))
                .filter(c -> !c.revoked() && !c.secretExpired(now));
    }

    private static ApiResponse invalidClient() {
        // RFC 6749 5.2: 401 with the scheme the client may use.
        return NimbusMessages.error(OAuth2Error.INVALID_CLIENT.setDescription("Client authentication failed"))
                .withHeader("WWW-Authenticate", "Basic realm=\"oauth\", charset=\"UTF-8\"");
    }

    private static ApiResponse invalidGrant(String description) {
        return NimbusMessages.error(OAuth2Error.INVALID_GRANT.setDescription(description));
    }

    // ---- revocation (RFC 7009) ----

    private ApiResponse revoke(ApiRequest request) {
        TokenRevocationRequest rr;
        try {
            rr = TokenRevocationRequest.parse(NimbusMessages.toNimbus(request));
        } catch (ParseException e) {
            return NimbusMessages.error(e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST);
        }
        Optional<RegisteredClient> client = authenticate(rr.getClientAuthentication());
        if (client.isEmpty()) {
            return invalidClient();
        }
        String hash = Secrets.sha256Hex(rr.getToken().getValue());
        // RFC 7009 2.2: unknown tokens, and tokens of other clients (left alone), get 200 as well: the answer
        // tells nothing about tokens the client does not hold.
        store.token(hash).filter(t -> t.clientId().equals(client.get().clientId())).ifPresent(t -> {
            if (t.kind() == TokenKind.REFRESH) {
                store.revokeGrant(t.grantId());   // 2.1: revoking a refresh token ends its access tokens too
            } else {
                store.revokeToken(hash);
            }
        });
        return ApiResponse.empty(200);
    }

    // ---- builder ----

    /** Configures an {@link AuthorizationServer}. Each setter checks its argument at once. */
    public static final class Builder {

        private final AuthorizationStore store;
        private Clock clock = Clock.systemUTC();
        private Duration accessTokenLifetime = Duration.ofHours(1);
        private Duration refreshTokenLifetime = Duration.ofDays(DEFAULT_REFRESH_DAYS);
        private Duration codeLifetime = Duration.ofMinutes(DEFAULT_CODE_MINUTES);
        private boolean allowLoopbackHttp;
        private RegistrationPolicy registrationPolicy = RegistrationPolicy.DEFAULT;
        private byte[] csrfSecret = Secrets.sha256(Secrets.random(32).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        private String serviceName = "Laurel";

        private Builder(AuthorizationStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /**
         * The clock that dates codes and tokens and decides expiry (tests pass a fixed one).
         *
         * @param clock the clock; default the system's, UTC
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long an access token is valid.
         *
         * @param lifetime the lifetime, at least one second; default one hour
         * @return this builder
         * @throws IllegalArgumentException if shorter than a second
         */
        public Builder accessTokenLifetime(Duration lifetime) {
            this.accessTokenLifetime = positive(lifetime, "accessTokenLifetime");
            return this;
        }

        /**
         * How long a refresh token is valid; each refresh issues a new one with a new lifetime.
         *
         * @param lifetime the lifetime, at least one second; default {@value #DEFAULT_REFRESH_DAYS} days
         * @return this builder
         * @throws IllegalArgumentException if shorter than a second
         */
        public Builder refreshTokenLifetime(Duration lifetime) {
            this.refreshTokenLifetime = positive(lifetime, "refreshTokenLifetime");
            return this;
        }

        /**
         * How long an authorization code may wait for its exchange (the OB 3.0 API recommends at most ten
         * minutes).
         *
         * @param lifetime the lifetime, at least one second; default {@value #DEFAULT_CODE_MINUTES} minutes
         * @return this builder
         * @throws IllegalArgumentException if shorter than a second or longer than ten minutes
         */
        public Builder codeLifetime(Duration lifetime) {
            positive(lifetime, "codeLifetime");
            if (lifetime.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("codeLifetime must be at most ten minutes: " + lifetime);
            }
            this.codeLifetime = lifetime;
            return this;
        }

        /**
         * Whether clients may register {@code http} URLs on a loopback host ({@code localhost},
         * {@code 127.0.0.1}, {@code [::1]}): for development only; otherwise every URL must be https.
         *
         * @param allow true to allow; default false
         * @return this builder
         */
        public Builder allowLoopbackHttp(boolean allow) {
            this.allowLoopbackHttp = allow;
            return this;
        }

        /**
         * Who may register, and how long client secrets last.
         *
         * @param policy the policy; default {@link RegistrationPolicy#DEFAULT}
         * @return this builder
         * @throws NullPointerException if {@code policy} is null
         */
        public Builder registrationPolicy(RegistrationPolicy policy) {
            this.registrationPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The key of the consent form's CSRF tokens. By default a random key per server: forms opened before a
         * restart then fail once (the learner submits again). Give a stored key so that several instances
         * behind one address accept each other's forms.
         *
         * @param secret at least 32 bytes; copied
         * @return this builder
         * @throws IllegalArgumentException if shorter than 32 bytes
         * @throws NullPointerException if {@code secret} is null
         */
        public Builder csrfSecret(byte[] secret) {
            Objects.requireNonNull(secret, "secret");
            if (secret.length < 32) {
                throw new IllegalArgumentException("the CSRF secret must have at least 32 bytes, not " + secret.length);
            }
            this.csrfSecret = secret.clone();
            return this;
        }

        /**
         * The name the login and consent page gives the backpack.
         *
         * @param name the name; default {@code Laurel}
         * @return this builder
         * @throws IllegalArgumentException if blank
         * @throws NullPointerException if {@code name} is null
         */
        public Builder serviceName(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("serviceName must not be blank");
            }
            this.serviceName = name;
            return this;
        }

        /**
         * Builds the server.
         *
         * @return the server
         * @throws IllegalArgumentException if the refresh token lifetime is shorter than the access token's
         */
        public AuthorizationServer build() {
            if (refreshTokenLifetime.compareTo(accessTokenLifetime) < 0) {
                throw new IllegalArgumentException("refreshTokenLifetime (" + refreshTokenLifetime
                        + ") must not be shorter than accessTokenLifetime (" + accessTokenLifetime + ")");
            }
            return new AuthorizationServer(this);
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException(what + " must be at least one second: " + d);
            }
            return d;
        }
    }
}
