package dev.laurel.badges.verify.dataintegrity;

import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What verifying the embedded proofs of one document found: document-level checks and one
 * {@link ProofResult} per proof. Each proof of a proof set is verified on its own.
 *
 * @param checks the document-level checks (such as {@link dev.laurel.badges.verify.report.ProofCheck#PRESENT})
 * @param proofs one result per proof, in document order
 */
public record DataIntegrityReport(List<Check> checks, List<ProofResult> proofs) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if a component is null
     */
    public DataIntegrityReport {
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        proofs = List.copyOf(Objects.requireNonNull(proofs, "proofs"));
    }

    /**
     * Tells whether the document verified: it has at least one proof, every proof verified and no
     * document-level check failed. Warnings do not count against it.
     *
     * @return {@code true} if verified
     */
    public boolean verified() {
        return !proofs.isEmpty()
                && checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED)
                && proofs.stream().allMatch(ProofResult::verified);
    }

    /**
     * Returns every check: the document-level ones, then each proof's.
     *
     * @return the checks
     */
    public List<Check> allChecks() {
        List<Check> all = new ArrayList<>(checks);
        proofs.forEach(p -> all.addAll(p.checks()));
        return List.copyOf(all);
    }
}
