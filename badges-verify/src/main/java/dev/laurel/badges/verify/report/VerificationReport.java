package dev.laurel.badges.verify.report;

import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.taxonomy.backpack.KeyBinding;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.transcript.Transcript;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.DocumentKind;
import java.time.Instant;
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
 * <p>A CLR 2.0 Comprehensive Learner Record gets a report whose {@link #clr()} is present: its learner and one
 * {@link NestedReport} per nested credential (that credential's own report and its JSON Pointer, e.g.
 * {@code /credentialSubject/verifiableCredential/3}). Its checks are the CLR's own (its proof, issuer binding,
 * dates, status and validity, as for an OB 3.0 credential) and one {@code clr.nested} and {@code clr.subject}
 * check per nested credential. It is verified only when those have no failure and every nested credential is
 * verified; {@link #verifiedNested()} and {@link #failedNested()} tell an application which parts it can use.
 *
 * @param kind what the input is
 * @param proofFormat how the badge (or the presentation) proves its origin
 * @param issuer the issuer's id, if known
 * @param checks every step, in the order performed
 * @param document the badge as read (for a hosted badge, the fetched one), if it could be read
 * @param presentation for a presentation, what it carried; empty for anything else
 * @param clr for a CLR, its learner and nested reports; empty for anything else
 */
public record VerificationReport(DocumentKind kind, ProofFormat proofFormat, Optional<String> issuer,
                                 List<Check> checks, Optional<BadgeDocument> document,
                                 Optional<Presented> presentation, Optional<ClrContents> clr) implements Checked {

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
        Objects.requireNonNull(clr, "clr");
    }

    /**
     * Creates a report that is not a CLR's (the form before CLR verification; kept for source compatibility).
     *
     * @param kind what the input is
     * @param proofFormat how the badge (or the presentation) proves its origin
     * @param issuer the issuer's id, if known
     * @param checks every step, in the order performed
     * @param document the badge as read, if it could be read
     * @param presentation for a presentation, what it carried; empty for anything else
     * @throws NullPointerException if an argument is null
     */
    public VerificationReport(DocumentKind kind, ProofFormat proofFormat, Optional<String> issuer, List<Check> checks,
                              Optional<BadgeDocument> document, Optional<Presented> presentation) {
        this(kind, proofFormat, issuer, checks, document, presentation, Optional.empty());
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
        this(kind, proofFormat, issuer, checks, document, Optional.empty(), Optional.empty());
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
                Optional.of(presented), Optional.empty());
    }

    /**
     * Returns this report with other checks, everything else kept (the presentation or CLR contents included).
     *
     * @param replaced the checks, in order
     * @return the new report
     * @throws NullPointerException if replaced is null
     */
    public VerificationReport withChecks(List<Check> replaced) {
        return new VerificationReport(kind, proofFormat, issuer, replaced, document, presentation, clr);
    }

    /**
     * Returns this report with a CLR's contents.
     *
     * @param contents the learner and the nested reports
     * @return the new report
     * @throws NullPointerException if contents is null
     */
    public VerificationReport withClr(ClrContents contents) {
        return new VerificationReport(kind, proofFormat, issuer, checks, document, presentation,
                Optional.of(contents));
    }

    /**
     * Returns the reports of the credentials nested in a CLR, with their pointers, in document order.
     *
     * @return the nested reports; empty for anything but a CLR
     */
    public List<NestedReport> nested() {
        return clr.map(ClrContents::credentials).orElse(List.of());
    }

    /**
     * Returns the nested credentials of a CLR that verified: the parts an application can use even when the
     * CLR as a whole is not verified.
     *
     * @return their reports with their pointers, in document order; empty for anything but a CLR
     */
    public List<NestedReport> verifiedNested() {
        return clr.map(ClrContents::verified).orElse(List.of());
    }

    /**
     * Returns the nested credentials of a CLR that did not verify.
     *
     * @return their reports with their pointers, in document order; empty for anything but a CLR
     */
    public List<NestedReport> failedNested() {
        return clr.map(ClrContents::failed).orElse(List.of());
    }

    /**
     * Returns this report as the taxonomy reads it ({@code Backpack}, {@code Policy}, {@code Transcript}): verified
     * or not, with the issuer binding {@code proof.key-binding} found (confirmed when it passed, unconfirmed when it
     * warned).
     *
     * @param checkedAt when the verification ran
     * @return the status
     * @throws NullPointerException if checkedAt is null
     */
    public VerificationStatus status(Instant checkedAt) {
        VerificationStatus status = verified() ? VerificationStatus.verified(checkedAt)
                : VerificationStatus.notVerified(checkedAt);
        KeyBinding binding = checks.stream().filter(c -> c.step() == ProofCheck.KEY_BINDING).findFirst()
                .map(c -> c.outcome() == Outcome.PASSED ? KeyBinding.CONFIRMED
                        : c.outcome() == Outcome.WARNING ? KeyBinding.UNCONFIRMED : KeyBinding.UNKNOWN)
                .orElse(KeyBinding.UNKNOWN);
        return status.withKeyBinding(binding);
    }

    /**
     * Returns a CLR's transcript with each nested credential's verification status from this report, so that
     * {@code Backpack}, {@code Pathways} and {@code Policy} run over what was verified ("at least one certification
     * and two abilities, all verified").
     *
     * @param checkedAt when the verification ran
     * @return the transcript; empty unless this is the report of a CLR that could be read
     * @throws NullPointerException if checkedAt is null
     */
    public Optional<Transcript> transcript(Instant checkedAt) {
        return transcript(checkedAt, Classifier.standard());
    }

    /**
     * Returns a CLR's transcript as {@link #transcript(Instant)} does, classified with the caller's classifier
     * (its own vocabularies or rules).
     *
     * @param checkedAt when the verification ran
     * @param classifier how nested achievements are placed on the levels
     * @return the transcript; empty unless this is the report of a CLR that could be read
     * @throws NullPointerException if an argument is null
     */
    public Optional<Transcript> transcript(Instant checkedAt, Classifier classifier) {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(classifier, "classifier");
        Optional<ClrCredential> read = clr.flatMap(c -> document).flatMap(d -> d.model(ClrCredential.class));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<NestedReport> reports = nested();
        // One report per entry of verifiableCredential, in order; a CLR refused before its nested credentials were
        // verified has none, and each of its credentials is then unverified.
        return Optional.of(Transcript.of(read.get(), classifier, i -> i < reports.size()
                ? reports.get(i).report().status(checkedAt) : VerificationStatus.notVerified(checkedAt)));
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
     *     credential inside is verified; for a CLR, every nested credential is verified
     */
    public boolean verified() {
        return !checks.isEmpty() && checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED)
                && presentation.map(Presented::allVerified).orElse(true)
                && clr.map(ClrContents::allVerified).orElse(true);
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
