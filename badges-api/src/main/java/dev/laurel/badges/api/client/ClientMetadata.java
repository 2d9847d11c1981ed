package dev.laurel.badges.api.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the application tells a provider about itself when it registers (RFC 7591 2, as the OB 3.0 API's
 * security section profiles it): every value but {@code contacts} is required there, every URL must be
 * {@code https} and all URLs must have the same host. {@link #builder()} checks both; the client adds
 * {@code token_endpoint_auth_method=client_secret_basic}, {@code grant_types} authorization_code and
 * refresh_token, and {@code response_types} code.
 *
 * @param clientName {@code client_name}
 * @param clientUri {@code client_uri}: a page about the application
 * @param logoUri {@code logo_uri}
 * @param tosUri {@code tos_uri}: the terms of service
 * @param policyUri {@code policy_uri}: the privacy policy
 * @param softwareId {@code software_id}: the same for every installation of the application
 * @param softwareVersion {@code software_version}
 * @param redirectUris {@code redirect_uris}: where the provider may send the learner's browser back
 * @param scopes {@code scope}: the scopes the application may ask for (e.g. {@code Scopes.ALL})
 * @param contacts {@code contacts} (e-mail addresses), may be empty
 */
public record ClientMetadata(String clientName, URI clientUri, URI logoUri, URI tosUri, URI policyUri,
        String softwareId, String softwareVersion, List<URI> redirectUris, List<String> scopes,
        List<String> contacts) {

    /**
     * Checks presence and copies; the URL rules are checked by {@link Builder#build()}.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if a text is blank or a list that must not be is empty
     */
    public ClientMetadata {
        requireText(clientName, "clientName");
        Objects.requireNonNull(clientUri, "clientUri");
        Objects.requireNonNull(logoUri, "logoUri");
        Objects.requireNonNull(tosUri, "tosUri");
        Objects.requireNonNull(policyUri, "policyUri");
        requireText(softwareId, "softwareId");
        requireText(softwareVersion, "softwareVersion");
        redirectUris = List.copyOf(redirectUris);
        scopes = List.copyOf(scopes);
        contacts = List.copyOf(contacts);
        if (redirectUris.isEmpty()) {
            throw new IllegalArgumentException("redirectUris is empty");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("scopes is empty");
        }
        for (String s : scopes) {
            if (s.isEmpty() || s.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '\\' || c > '~')) {
                throw new IllegalArgumentException("not a scope token (RFC 6749 3.3): " + s);
            }
        }
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }

    /**
     * All URLs of the metadata: client, logo, terms, policy, then the redirect URIs.
     *
     * @return the URLs
     */
    public List<URI> urls() {
        List<URI> all = new ArrayList<>(List.of(clientUri, logoUri, tosUri, policyUri));
        all.addAll(redirectUris);
        return all;
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ClientMetadata}; not thread-safe. */
    public static final class Builder {
        private String clientName;
        private URI clientUri;
        private URI logoUri;
        private URI tosUri;
        private URI policyUri;
        private String softwareId;
        private String softwareVersion;
        private final List<URI> redirectUris = new ArrayList<>();
        private final List<String> scopes = new ArrayList<>();
        private final List<String> contacts = new ArrayList<>();
        private boolean allowLoopbackHttp;

        private Builder() {}

        /**
         * Sets {@code client_name} and {@code client_uri}.
         *
         * @param name the application's name
         * @param uri a page about it
         * @return this
         */
        public Builder client(String name, URI uri) {
            this.clientName = name;
            this.clientUri = uri;
            return this;
        }

        /**
         * Sets {@code logo_uri}, {@code tos_uri} and {@code policy_uri}.
         *
         * @param logo the logo
         * @param termsOfService the terms of service
         * @param privacyPolicy the privacy policy
         * @return this
         */
        public Builder pages(URI logo, URI termsOfService, URI privacyPolicy) {
            this.logoUri = logo;
            this.tosUri = termsOfService;
            this.policyUri = privacyPolicy;
            return this;
        }

        /**
         * Sets {@code software_id} and {@code software_version}.
         *
         * @param id the application's identifier, the same for every installation
         * @param version its version
         * @return this
         */
        public Builder software(String id, String version) {
            this.softwareId = id;
            this.softwareVersion = version;
            return this;
        }

        /**
         * Adds a redirect URI.
         *
         * @param uri where the provider may send the browser back
         * @return this
         */
        public Builder redirectUri(URI uri) {
            redirectUris.add(Objects.requireNonNull(uri, "uri"));
            return this;
        }

        /**
         * Adds scopes.
         *
         * @param values scope values, e.g. {@code Scopes.ALL}
         * @return this
         */
        public Builder scopes(List<String> values) {
            values.forEach(v -> scopes.add(Objects.requireNonNull(v, "scope")));
            return this;
        }

        /**
         * Adds a contact.
         *
         * @param email an e-mail address of the people responsible for the application
         * @return this
         */
        public Builder contact(String email) {
            contacts.add(Objects.requireNonNull(email, "email"));
            return this;
        }

        /**
         * Accepts {@code http} URLs on a loopback host (an application under development on its own machine).
         *
         * @param value whether to
         * @return this
         */
        public Builder allowLoopbackHttp(boolean value) {
            this.allowLoopbackHttp = value;
            return this;
        }

        /**
         * Builds and checks the specification's URL rules.
         *
         * @return the metadata
         * @throws NullPointerException if a required value was not set
         * @throws IllegalArgumentException if a value is blank, a URL is not https (or loopback http when
         *     allowed), has a fragment, or the URLs do not all have the same host
         */
        public ClientMetadata build() {
            ClientMetadata m = new ClientMetadata(clientName, clientUri, logoUri, tosUri, policyUri, softwareId,
                    softwareVersion, redirectUris, scopes, contacts);
            String host = m.clientUri().getHost();
            for (URI u : m.urls()) {
                Urls.requireSafe(u, "a client URL", allowLoopbackHttp);
                if (u.getRawFragment() != null) {
                    // RFC 6749 3.1.2: a redirection URI must not have a fragment; no page URL needs one either.
                    throw new IllegalArgumentException("a client URL has a fragment: " + u);
                }
                if (!u.getHost().toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("all client URLs must have the same host (" + host + "): " + u);
                }
            }
            return m;
        }
    }
}
