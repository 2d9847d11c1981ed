package dev.laurel.badges.api.wire;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The ServiceDescriptionDocument a provider serves at {@code /ims/ob/v3p0/discovery}: an OpenAPI-shaped JSON
 * document whose {@code info} and {@code components.securitySchemes.OAuth2ACG} tell a client where to register
 * and obtain tokens. Required by the OpenAPI description: {@code openapi}, {@code info} ({@code title},
 * {@code version}, {@code termsOfService}, {@code x-imssf-privacyPolicyUrl}) and the scheme's {@code type}
 * and {@code x-imssf-registrationUrl}; the authorization code flow's {@code authorizationUrl},
 * {@code tokenUrl} and {@code scopes} are required by OpenAPI 3 for that flow, and a client cannot work
 * without them.
 *
 * <p>Every URL must be absolute {@code https}; {@code http} is accepted only for a loopback host and only
 * when asked for ({@link Builder#allowLoopbackHttp}, or the codec's flag), for {@code laurel serve} on a
 * developer's machine.
 *
 * @param openapi the OpenAPI version, e.g. {@code 3.0.1}
 * @param title {@code info.title}
 * @param version {@code info.version}
 * @param termsOfService {@code info.termsOfService}
 * @param privacyPolicyUrl {@code info.x-imssf-privacyPolicyUrl}
 * @param image {@code info.x-imssf-image}, or null
 * @param name the scheme's {@code x-imssf-name}, or null
 * @param registrationUrl the scheme's {@code x-imssf-registrationUrl} (RFC 7591 registration endpoint)
 * @param authorizationUrl {@code flows.authorizationCode.authorizationUrl}
 * @param tokenUrl {@code flows.authorizationCode.tokenUrl}
 * @param refreshUrl {@code flows.authorizationCode.refreshUrl}, or null
 * @param scopes {@code flows.authorizationCode.scopes}: scope URI to description, in order
 * @param servers the {@code url} of each entry of {@code servers}, in order (may be empty)
 */
public record ServiceDescription(String openapi, String title, String version, URI termsOfService,
        URI privacyPolicyUrl, URI image, String name, URI registrationUrl, URI authorizationUrl, URI tokenUrl,
        URI refreshUrl, Map<String, String> scopes, List<URI> servers) {

    /** The path a provider serves this document at, below its base URL. */
    public static final String PATH = "/ims/ob/v3p0/discovery";

    /**
     * Checks the required values and copies the collections. URLs are checked by {@link Builder#build} and by
     * the codec, which know whether loopback {@code http} is allowed.
     *
     * @throws NullPointerException if a required value is null
     */
    public ServiceDescription {
        Objects.requireNonNull(openapi, "openapi");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(termsOfService, "termsOfService");
        Objects.requireNonNull(privacyPolicyUrl, "privacyPolicyUrl");
        Objects.requireNonNull(registrationUrl, "registrationUrl");
        Objects.requireNonNull(authorizationUrl, "authorizationUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        servers = List.copyOf(servers);
    }

    /**
     * A builder with {@code openapi} 3.0.1 and the four {@link Scopes} with short descriptions.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that a URL is absolute {@code https}, or {@code http} on a loopback host when allowed.
     *
     * @param url the URL
     * @param pointer where it is in the document
     * @param allowLoopbackHttp whether loopback {@code http} is accepted
     * @throws WireException {@link WireCode#INVALID_VALUE} if it is not
     */
    static void checkUrl(URI url, String pointer, boolean allowLoopbackHttp) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && !host.isEmpty()) {
            return;
        }
        boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        if (scheme.equals("http") && loopback && allowLoopbackHttp) {
            return;
        }
        throw new WireException(WireCode.INVALID_VALUE, "not an absolute https URL"
                + (allowLoopbackHttp ? " (nor http on a loopback host)" : ""), pointer, null);
    }

    /** Builds a {@link ServiceDescription}; not thread-safe. */
    public static final class Builder {
        private String openapi = "3.0.1";
        private String title;
        private String version = "1.0";
        private URI termsOfService;
        private URI privacyPolicyUrl;
        private URI image;
        private String name;
        private URI registrationUrl;
        private URI authorizationUrl;
        private URI tokenUrl;
        private URI refreshUrl;
        private final Map<String, String> scopes = new LinkedHashMap<>();
        private final List<URI> servers = new ArrayList<>();
        private boolean allowLoopbackHttp;

        private Builder() {
            scopes.put(Scopes.CREDENTIAL_READONLY, "Permission to read AchievementCredentials for the authenticated entity.");
            scopes.put(Scopes.CREDENTIAL_UPSERT, "Permission to create or update AchievementCredentials for the authenticated entity.");
            scopes.put(Scopes.PROFILE_READONLY, "Permission to read the profile for the authenticated entity.");
            scopes.put(Scopes.PROFILE_UPDATE, "Permission to update the profile for the authenticated entity.");
        }

        /**
         * Sets {@code openapi}.
         *
         * @param value the version
         * @return this
         */
        public Builder openapi(String value) {
            this.openapi = value;
            return this;
        }

        /**
         * Sets {@code info.title} and {@code info.version}.
         *
         * @param title the service's name
         * @param version its version
         * @return this
         */
        public Builder info(String title, String version) {
            this.title = title;
            this.version = version;
            return this;
        }

        /**
         * Sets {@code info.termsOfService} and {@code info.x-imssf-privacyPolicyUrl}.
         *
         * @param termsOfService the terms of service
         * @param privacyPolicy the privacy policy
         * @return this
         */
        public Builder policies(URI termsOfService, URI privacyPolicy) {
            this.termsOfService = termsOfService;
            this.privacyPolicyUrl = privacyPolicy;
            return this;
        }

        /**
         * Sets {@code info.x-imssf-image}.
         *
         * @param value the logo, or null
         * @return this
         */
        public Builder image(URI value) {
            this.image = value;
            return this;
        }

        /**
         * Sets the scheme's {@code x-imssf-name}.
         *
         * @param value the provider's name, or null
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets the OAuth 2.0 endpoints.
         *
         * @param registration the dynamic registration endpoint
         * @param authorization the authorization endpoint
         * @param token the token endpoint
         * @param refresh the refresh endpoint, or null
         * @return this
         */
        public Builder endpoints(URI registration, URI authorization, URI token, URI refresh) {
            this.registrationUrl = registration;
            this.authorizationUrl = authorization;
            this.tokenUrl = token;
            this.refreshUrl = refresh;
            return this;
        }

        /**
         * Replaces the scopes.
         *
         * @param value scope URI to description
         * @return this
         */
        public Builder scopes(Map<String, String> value) {
            scopes.clear();
            scopes.putAll(value);
            return this;
        }

        /**
         * Adds a server URL.
         *
         * @param url the base URL of the API
         * @return this
         */
        public Builder server(URI url) {
            servers.add(Objects.requireNonNull(url, "url"));
            return this;
        }

        /**
         * Accepts {@code http} URLs on a loopback host (development only).
         *
         * @param value whether to
         * @return this
         */
        public Builder allowLoopbackHttp(boolean value) {
            this.allowLoopbackHttp = value;
            return this;
        }

        /**
         * Builds and checks the URLs.
         *
         * @return the description
         * @throws NullPointerException if a required value is missing
         * @throws WireException {@link WireCode#INVALID_VALUE} with the JSON Pointer of a URL that is not https
         */
        public ServiceDescription build() {
            ServiceDescription d = new ServiceDescription(openapi, title, version, termsOfService, privacyPolicyUrl,
                    image, name, registrationUrl, authorizationUrl, tokenUrl, refreshUrl, scopes, servers);
            WireCodec.checkUrls(d, allowLoopbackHttp);
            return d;
        }
    }
}
