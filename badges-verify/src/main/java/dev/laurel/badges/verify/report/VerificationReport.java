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
 * <p>A W3C Verifiable Presentation given to the {@code Verifier} gets a report of the same shape: its
 * {@link #presentation()} is present (the holder and one nested report per credential inside), its
 * {@link #kind()} is {@link DocumentKind#NOT_A_BADGE} (a presentation is not itself a badge), its
 * {@link #issuer()} and {@link #document()} are empty, and its checks are the presentation's own
 * ({@code presentation.*} and its proof's or JWS's). It is verified when those have no failure and every
 * credential inside is verified.
 *
 * @param kind what the input is
 * @param proofFormat how the badge (or the presentation) proves its origin
 * @param issuer the issuer's id, if known
 * @param checks every step, in the order performed
 * @param document the badge as read (for a hosted badge, the fetched one), if it could be read
 * @param presentation for a presentation, what it carried; empty for anything else
 */
public record VerificationReport(DocumentKind kind, ProofFormat proofFormat, Optional<String> issuer,
                                 List<Check> checks, Optional<BadgeDocument> document,
                                 Optional<Presented> presentation) implements Checked {

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
        Objects.requireNonNull(presentation, "presentation");
    }

    /**
     * Creates the report of a badge (or of input that is none): no presentation.
     *
     * @param kind what the input is
     * @param proofFormat how the badge proves its origin
     * @param issuer the issuer's id, if known
     * @param checks every step, in the order performed
     * @param document the badge as read, if it could be read
     * @throws NullPointerException if an argument is null
     */
    public VerificationReport(DocumentKind kind, ProofFormat proofFormat, Optional<String> issuer, List<Check> checks,
                              Optional<BadgeDocument> document) {
        this(kind, proofFormat, issuer, checks, document, Optional.empty());
    }

    /**
     * Returns a report of a presentation.
     *
     * @param proofFormat how the presentation is signed
     * @param checks the presentation's own checks
     * @param presented its holder and one report per credential inside
     * @return the report
     * @throws NullPointerException if an argument is null
     */
    public static VerificationReport ofPresentation(ProofFormat proofFormat, List<Check> checks, Presented presented) {
        return new VerificationReport(DocumentKind.NOT_A_BADGE, proofFormat, Optional.empty(), checks, Optional.empty(),
                Optional.of(presented));
    }

    /**
     * Tells whether the input was a Verifiable Presentation.
     *
     * @return {@code true} if {@link #presentation()} is present
     */
    public boolean isPresentation() {
        return presentation.isPresent();
    }

    /**
     * Tells whether the badge is verified.
     *
     * @return {@code true} when there is at least one check, none failed and, for a presentation, every
     *     credential inside is verified
     */
    public boolean verified() {
        return !checks.isEmpty() && checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED)
                && presentation.map(Presented::allVerified).orElse(true);
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
