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
    void optionsTakeMandatoryPointersForEcdsaSd2023Only() {
        ProofOptions sd = ProofOptions.of(ProofSuite.ECDSA_SD_2023, "did:key:zDn#zDn", Instant.now())
                .withMandatoryPointers(java.util.List.of("/issuer"));
        assertThat(sd.mandatoryPointers()).containsExactly("/issuer");
        assertThat(sd.withId("urn:uuid:1").mandatoryPointers()).containsExactly("/issuer");
        assertThatThrownBy(() -> ProofOptions.of(ProofSuite.ECDSA_RDFC_2019, "did:key:zDn#zDn", Instant.now())
                .withMandatoryPointers(java.util.List.of("/issuer")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only ecdsa-sd-2023");
        assertThatThrownBy(() -> sd.withPreviousProof(java.util.List.of("urn:uuid:0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot chain");
        assertThat(ProofSuite.of("DataIntegrityProof", Optional.of("ecdsa-sd-2023"))).contains(ProofSuite.ECDSA_SD_2023);
    }

    private static DataIntegrityVerifier verifierWithoutKeyBinding() {
        return DataIntegrityVerifier.builder()
                .context(CITIZENSHIP_V4RC1, text(DIR + "contexts/citizenship-v4rc1.jsonld"))
                .checkKeyBinding(false)
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void vectorDerivedCredentialVerifies(String example) {
        ObjectNode derived = json(DIR + example + "/derivedRevealDocument.json");

        DataIntegrityReport report = verifierWithoutKeyBinding().verify(derived);

        assertThat(report.verified()).as(report.allChecks().toString()).isTrue();
        Check signature = check(report, ProofCheck.SIGNATURE);
        assertThat(signature.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signature.message()).contains("base signature verifies").contains("the 6 disclosed non-mandatory statements");
        assertThat(report.proofs().get(0).suite()).contains(ProofSuite.ECDSA_SD_2023);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void vectorIssuerIsNotItsSigningKeySoStrictKeyBindingFails(String example) {
        // The vectors' issuer (did:key:zDnaeTHx... / zDnaegE6...) is not the key that signs
        // (did:key:zDnaepBu...): every check but key binding passes.
        DataIntegrityReport report = verifier().verify(json(DIR + example + "/derivedRevealDocument.json"));

        assertThat(check(report, ProofCheck.SIGNATURE).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check(report, ProofCheck.KEY_BINDING).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.proofs().get(0).checks()).filteredOn(c -> c.step() != ProofCheck.KEY_BINDING)
                .allMatch(c -> c.outcome() == Outcome.PASSED);
    }

    @Test
    void changedDisclosedValueFailsSignature() {
        ObjectNode derived = json(DIR + "prc/derivedRevealDocument.json");
        ((ObjectNode) derived.get("credentialSubject")).put("birthCountry", "Utopia");

        DataIntegrityReport report = verifierWithoutKeyBinding().verify(derived);

        assertThat(report.verified()).isFalse();
        Check signature = check(report, ProofCheck.SIGNATURE);
        assertThat(signature.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(signature.path()).isEqualTo("/proof/proofValue");
        assertThat(signature.message()).contains("does not verify with the proof's ephemeral key").contains("Utopia");
    }

    @Test
    void changedMandatoryValueFailsTheBaseSignature() {
        ObjectNode derived = json(DIR + "prc/derivedRevealDocument.json");
        derived.put("validFrom", "2024-12-17T00:00:00Z");
        ObjectNode issuerChanged = json(DIR + "prc/derivedRevealDocument.json");
        ((ObjectNode) issuerChanged.get("issuer")).put("image", "data:image/png;base64,AAAA");

        for (ObjectNode changed : new ObjectNode[] {derived, issuerChanged}) {
            Check signature = check(verifierWithoutKeyBinding().verify(changed), ProofCheck.SIGNATURE);
            assertThat(signature.outcome()).isEqualTo(Outcome.FAILED);
        }
        assertThat(check(verifierWithoutKeyBinding().verify(issuerChanged), ProofCheck.SIGNATURE).message())
                .contains("the base signature does not verify");
    }

    @Test
    void removedDisclosedStatementFailsSignatureOnTheCount() {
        ObjectNode derived = json(DIR + "prc/derivedRevealDocument.json");
        ((ObjectNode) derived.get("credentialSubject")).remove("birthCountry");

        Check signature = check(verifierWithoutKeyBinding().verify(derived), ProofCheck.SIGNATURE);

        assertThat(signature.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(signature.message()).contains("6 signatures for 5 disclosed non-mandatory statements");
    }

    @Test
    void changedProofOptionsFailTheBaseSignature() {
        ObjectNode derived = json(DIR + "prc/derivedRevealDocument.json");
        ((ObjectNode) derived.get("proof")).put("created", "2023-08-15T23:36:39Z");

        Check signature = check(verifierWithoutKeyBinding().verify(derived), ProofCheck.SIGNATURE);

        assertThat(signature.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(signature.message()).contains("the base signature does not verify");
    }

    @Test
    void anotherIssuerKeyFailsTheBaseSignature() {
        ObjectNode derived = json(DIR + "prc/derivedRevealDocument.json");
        String other = dev.laurel.badges.verify.keys.KeyPairs.generate(dev.laurel.badges.verify.keys.KeyKind.P256)
                .didKeyVerificationMethod();
        ((ObjectNode) derived.get("proof")).put("verificationMethod", other);

        Check signature = check(verifierWithoutKeyBinding().verify(derived), ProofCheck.SIGNATURE);

        assertThat(signature.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(signature.message()).contains("the base signature does not verify");
    }

    @Test
    void ed25519KeyFailsKeyForEcdsaSd() {
        ObjectNode derived = json(DIR + "prc/derivedRevealDocument.json");
        String other = dev.laurel.badges.verify.keys.KeyPairs.generate(dev.laurel.badges.verify.keys.KeyKind.ED25519)
                .didKeyVerificationMethod();
        ((ObjectNode) derived.get("proof")).put("verificationMethod", other);

        Check key = check(verifierWithoutKeyBinding().verify(derived), ProofCheck.KEY);

        assertThat(key.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(key.message()).contains("the ecdsa-sd-2023 suite needs a P-256 key");
    }

    @Test
    void derivedCredentialWithoutTheRegisteredContextFailsContext() {
        DataIntegrityReport report = DataIntegrityVerifier.offline().verify(json(DIR + "prc/derivedRevealDocument.json"));

        assertThat(check(report, ProofCheck.CONTEXT).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check(report, ProofCheck.SIGNATURE).outcome()).isEqualTo(Outcome.SKIPPED);
    }
}
