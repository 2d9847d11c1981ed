package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static dev.laurel.badges.verify.dataintegrity.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ecdsa-sd-2023 through {@link DataIntegrityVerifier}, on the W3C vc-di-ecdsa vectors
 * ({@code vectors/w3c-vc-di-ecdsa/ecdsa-sd-2023/}, see its ORIGIN.md).
 */
class EcdsaSd2023Test {

    static final String DIR = "w3c-vc-di-ecdsa/ecdsa-sd-2023/";
    static final URI CITIZENSHIP_V4RC1 = URI.create("https://w3id.org/citizenship/v4rc1");

    static DataIntegrityVerifier verifier() {
        return DataIntegrityVerifier.builder()
                .context(CITIZENSHIP_V4RC1, text(DIR + "contexts/citizenship-v4rc1.jsonld"))
                .build();
    }

    private static Check check(DataIntegrityReport report, ProofCheck id) {
        return report.proofs().get(0).checks().stream().filter(c -> c.step() == id).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void vectorBaseProofFailsFormatBecauseItIsForTheHolder(String example) {
        ObjectNode base = json(DIR + example + "/addSignedSDBase.json");
        assertThat(base.get("proof").get("proofValue").asText()).startsWith("u2V0A");

        DataIntegrityReport report = verifier().verify(base);

        assertThat(report.verified()).isFalse();
        Check format = check(report, ProofCheck.FORMAT);
        assertThat(format.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(format.path()).isEqualTo("/proof/proofValue");
        assertThat(format.message()).contains("an ecdsa-sd-2023 base proof is for the holder; a verifier needs a derived proof");
        assertThat(check(report, ProofCheck.CRYPTOSUITE).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check(report, ProofCheck.SIGNATURE).outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void proofValueThatIsNotBase64urlFailsFormat() {
        ObjectNode derived = json(DIR + "prc/derivedRevealDocument.json");
        ((ObjectNode) derived.get("proof")).put("proofValue", "z3FXQ");

        Check format = check(verifier().verify(derived), ProofCheck.FORMAT);

        assertThat(format.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(format.message()).contains("not multibase base64url");
    }

    @Test
    void proofValueWithoutTheSdHeaderFailsFormat() {
        ObjectNode derived = json(DIR + "prc/derivedRevealDocument.json");
        ((ObjectNode) derived.get("proof")).put("proofValue", "u2V0ChVhA");

        Check format = check(verifier().verify(derived), ProofCheck.FORMAT);

        assertThat(format.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(format.message()).contains("does not start with the ecdsa-sd-2023 header");
    }

    @Test
    void laurelDoesNotIssueEcdsaSd2023Yet() {
        assertThatThrownBy(() -> ProofOptions.of(ProofSuite.ECDSA_SD_2023, "did:key:zDn#zDn", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not issue ecdsa-sd-2023");
        assertThat(ProofSuite.of("DataIntegrityProof", Optional.of("ecdsa-sd-2023"))).contains(ProofSuite.ECDSA_SD_2023);
    }
}
