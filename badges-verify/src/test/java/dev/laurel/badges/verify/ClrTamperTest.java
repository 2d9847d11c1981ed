package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.Requirement;
import dev.laurel.badges.core.taxonomy.policy.Requirements;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
import dev.laurel.badges.core.taxonomy.transcript.Transcript;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.NestedReport;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's tamper rule, end to end on the Digital Bazaar interop vectors (interop-clr/ORIGIN.md): a CLR signed by
 * Laurel after one of its nested credentials was changed keeps a good outer proof, while that nested report fails,
 * the CLR is not verified, and the CLR's "all verified" requirement, run over its transcript, is not met.
 */
class ClrTamperTest {

    private static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");
    private static final Verifier VERIFIER = Verifier.builder().fetcher(DocumentFetcher.refusing())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    /** Every nested credential verified: three of three. */
    private static final Requirements ALL_VERIFIED = Requirements.of(
            Requirement.atLeast(3, "all three credentials verified", Policy.builder().requireVerified().build()));

    @Test
    void theUntouchedClrVerifiesAndMeetsItsAllVerifiedRequirement() throws IOException {
        VerificationReport report = VERIFIER.verify(vector("laurel-clr.json"));

        assertThat(report.verified()).as(report.failures().toString()).isTrue();
        assertThat(report.nested()).hasSize(3).allSatisfy(n -> assertThat(n.verified()).isTrue());
        Transcript transcript = report.transcript(NOW).orElseThrow();
        assertThat(transcript.decide(ALL_VERIFIED, NOW).verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(transcript.backpack().unverified()).isEmpty();
    }

    @Test
    void aTamperedNestedCredentialFailsItsReportAndThePolicyButNotTheOuterProof() throws IOException {
        VerificationReport report = VERIFIER.verify(vector("laurel-clr-tampered.json"));

        // The CLR's own proof checks (the nested credentials' are in their own reports) all hold.
        assertThat(report.checks()).filteredOn(c -> c.id().startsWith("proof."))
                .isNotEmpty().allSatisfy(c -> assertThat(c.outcome()).as(c.toString()).isNotEqualTo(Outcome.FAILED))
                .extracting(Check::outcome).contains(Outcome.PASSED);
        assertThat(report.verified()).isFalse();
        assertThat(report.failedNested()).extracting(NestedReport::pointer)
                .containsExactly("/credentialSubject/verifiableCredential/1");
        assertThat(report.failedNested().get(0).report().failures()).extracting(Check::id).contains("proof.signature");
        assertThat(report.verifiedNested()).extracting(NestedReport::pointer).containsExactly(
                "/credentialSubject/verifiableCredential/0", "/credentialSubject/verifiableCredential/2");
        assertThat(report.failures()).extracting(Check::id, Check::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("clr.nested", "/credentialSubject/verifiableCredential/1"));

        Transcript transcript = report.transcript(NOW).orElseThrow();
        assertThat(transcript.decide(ALL_VERIFIED, NOW).verdict()).isNotEqualTo(Verdict.ACCEPT);
        assertThat(transcript.backpack().unverified()).hasSize(1);
    }

    @Test
    void theTranscriptUsesTheCallersClassifier() throws IOException {
        VerificationReport report = VERIFIER.verify(vector("laurel-clr.json"));
        Classifier mine = Classifier.builder().build();

        assertThat(report.transcript(NOW, mine).orElseThrow().backpack().classifier()).isSameAs(mine);
        assertThat(report.transcript(NOW).orElseThrow().backpack().classifier()).isSameAs(Classifier.standard());
    }

    @Test
    void onlyAClrReportHasATranscript() {
        VerificationReport notABadge = VERIFIER.verify("{}");
        assertThat(notABadge.transcript(NOW)).isEmpty();
        assertThat(notABadge.status(NOW).isVerified()).isFalse();
    }

    private static byte[] vector(String name) throws IOException {
        try (InputStream in = ClrTamperTest.class.getResourceAsStream("/vectors/interop-clr/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
