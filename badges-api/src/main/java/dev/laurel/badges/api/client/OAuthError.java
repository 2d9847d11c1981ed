package dev.laurel.badges.api.client;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An OAuth 2.0 error as the provider sent it (RFC 6749 4.1.2.1 and 5.2, RFC 7591 3.2.2, RFC 6750 3.1).
 *
 * @param code {@code error}, e.g. {@code invalid_grant}; never null
 * @param description {@code error_description}, or null
 * @param uri {@code error_uri}, or null
 */
public record OAuthError(String code, String description, URI uri) {

    /**
     * Checks.
     *
     * @throws NullPointerException if {@code code} is null
     */
    public OAuthError {
        Objects.requireNonNull(code, "code");
    }

    /**
     * The description, if any.
     *
     * @return {@code error_description}
     */
    public Optional<String> optionalDescription() {
        return Optional.ofNullable(description);
    }
}
