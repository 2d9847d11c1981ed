package dev.laurel.badges.api.provider.oauth;

import java.time.Duration;
import java.util.Objects;

/**
 * Who may register a client at the registration endpoint, and for how long its secret lasts.
 *
 * <p>The OB 3.0 API requires open registration ("The registration request MUST NOT require an Initial Access
 * Token"), which is the default. A closed policy answers every registration with {@code 403}
 * {@code access_denied}: for a backpack whose clients are all registered already.
 *
 * @param open                 whether registration requests are accepted
 * @param clientSecretLifetime how long a client secret is valid; {@link Duration#ZERO} for never expiring
 *                             (written as {@code client_secret_expires_at: 0}, as RFC 7591 says)
 */
public record RegistrationPolicy(boolean open, Duration clientSecretLifetime) {

    /** Open registration, secrets that do not expire. */
    public static final RegistrationPolicy DEFAULT = new RegistrationPolicy(true, Duration.ZERO);

    /** Registration refused. */
    public static final RegistrationPolicy CLOSED = new RegistrationPolicy(false, Duration.ZERO);

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the lifetime is negative
     * @throws NullPointerException if the lifetime is null
     */
    public RegistrationPolicy {
        Objects.requireNonNull(clientSecretLifetime, "clientSecretLifetime");
        if (clientSecretLifetime.isNegative()) {
            throw new IllegalArgumentException("clientSecretLifetime must not be negative: " + clientSecretLifetime);
        }
    }
}
