package dev.laurel.badges.verify.internal.steps;

import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.VerificationReport;
import java.util.List;
import java.util.Optional;

/** What the steps share: building a report, and whether a check has failed so far. */
final class Steps {

    private Steps() {
    }

    static VerificationReport report(DocumentKind kind, ProofFormat format, Optional<String> issuer, List<Check> checks,
            Optional<BadgeDocument> doc) {
        return new VerificationReport(kind, format, issuer, checks, doc);
    }

    /** Bounded work: once a check has failed the badge is not verified, so nothing more is fetched. */
    static boolean anyFailed(List<Check> checks) {
        return checks.stream().anyMatch(c -> c.outcome() == Outcome.FAILED);
    }
}
