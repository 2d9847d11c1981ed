package dev.laurel.badges.api.provider.oauth;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.client.RegistrationError;
import dev.laurel.badges.api.wire.Scopes;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The OB 3.0 API's registration rules ("Register with Authorization Server") over RFC 7591's metadata:
 * the required properties, https URLs on the host of {@code client_uri}, the allowed grant and response
 * types, and the scopes. Nothing here fetches a URL.
 */
final class RegistrationRules {

    /** The scope a client asks for to receive refresh tokens in the specification's examples; accepted. */
    static final String OFFLINE_ACCESS = "offline_access";

    private static final Set<GrantType> GRANT_TYPES = Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);
    private static final Set<ClientAuthenticationMethod> AUTH_METHODS = Set.of(
            ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST);

    private RegistrationRules() {}

    /**
     * Checks a registration request's metadata and brings it to what will be registered: defaults applied
     * (RFC 7591 2), the scope narrowed to the scopes this server knows.
     *
     * @param metadata          the parsed metadata; changed in place
     * @param allowLoopbackHttp whether {@code http} URLs on a loopback host are accepted (development)
     * @return the error to answer, or empty when the metadata is accepted
     */
    static Optional<ErrorObject> check(ClientMetadata metadata, boolean allowLoopbackHttp) {
        List<String> missing = new ArrayList<>();
        if (metadata.getName() == null || metadata.getName().isBlank()) {
            missing.add("client_name");
        }
        if (metadata.getURI() == null) {
            missing.add("client_uri");
        }
        if (metadata.getLogoURI() == null) {
            missing.add("logo_uri");
        }
        if (metadata.getTermsOfServiceURI() == null) {
            missing.add("tos_uri");
        }
        if (metadata.getPolicyURI() == null) {
            missing.add("policy_uri");
        }
        if (metadata.getSoftwareID() == null) {
            missing.add("software_id");
        }
        if (metadata.getSoftwareVersion() == null) {
            missing.add("software_version");
        }
        if (metadata.getRedirectionURIs() == null || metadata.getRedirectionURIs().isEmpty()) {
            missing.add("redirect_uris");
        }
        if (metadata.getScope() == null || metadata.getScope().isEmpty()) {
            missing.add("scope");
        }
        if (!missing.isEmpty()) {
            return metadataError("Missing required client metadata: " + String.join(", ", missing));
        }
        String host = metadata.getURI().getHost();
        Optional<String> bad = url("client_uri", metadata.getURI(), host, allowLoopbackHttp)
                .or(() -> url("logo_uri", metadata.getLogoURI(), host, allowLoopbackHttp))
                .or(() -> url("tos_uri", metadata.getTermsOfServiceURI(), host, allowLoopbackHttp))
                .or(() -> url("policy_uri", metadata.getPolicyURI(), host, allowLoopbackHttp));
        if (bad.isPresent()) {
            return metadataError(bad.get());
        }
        for (URI redirect : metadata.getRedirectionURIs()) {
            Optional<String> r = url("redirect_uri", redirect, host, allowLoopbackHttp);
            if (r.isEmpty() && redirect.getRawFragment() != null) {
                r = Optional.of("A redirect_uri must not have a fragment");
            }
            if (r.isPresent()) {
                return Optional.of(NimbusMessages.describe(RegistrationError.INVALID_REDIRECT_URI, r.get()));
            }
        }
        if (metadata.getGrantTypes() != null && (!GRANT_TYPES.containsAll(metadata.getGrantTypes())
                || !metadata.getGrantTypes().contains(GrantType.AUTHORIZATION_CODE))) {
            return metadataError("grant_types must be authorization_code, optionally with refresh_token");
        }
        if (metadata.getResponseTypes() != null && !Set.of(ResponseType.CODE).containsAll(metadata.getResponseTypes())) {
            return metadataError("response_types must be [code]");
        }
        if (metadata.getTokenEndpointAuthMethod() != null
                && !AUTH_METHODS.contains(metadata.getTokenEndpointAuthMethod())) {
            return metadataError("token_endpoint_auth_method must be client_secret_basic");
        }
        // RFC 7591 2: the server may replace requested values; the response tells the client what it got.
        Set<String> known = new LinkedHashSet<>();
        for (String s : metadata.getScope().toStringList()) {
            if (Scopes.ALL.contains(s) || OFFLINE_ACCESS.equals(s)) {
                known.add(s);
            }
        }
        if (known.stream().noneMatch(Scopes.ALL::contains)) {
            return metadataError("scope names none of the OB 3.0 API's scopes");
        }
        metadata.setScope(Scope.parse(known));
        metadata.applyDefaults();
        return Optional.empty();
    }

    private static Optional<ErrorObject> metadataError(String description) {
        return Optional.of(NimbusMessages.describe(RegistrationError.INVALID_CLIENT_METADATA, description));
    }

    /** Why a URL breaks the rule (https, on the client_uri's host), or empty. */
    private static Optional<String> url(String name, URI uri, String host, boolean allowLoopbackHttp) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return Optional.of(name + " must be an absolute URL");
        }
        String scheme = NimbusMessages.lower(uri.getScheme());
        boolean https = "https".equals(scheme);
        boolean devHttp = "http".equals(scheme) && allowLoopbackHttp && loopback(uri.getHost());
        if (!https && !devHttp) {
            return Optional.of(name + " must use https" + (allowLoopbackHttp ? " (or http on a loopback host)" : ""));
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(name + " must not carry user information");
        }
        // In development every loopback name is one machine: a client may give localhost in one URL and 127.0.0.1
        // in another. Off loopback the specification's rule holds as written: one host name for all URLs.
        boolean sameLoopback = allowLoopbackHttp && loopback(uri.getHost()) && host != null && loopback(host);
        if (!uri.getHost().equalsIgnoreCase(host) && !sameLoopback) {
            return Optional.of("All URLs must have the host name of client_uri (" + host + "); " + name + " has "
                    + uri.getHost());
        }
        return Optional.empty();
    }

    /**
     * Whether a host name is a loopback address, by its text only (no resolution).
     *
     * @param host the host
     * @return true for {@code localhost}, {@code 127.x.x.x} and {@code [::1]}
     */
    static boolean loopback(String host) {
        String h = NimbusMessages.lower(host);
        return h.equals("localhost") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") || h.equals("[::1]")
                || h.equals("::1");
    }
}
