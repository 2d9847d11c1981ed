package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verifier that has already verified many credentials (its context and IRI caches warm, its per-thread
 * digests used) must judge the next one exactly as a new verifier would: a changed credential still fails,
 * and what safe mode refuses is still refused (issue 19).
 */
class DataIntegrityWarmCacheTest {

    private static final LaurelKey KEYS = KeyPairs.fromEd25519Seed(new byte[] {
        3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5});
    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");

    private static ObjectNode signed(String example) {
        ObjectNode doc = json("ob3-examples/" + example);
        doc.remove("proof");
        ((ObjectNode) doc.get("issuer")).put("id", KEYS.didKey());
        return DataIntegritySigner.of(KEYS).sign(doc, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                KEYS.didKeyVerificationMethod(), CREATED));
    }

    /** Verifies several credentials with different contexts and types, twice over. */
    private static DataIntegrityVerifier warm() {
        DataIntegrityVerifier verifier = DataIntegrityVerifier.offline();
        for (int round = 0; round < 2; round++) {
            for (String example : List.of("ob_v3p0_examples_basicOpenBadgeCredential-00.json",
                    "ob_v3p0_examples_fullOpenBadge-00.json", "ob_v3p0_examples_skillAssertionCase-00.json")) {
                assertThat(verifier.verify(signed(example)).verified()).as(example).isTrue();
            }
        }
        return verifier;
    }

    @Test
    void aChangedCredentialStillFailsAfterTheCachesAreWarm() {
        DataIntegrityVerifier verifier = warm();
        ObjectNode name = signed("ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        ((ObjectNode) name.get("credentialSubject").get("achievement")).put("name", "Leadership");
        assertThat(verifier.verify(name).proofs().get(0).outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);

        // The same properties and types the warm-up used, moved: another type for the achievement.
        ObjectNode type = signed("ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        ((ObjectNode) type.get("credentialSubject").get("achievement")).putArray("type").add("Achievement")
                .add("Profile");
        assertThat(verifier.verify(type).proofs().get(0).outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);

        // One alignment fewer: a blank node and its quads gone.
        ObjectNode full = signed("ob_v3p0_examples_fullOpenBadge-00.json");
        ArrayNode alignments = (ArrayNode) full.get("credentialSubject").get("achievement").get("alignment");
        assertThat(alignments).isNotNull();
        alignments.remove(0);
        assertThat(verifier.verify(full).proofs().get(0).outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);

        // And the untouched credential still verifies.
        assertThat(verifier.verify(signed("ob_v3p0_examples_fullOpenBadge-00.json")).verified()).isTrue();
    }

    @Test
    void whatSafeModeRefusesIsStillRefusedAfterTheCachesAreWarm() {
        DataIntegrityVerifier verifier = warm();
        // A type no context defines stays a relative IRI, which JSON-LD to RDF would drop: refused, warm or cold.
        for (DataIntegrityVerifier v : List.of(verifier, DataIntegrityVerifier.offline())) {
            ObjectNode doc = signed("ob_v3p0_examples_basicOpenBadgeCredential-00.json");
            ((ObjectNode) doc.get("credentialSubject").get("achievement")).putArray("type").add("Achievement")
                    .add("NotDefinedAnywhere");
            ProofResult result = v.verify(doc).proofs().get(0);
            assertThat(result.outcome(ProofCheck.CONTEXT)).isEqualTo(Outcome.FAILED);
            assertThat(result.check(ProofCheck.CONTEXT).orElseThrow().message()).contains("NotDefinedAnywhere");
            assertThat(result.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.SKIPPED);
        }
    }
}
