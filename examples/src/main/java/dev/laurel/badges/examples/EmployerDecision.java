package dev.laurel.badges.examples;

import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.PolicyReport;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.report.VerificationReport;
import java.time.Instant;
import java.time.Period;
import java.util.List;

/**
 * An employer's automated decision: verify what the applicant sent, put it in a backpack with the
 * verification outcome, and evaluate a policy written in a few lines.
 */
public final class EmployerDecision {

    private EmployerDecision() {
    }

    /**
     * Decides on an applicant's badges.
     *
     * @param badges the badges the applicant sent (JSON, JWT or baked images)
     * @param trustedIssuers the issuers the employer trusts
     * @param now the instant to judge at
     * @return the decision over the badges that verified, with every reason; the others are not judged
     *     and are listed, with the reason, in {@link PolicyReport#ignored()}
     */
    public static PolicyReport run(List<byte[]> badges, List<String> trustedIssuers, Instant now) {
        Verifier verifier = Verifier.builder().fetcher(dev.laurel.badges.verify.fetch.DocumentFetcher.refusing())
                .clock(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC)).build();
        Backpack backpack = Backpack.empty();
        for (byte[] badge : badges) {
            VerificationReport report = verifier.verify(badge);
            BadgeDocument doc = report.document().orElse(null);
            if (doc == null || doc.model(OpenBadgeCredential.class).isEmpty()) {
                continue;
            }
            OpenBadgeCredential credential = doc.model(OpenBadgeCredential.class).get();
            VerificationStatus status = report.verified() ? VerificationStatus.verified(now)
                    : VerificationStatus.notVerified(now);
            backpack = backpack.with(Credential.of(credential), Visibility.PUBLIC, status);
        }
        Policy policy = Policy.builder()
                .minimumLevel(CredentialLevel.skill())
                .trustedIssuers(trustedIssuers)
                .requireVerified()
                .notExpired()
                .issuedWithin(Period.ofYears(3))
                .onUnknown(Verdict.REFER)
                .build();
        return policy.evaluate(backpack, now); // only the verified badges are judged
    }

    /**
     * Runs the example on a badge issued by {@link IssueAndBake}.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        var keys = dev.laurel.badges.verify.keys.KeyPairs.generate(dev.laurel.badges.verify.keys.KeyKind.ED25519);
        Instant now = Instant.now();
        byte[] badge = IssueAndBake.run(keys, "alice@example.org", now);
        PolicyReport report = run(List.of(badge), List.of(keys.didKey()), now);
        System.out.println("Decision: " + report.verdict());
        report.best().ifPresent(d -> d.reasons().forEach(r -> System.out.println("  " + r)));
        report.ignored().forEach(u -> System.out.println("  ignored " + u));
    }
}
