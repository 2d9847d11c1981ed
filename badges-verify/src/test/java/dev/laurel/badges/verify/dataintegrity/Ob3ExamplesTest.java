package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issues and verifies the whole OB 3.0 example credentials of the specification (the ones the official
 * schema accepts), with a did:key issuer: each signs, verifies, and fails once a claim changes.
 */
class Ob3ExamplesTest {

    private static final LaurelKey KEYS = KeyPairs.fromEd25519Seed(new byte[32]);

    private static ObjectNode issuedByDidKey(String file) {
        ObjectNode doc = json("ob3-examples/ob_v3p0_" + file + ".json");
        doc.set("issuer", doc.get("issuer").isObject()
                ? ((ObjectNode) doc.get("issuer")).put("id", KEYS.didKey())
                : TestFiles.MAPPER.getNodeFactory().textNode(KEYS.didKey()));
        return doc;
    }

    private static ObjectNode sign(ObjectNode doc) {
        return DataIntegritySigner.of(KEYS).sign(doc, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                KEYS.didKeyVerificationMethod(), Instant.parse("2024-01-01T00:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docformat-00", "examples_achievementAlignmentCase-00", "examples_achievementAlignmentCe-00",
        "examples_basicOpenBadgeCredential-00", "examples_fullOpenBadge-00", "examples_skillAssertionCase-00",
        "examples_skillAssertionCtdl-00", "impl_recommended-practices-00", "impl_recommended-practices-04"})
    void signsVerifiesAndDetectsAChangedName(String file) {
        ObjectNode signed = sign(issuedByDidKey(file));
        DataIntegrityReport report = DataIntegrityVerifier.offline().verify(signed);
        assertThat(report.verified()).as("%s", report).isTrue();
        assertThat(report.proofs().get(0).outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.PASSED);

        signed.put("name", signed.path("name").asText() + "!");
        assertThat(DataIntegrityVerifier.offline().verify(signed).proofs().get(0).outcome(ProofCheck.SIGNATURE))
                .isEqualTo(Outcome.FAILED);
    }

    /** These two name https://www.w3.org/2018/credentials/examples/v2, which no one publishes and Laurel does not ship. */
    @ParameterizedTest
    @ValueSource(strings = {"equality-and-comparison-00", "equality-and-comparison-02"})
    void refusesToSignWithAnUnbundledContext(String file) {
        assertThatThrownBy(() -> sign(issuedByDidKey(file)))
                .isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("https://www.w3.org/2018/credentials/examples/v2")
                .extracting(e -> ((DataIntegrityException) e).dataIntegrityCode())
                .isEqualTo(DataIntegrityCode.CONTEXT_FAILURE);
    }
}
