package dev.laurel.badges.verify.presentation;

import dev.laurel.badges.verify.report.Recipient;
import java.util.Objects;
import java.util.Optional;

/**
 * What the caller (the verifier of a presentation) expects of it: the {@code challenge} it gave the holder,
 * the {@code domain} it is known by, and whether the presentation must name its holder.
 *
 * <p>An expected challenge or domain that the presentation lacks, or that differs, fails the check; one the
 * presentation carries but the caller did not expect draws a warning (nothing was compared).
 *
 * @param challenge the expected {@code challenge} (a VP-JWT's {@code nonce}), if any
 * @param domain the expected {@code domain} (a VP-JWT's {@code aud}), if any
 * @param holderRequired whether a presentation with no {@code holder} fails (otherwise it warns)
 * @param recipient the recipient every credential inside must be issued to, if the caller knows one
 */
public record PresentationOptions(Optional<String> challenge, Optional<String> domain, boolean holderRequired,
                                  Optional<Recipient> recipient) {

    /**
     * Creates the options.
     *
     * @throws NullPointerException if a component is null
     */
    public PresentationOptions {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(recipient, "recipient");
    }

    /**
     * Returns options that expect no challenge, no domain and no holder.
     *
     * @return the options
     */
    public static PresentationOptions none() {
        return new PresentationOptions(Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /**
     * Returns these options expecting a challenge.
     *
     * @param value the challenge the caller gave the holder
     * @return the new options
     * @throws NullPointerException if {@code value} is null
     */
    public PresentationOptions withChallenge(String value) {
        return new PresentationOptions(Optional.of(value), domain, holderRequired, recipient);
    }

    /**
     * Returns these options expecting a domain.
     *
     * @param value the caller's domain
     * @return the new options
     * @throws NullPointerException if {@code value} is null
     */
    public PresentationOptions withDomain(String value) {
        return new PresentationOptions(challenge, Optional.of(value), holderRequired, recipient);
    }

    /**
     * Returns these options requiring a holder.
     *
     * @return the new options
     */
    public PresentationOptions requiringHolder() {
        return new PresentationOptions(challenge, domain, true, recipient);
    }

    /**
     * Returns these options with a recipient every credential inside is matched against
     * ({@code recipient.match}).
     *
     * @param value the recipient
     * @return the new options
     * @throws NullPointerException if {@code value} is null
     */
    public PresentationOptions withRecipient(Recipient value) {
        return new PresentationOptions(challenge, domain, holderRequired, Optional.of(value));
    }
}
