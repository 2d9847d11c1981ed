package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An embedded proof signs the JSON-LD statements; the Verifier reads dates, status and ids from the JSON.
 * JSON-LD keywords as member names rewrite the JSON without changing the signed statements, so the
 * signature still holds: each case here was verified before the Verifier refused them (a security defect
 * found by {@code VerifierTamperProperties}' investigation).
 */
class VerifierJsonLdKeywordTest {

    final LaurelKey keys = VerifierFixtures.keys(1);
    final Verifier verifier = VerifierFixtures.verifier(DocumentFetcher.refusing());

    ObjectNode expired() {
        return signDi(credential(keys.didKey(), Optional.of(Instant.parse("2026-03-01T00:00:00Z"))), keys);
    }

    ObjectNode withStatus() {
        ObjectNode credential = credential(keys);
        credential.putObject("credentialStatus").put("id", "https://example.org/status/1#5")
                .put("type", "BitstringStatusListEntry").put("statusPurpose", "revocation")
                .put("statusListIndex", "5").put("statusListCredential", "https://example.org/status/1");
        return signDi(credential, keys);
    }

    /**
     * The signed statements are unchanged (DataIntegrityKeywordTest shows the canonical N-Quads are the
     * same, so the signature would hold), yet the document is refused before the signature is checked.
     */
    void assertRefused(ObjectNode rewritten, String path) {
        VerificationReport report = verifier.verify(text(rewritten));
        assertThat(outcome(report, "proof.signature")).as("refused before the signature").isEqualTo(Outcome.SKIPPED);
        assertThat(report.failures()).extracting(Check::id).containsOnly("proof.context");
        // The Data Integrity layer reports the member; the Verifier's own scan may report it again.
        assertThat(report.failures()).extracting(Check::path).isNotEmpty().containsOnly(path);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void expiredCredentialFailsAsSigned() {
        VerificationReport report = verifier.verify(text(expired()));
        assertThat(outcome(report, "validity.expiry")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void expiredCredentialWithItsValidUntilMovedIntoNestIsNotVerified() {
        ObjectNode rewritten = expired();
        rewritten.putObject("@nest").set("validUntil", rewritten.remove("validUntil"));
        assertRefused(rewritten, "/@nest");
    }

    @Test
    void credentialWithStatusFailsOfflineAsSigned() {
        VerificationReport report = verifier.verify(text(withStatus()));
        assertThat(outcome(report, "status.revocation")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void credentialWithItsStatusMovedIntoNestIsNotVerified() {
        ObjectNode rewritten = withStatus();
        rewritten.putObject("@nest").set("credentialStatus", rewritten.remove("credentialStatus"));
        assertRefused(rewritten, "/@nest");
    }

    @Test
    void credentialWithItsIdWrittenAsTheAtIdKeywordIsNotVerified() {
        ObjectNode rewritten = signDi(credential(keys), keys);
        rewritten.set("@id", rewritten.remove("id"));
        VerificationReport report = verifier.verify(text(rewritten));
        assertThat(report.failures()).extracting(Check::path).contains("/@id");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void indexMemberAddedAfterSigningIsNotVerified() {
        ObjectNode rewritten = signDi(credential(keys), keys);
        ((ObjectNode) rewritten.get("credentialSubject")).put("@index", "unsigned text");
        assertRefused(rewritten, "/credentialSubject/@index");
    }

    @Test
    void inlineContextAliasingNestIsNotVerified() {
        ObjectNode rewritten = expired();
        rewritten.withArray("@context").addObject().put("hidden", "@nest");
        rewritten.putObject("hidden").set("validUntil", rewritten.remove("validUntil"));
        VerificationReport report = verifier.verify(text(rewritten));
        assertThat(report.failures()).extracting(Check::path).contains("/@context");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void publishedContextsAndPlainMembersPass() {
        VerificationReport report = verifier.verify(text(signDi(credential(keys), keys)));
        assertThat(outcome(report, "proof.context")).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }
}
