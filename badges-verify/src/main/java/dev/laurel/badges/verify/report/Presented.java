package dev.laurel.badges.verify.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a W3C Verifiable Presentation carried, in a {@link VerificationReport} of one: its holder and one
 * report per entry of {@code verifiableCredential}, in order. The presentation's own checks
 * ({@code presentation.*} and those of its signature) are the report's {@link VerificationReport#checks()}.
 *
 * @param holder the holder's id (a VP-JWT's {@code iss} when it names no {@code holder}), if any
 * @param credentials one report per credential inside, in order (empty when none was verified)
 */
public record Presented(Optional<String> holder, List<VerificationReport> credentials) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if a component is null
     */
    public Presented {
        Objects.requireNonNull(holder, "holder");
        credentials = List.copyOf(credentials);
    }

    /**
     * Tells whether every credential inside is verified.
     *
     * @return {@code true} when no credential report is unverified (also when there is none)
     */
    public boolean allVerified() {
        return credentials.stream().allMatch(VerificationReport::verified);
    }
}
