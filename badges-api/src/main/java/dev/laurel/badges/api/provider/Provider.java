package dev.laurel.badges.api.provider;

import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.api.store.StoreCode;
import dev.laurel.badges.api.store.StoreException;
import dev.laurel.badges.api.wire.ServiceDescription;
import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.api.wire.WireCodec;
import dev.laurel.badges.api.wire.WireException;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.Verifier;

import java.net.URI;
import java.util.Objects;

/**
 * The provider (the backpack side) of the Open Badges 3.0 API: one {@link ApiHandler} for every endpoint of
 * the OpenAPI description ({@code getServiceDescription}, {@code getCredentials}, {@code upsertCredential},
 * {@code getProfile}, {@code putProfile}) and, through the authorization server given to the builder, the
 * OAuth 2.0 endpoints the discovery document names.
 *
 * <pre>{@code
 * AuthorizationServer oauth = ...;                        // implements ApiHandler and AccessTokenValidator
 * Provider provider = Provider.builder(credentialStore, oauth)
 *         .serviceName("Example Backpack")
 *         .build();
 * ApiResponse response = provider.handle(request);       // from a servlet (ApiServlet), Jetty, a test
 * }</pre>
 *
 * <p>What it does for each operation: the bearer token is checked and the operation's scope required (401 or
 * 403 as RFC 6750 says, with an {@code Imsx_StatusInfo} body); an upserted credential is read, verified with
 * the builder's {@link Verifier} (unless {@link UpsertVerification#STORE_UNVERIFIED}) and stored under the OB 3.0
 * equality rule (201 created, 200 replaced or kept; the body is the request's credential, and the
 * {@code Laurel-Upsert-Outcome} header says {@code created}, {@code updated} or {@code kept-newer}); the list is
 * paged with {@code limit}, {@code offset} and {@code since}, with {@code X-Total-Count} and {@code Link}.
 * The discovery document's URLs are built from the request's base URI, so the same provider works on
 * {@code 127.0.0.1} and behind its public name.
 *
 * <p>Thread-safe; {@link #handle} never throws: an unexpected failure is 500 with a StatusInfo that gives no
 * internal detail (the exception goes to this class's {@link System.Logger}).
 */
public final class Provider implements ApiHandler {

    /** The base path of the resource endpoints: the discovery document's {@code servers} entry. */
    public static final String API_BASE = "/ims/ob/v3p0";

    /** Where the provider answers with a placeholder terms page when {@link Builder#policies} was not called. */
    public static final String POLICY_TERMS = "/policies/terms";

    /** Where the provider answers with a placeholder privacy page when {@link Builder#policies} was not called. */
    public static final String POLICY_PRIVACY = "/policies/privacy";

    /**
     * The response header of {@code upsertCredential} saying what the backpack did: {@code created},
     * {@code updated} or {@code kept-newer} (an equal credential with a newer {@code validFrom} is kept; the
     * body is still the request's credential, as the OpenAPI description requires).
     */
    public static final String UPSERT_OUTCOME_HEADER = "Laurel-Upsert-Outcome";

    private static final System.Logger LOG = System.getLogger(Provider.class.getName());

    private final CredentialEndpoints endpoints;
    private final ApiHandler authorization;
    private final String serviceName;
    private final URI termsOfService;
    private final URI privacyPolicy;
    private final URI image;
    private final boolean allowLoopbackHttp;
    private final WireCodec codec;

    private Provider(Builder b) {
        this.codec = WireCodec.with(b.json);
        this.endpoints = new CredentialEndpoints(b.store, b.tokens, b.verifier, b.verification, b.json, codec);
        this.authorization = b.authorization;
        this.serviceName = b.serviceName;
        this.termsOfService = b.termsOfService;
        this.privacyPolicy = b.privacyPolicy;
        this.image = b.image;
        this.allowLoopbackHttp = b.allowLoopbackHttp;
    }

