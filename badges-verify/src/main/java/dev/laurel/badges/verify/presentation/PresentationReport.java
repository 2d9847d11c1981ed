package dev.laurel.badges.verify.presentation;

import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Checked;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.VerificationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for a presentation: its own checks ({@code presentation.*}, and the proof or JWS checks of
 * its signature) and one {@link VerificationReport} per entry of {@code verifiableCredential}, in order.
 *
 * <p>Verified means the presentation's checks have no failure and every credential inside is verified;
 * warnings never count against it.
 *
 * @param proofFormat how the presentation is signed: {@link ProofFormat#DATA_INTEGRITY},
 *     {@link ProofFormat#VC_JWT} (a VP-JWT) or {@link ProofFormat#NONE}
 * @param holder the holder's id, if the presentation names one
 * @param checks the presentation's checks, in the order performed
 * @param credentials one report per credential inside, in order
 */
public record PresentationReport(ProofFormat proofFormat, Optional<String> holder, List<Check> checks,
                                 List<VerificationReport> credentials) implements Checked {

    /**
     * Creates the report.
     *
     * @throws NullPointerException if a component is null
     */
    public PresentationReport {
        Objects.requireNonNull(proofFormat, "proofFormat");
        Objects.requireNonNull(holder, "holder");
        checks = List.copyOf(checks);
        credentials = List.copyOf(credentials);
    }

    /**
     * Tells whether the presentation is verified.
     *
     * @return {@code true} when it has checks, none failed, and every credential inside is verified
     */
    public boolean verified() {
        return !checks.isEmpty() && checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED)
                && credentials.stream().allMatch(VerificationReport::verified);
    }
}
