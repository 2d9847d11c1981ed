package dev.laurel.badges.verify.report;

import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.DocumentKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "is this badge real, unaltered, unexpired, unrevoked, valid and issued to this
 * person?": every step as a {@link Check}, in order, and the verdict.
 *
 * <p>Verified means no check {@link Outcome#FAILED}; warnings never make a badge unverified.
 *
 * @param kind what the input is
 * @param proofFormat how the badge proves its origin
 * @param issuer the issuer's id, if known
 * @param checks every step, in the order performed
 * @param document the badge as read (for a hosted badge, the fetched one), if it could be read
 */
public record VerificationReport(DocumentKind kind, ProofFormat proofFormat, Optional<String> issuer,
                                 List<Check> checks, Optional<BadgeDocument> document) implements Checked {

    /**
     * Creates the report.
     *
     * @throws NullPointerException if a component is null
     */
    public VerificationReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(proofFormat, "proofFormat");
        Objects.requireNonNull(issuer, "issuer");
        checks = List.copyOf(checks);
        Objects.requireNonNull(document, "document");
    }

    /**
     * Tells whether the badge is verified.
     *
     * @return {@code true} when there is at least one check and none failed
     */
    public boolean verified() {
        return !checks.isEmpty() && checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED);
    }

    /**
     * Returns the Open Badges version.
     *
     * @return the version, if the input is a badge
     */
    public Optional<BadgeVersion> version() {
        return kind.version();
    }

}