    /**
     * Starts a provider.
     *
     * @param store         where credentials and profiles are kept
     * @param authorization the OAuth 2.0 authorization server: it answers the {@code /oauth/} paths of
     *                      {@link ProviderPaths} and validates the access tokens it issued
     * @param <A>           its type
     * @return a builder
     */
    public static <A extends ApiHandler & AccessTokenValidator> Builder builder(CredentialStore store, A authorization) {
        return new Builder(store, authorization, authorization);
    }

    /**
     * Starts a provider whose tokens come from an authorization server elsewhere (the application's own):
     * the {@code /oauth/} paths then answer 404, and the discovery document still names them under this
     * provider's base URI unless the application serves them there.
     *
     * @param store  where credentials and profiles are kept
     * @param tokens validates access tokens
     * @return a builder
     */
    public static Builder builder(CredentialStore store, AccessTokenValidator tokens) {
        return new Builder(store, tokens, null);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (StoreException e) {
            if (e.code() == StoreCode.UNAVAILABLE || e.code() == StoreCode.CONFLICT || e.code() == StoreCode.CLOSED) {
                return status(StatusInfo.serverBusy("the store is busy or unreachable; try again")).withHeader("Retry-After", "1");
            }
            return status(StatusInfo.internalServerError("the store failed (" + e.code() + ")"));
        } catch (RuntimeException e) {
            // The client learns nothing of it; the operator must: a failure here is a defect, not bad input.
            LOG.log(System.Logger.Level.ERROR, "provider failed on " + request.method() + " " + shorten(request.path()), e);
            return status(StatusInfo.internalServerError("an unexpected error; the request was not completed"));
        }
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.path();
        String method = request.method();
        switch (path) {
            case ProviderPaths.DISCOVERY:
                return method.equals("GET") ? discovery(request) : notAllowed("GET");
            case ProviderPaths.CREDENTIALS:
                if (method.equals("GET")) {
                    return endpoints.getCredentials(request);
                }
                return method.equals("POST") ? endpoints.upsertCredential(request) : notAllowed("GET, POST");
            case ProviderPaths.PROFILE:
                if (method.equals("GET")) {
                    return endpoints.getProfile(request);
                }
                return method.equals("PUT") ? endpoints.putProfile(request) : notAllowed("GET, PUT");
            case POLICY_TERMS:
            case POLICY_PRIVACY:
                if (path.equals(POLICY_TERMS) ? termsOfService != null : privacyPolicy != null) {
                    break;  // published elsewhere: the discovery document names that address
                }
                return method.equals("GET") ? policyPage(path.equals(POLICY_TERMS)) : notAllowed("GET");
            default:
                if (authorization != null && path.startsWith("/oauth/")) {
                    return authorization.handle(request);
                }
                return status(StatusInfo.notFound("no such endpoint: " + shorten(path)));
        }
        return status(StatusInfo.notFound("no such endpoint: " + shorten(path)));
    }

    /**
     * The page a discovery document links when the operator configured no policy of their own: it says so,
     * rather than inventing terms. The service name is escaped (an operator's text, but HTML all the same).
     */
    private ApiResponse policyPage(boolean terms) {
        String what = terms ? "terms of service" : "privacy policy";
        String name = serviceName.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return ApiResponse.of(200, "text/html", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + name + ": " + what + "</title></head><body><h1>" + name + "</h1><p>The operator of this backpack has not"
                + " published a " + what + ". Ask them before you store credentials here.</p></body></html>")
                .withHeader("Content-Security-Policy", "default-src 'none'");
    }

    private ApiResponse discovery(ApiRequest request) {
        String base = request.baseUri().toString();
        URI token = URI.create(base + ProviderPaths.TOKEN);
        ServiceDescription description;
        try {
            description = ServiceDescription.builder()
                    .info(serviceName, "1.0")
                    .policies(termsOfService != null ? termsOfService : URI.create(base + POLICY_TERMS),
                            privacyPolicy != null ? privacyPolicy : URI.create(base + POLICY_PRIVACY))
                    .image(image)
                    .name(serviceName)
                    .endpoints(URI.create(base + ProviderPaths.REGISTRATION), URI.create(base + ProviderPaths.AUTHORIZE),
                            token, token)
                    .server(URI.create(base + API_BASE))
                    .allowLoopbackHttp(allowLoopbackHttp)
                    .build();
        } catch (WireException | IllegalArgumentException e) {
            // Reached over plain http on a public name (a proxy that does not pass X-Forwarded-Proto, say):
            // the specification allows only https URLs in the document.
            return status(StatusInfo.failure(StatusInfo.CodeMinorValue.MISDIRECTED_REQUEST, "this server is not reachable over https at " + shorten(base)));
        }
        return ApiResponse.json(200, codec.write(description));
    }

