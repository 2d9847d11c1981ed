package dev.laurel.badges.api.client;

import dev.laurel.badges.api.provider.ProviderPaths;
import dev.laurel.badges.api.wire.ServiceDescription;
import java.net.URI;
import java.util.Objects;

/**
 * A provider (a backpack) as discovered: the base URL the application was given and the service description
 * document found below it. The resource endpoints are the specification's paths below the base URL, not the
 * document's {@code servers} (which providers often leave at the OpenAPI description's example value).
 * Keep it (with the registration) rather than discovering before every call.
 *
 * @param baseUrl the base URL, without a trailing slash, query or fragment
 * @param description the service description document
 */
public record ApiProvider(URI baseUrl, ServiceDescription description) {

    /**
     * Checks.
     *
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if {@code baseUrl} ends in a slash or has a query or fragment
     */
    public ApiProvider {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(description, "description");
        if (baseUrl.toString().endsWith("/") || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must have no trailing slash, query or fragment: " + baseUrl);
        }
    }

    /**
     * The base URL as given, normalised: a trailing slash, query and fragment removed.
     *
     * @param url the URL the application was given
     * @return the base URL
     * @throws IllegalArgumentException if it is not absolute
     */
    static URI normalise(URI url) {
        if (!url.isAbsolute() || url.getRawAuthority() == null) {
            throw new IllegalArgumentException("the base URL is not absolute: " + url);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + path);
    }

    /**
     * {@code {baseUrl}/ims/ob/v3p0/discovery}.
     *
     * @return the discovery URL
     */
    public URI discoveryUrl() {
        return resolve(baseUrl, ProviderPaths.DISCOVERY);
    }

    /**
     * {@code {baseUrl}/ims/ob/v3p0/credentials}.
     *
     * @return the credentials URL
     */
    public URI credentialsUrl() {
        return resolve(baseUrl, ProviderPaths.CREDENTIALS);
    }

    /**
     * {@code {baseUrl}/ims/ob/v3p0/profile}.
     *
     * @return the profile URL
     */
    public URI profileUrl() {
        return resolve(baseUrl, ProviderPaths.PROFILE);
    }

    /**
     * The provider's part of a {@link TokenKey}: the base URL as text.
     *
     * @return the key
     */
    public String key() {
        return baseUrl.toString();
    }

    static URI resolve(URI base, String path) {
        // Appended, not URI.resolve: a tenant's base path (https://host/tenant) must be kept.
        return URI.create(base.toString() + path);
    }
}