    private ApiResponse notAllowed(String allow) {
        return status(StatusInfo.notAllowed("method not allowed here; allowed: " + allow)).withHeader("Allow", allow);
    }

    private ApiResponse status(StatusInfo info) {
        return ApiResponse.json(info.httpStatus(), codec.write(info));
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    /** Configures a {@link Provider}; not thread-safe. */
    public static final class Builder {
        private final CredentialStore store;
        private final AccessTokenValidator tokens;
        private final ApiHandler authorization;
        private Verifier verifier;
        private UpsertVerification verification = UpsertVerification.VERIFY;
        private BadgeJson json = BadgeJson.standard();
        private String serviceName = "Laurel backpack";
        private URI termsOfService;
        private URI privacyPolicy;
        private URI image;
        private boolean allowLoopbackHttp;

        private Builder(CredentialStore store, AccessTokenValidator tokens, ApiHandler authorization) {
            this.store = Objects.requireNonNull(store, "store");
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            this.authorization = authorization;
        }

        /**
         * The verifier an upserted credential must pass; by default {@link Verifier#offline()} (did:key, did:jwk
         * and embedded keys; no network call). Give one with a fetcher to resolve did:web or hosted keys.
         *
         * @param value the verifier
         * @return this
         */
        public Builder verifier(Verifier value) {
            this.verifier = Objects.requireNonNull(value, "verifier");
            return this;
        }

        /**
         * Whether an upserted credential is verified before it is stored ({@link UpsertVerification#VERIFY},
         * the default).
         *
         * @param value the choice
         * @return this
         */
        public Builder upsertVerification(UpsertVerification value) {
            this.verification = Objects.requireNonNull(value, "verification");
            return this;
        }

        /**
         * The JSON reader for request bodies, with its size and depth limits; {@link BadgeJson#standard()} by default.
         *
         * @param value the reader
         * @return this
         */
        public Builder json(BadgeJson value) {
            this.json = Objects.requireNonNull(value, "json");
            return this;
        }

        /**
         * The service's name in the discovery document ({@code info.title}, {@code x-imssf-name}).
         *
         * @param value the name
         * @return this
         */
        public Builder serviceName(String value) {
            this.serviceName = Objects.requireNonNull(value, "serviceName");
            return this;
        }

        /**
         * The terms of service and privacy policy the discovery document links (required there). Unset, they
         * are {@link #POLICY_TERMS} and {@link #POLICY_PRIVACY} under the request's base URI, where the
         * provider answers with a page saying that the operator published none.
         *
         * @param terms   the terms of service
         * @param privacy the privacy policy
         * @return this
         */
        public Builder policies(URI terms, URI privacy) {
            this.termsOfService = Objects.requireNonNull(terms, "terms");
            this.privacyPolicy = Objects.requireNonNull(privacy, "privacy");
            return this;
        }

        /**
         * The service's logo in the discovery document ({@code x-imssf-image}).
         *
         * @param value an https URL
         * @return this
         */
        public Builder image(URI value) {
            this.image = value;
            return this;
        }

        /**
         * Lets the discovery document carry {@code http} URLs when the request came to a loopback address
         * (development; {@code laurel serve} without a keystore).
         *
         * @param value whether to
         * @return this
         */
        public Builder allowLoopbackHttp(boolean value) {
            this.allowLoopbackHttp = value;
            return this;
        }

        /**
         * Builds the provider.
         *
         * @return the provider
         */
        public Provider build() {
            if (verifier == null) {
                verifier = Verifier.offline();
            }
            return new Provider(this);
        }
    }
}
