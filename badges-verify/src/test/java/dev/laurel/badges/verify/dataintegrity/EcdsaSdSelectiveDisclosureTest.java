package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdProofValue;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import dev.laurel.badges.verify.report.VerificationReport;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Laurel issues ecdsa-sd-2023 base proofs ({@link DataIntegritySigner}), derives disclosures
 * ({@link SelectiveDisclosure}) and verifies them ({@link DataIntegrityVerifier}, {@link Verifier}), on an
 * Open Badges 3.0 credential (OB 3.0.3 context) and on the W3C vectors.
 */
class EcdsaSdSelectiveDisclosureTest {

    static final LaurelKey P256 = KeyPairs.generate(KeyKind.P256);
    static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    static final List<String> MANDATORY = List.of("/issuer", "/validFrom");

    /** An OpenBadgeCredential (VC 2.0 and OB 3.0.3 contexts) issued by the key's did:key, without proof. */
    static ObjectNode credential(LaurelKey issuer) {
        ObjectNode doc = json("interop-ecdsa/laurel-p256.json");
        doc.remove("proof");
        ((ObjectNode) doc.get("issuer")).put("id", issuer.didKey());
        return doc;
    }

    static ObjectNode base(LaurelKey key, List<String> mandatory) {
        return DataIntegritySigner.of(key).sign(credential(key), ProofOptions
                .of(ProofSuite.ECDSA_SD_2023, key.didKeyVerificationMethod(), CREATED).withMandatoryPointers(mandatory));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void derivingFromTheVectorsBaseCredentialGivesTheVectorsDerivedCredential(String example) {
        SelectiveDisclosure sd = SelectiveDisclosure.create().withContexts(ContextSet.empty()
                .with(EcdsaSd2023Test.CITIZENSHIP_V4RC1, TestFiles.text(EcdsaSd2023Test.DIR + "contexts/citizenship-v4rc1.jsonld")));

        ObjectNode derived = sd.derive(json(EcdsaSd2023Test.DIR + example + "/addSignedSDBase.json"),
                List.of("/validFrom", "/validUntil", "/credentialSubject/birthCountry"));

        ObjectNode expected = json(EcdsaSd2023Test.DIR + example + "/derivedRevealDocument.json");
        assertThat(derived).isEqualTo(expected);
        assertThat(derived.toString()).isEqualTo(expected.toString());
    }

    @Test
    void laurelIssuesDerivesAndVerifies() throws Exception {
        ObjectNode base = base(P256, MANDATORY);
        EcdsaSdProofValue.Base parsed = EcdsaSdProofValue.parseBase(base.get("proof").get("proofValue").asText());
        assertThat(parsed.mandatoryPointers()).isEqualTo(MANDATORY);
        assertThat(parsed.hmacKey()).hasSize(32);
        assertThat(DataIntegrityVerifier.offline().verify(base).verified()).as("a base proof is for the holder").isFalse();

        ObjectNode derived = SelectiveDisclosure.create().derive(base, List.of("/name", "/credentialSubject/achievement"));

        assertThat(derived.has("proof")).isTrue();
        assertThat(derived.at("/credentialSubject/achievement/name").asText()).isEqualTo("Teamwork");
        assertThat(derived.at("/credentialSubject/id").asText()).isEqualTo(base.at("/credentialSubject/id").asText());
        DataIntegrityReport report = DataIntegrityVerifier.offline().verify(derived);
        assertThat(report.verified()).as("%s", report).isTrue();
        assertThat(report.proofs().get(0).outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.PASSED);
        VerificationReport full = Verifier.offline().verify(TestFiles.MAPPER.writeValueAsBytes(derived));
        assertThat(full.failures()).as("%s", full).isEmpty();
        assertThat(full.verified()).isTrue();
        // Deterministic: the same base proof and pointers derive the same bytes.
        assertThat(SelectiveDisclosure.create().derive(base, List.of("/name", "/credentialSubject/achievement")))
                .isEqualTo(derived);
    }

    @Test
    void derivingNothingSelectiveStillRevealsTheMandatoryStatements() {
        ObjectNode derived = SelectiveDisclosure.create().derive(base(P256, MANDATORY), List.of());

        assertThat(derived.get("issuer").get("id").asText()).isEqualTo(P256.didKey());
        assertThat(derived.get("validFrom").asText()).isEqualTo("2010-01-01T00:00:00Z");
        assertThat(derived.has("credentialSubject")).isFalse();
        assertThat(derived.has("name")).isFalse();
        assertThat(DataIntegrityVerifier.offline().verify(derived).verified()).isTrue();
    }

    @Test
    void changedDisclosedOrMandatoryValueFailsTheSignature() {
        ObjectNode derived = SelectiveDisclosure.create().derive(base(P256, MANDATORY), List.of("/name"));
        ObjectNode disclosed = derived.deepCopy();
        disclosed.put("name", "Forged Badge");
        ObjectNode mandatory = derived.deepCopy();
        mandatory.put("validFrom", "2009-01-01T00:00:00Z");

        for (ObjectNode tampered : List.of(disclosed, mandatory)) {
            ProofResult proof = DataIntegrityVerifier.offline().verify(tampered).proofs().get(0);
            assertThat(proof.verified()).isFalse();
            assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"P384", "ED25519"})
    void onlyP256KeysSign(KeyKind kind) {
        LaurelKey key = KeyPairs.generate(kind);
        ProofOptions options = ProofOptions.of(ProofSuite.ECDSA_SD_2023, key.didKeyVerificationMethod(), CREATED);

        assertThatThrownBy(() -> DataIntegritySigner.of(key).sign(credential(key), options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ecdsa-sd-2023 suite does not sign with a " + kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/credentialSubject/nothing", "issuer", "/a~2", "/type/5", ""})
    void badPointersAreTypedErrors(String pointer) {
        assertThatThrownBy(() -> base(P256, List.of("/issuer", pointer)))
                .isInstanceOfSatisfying(DataIntegrityException.class,
                        e -> assertThat(e.dataIntegrityCode()).isEqualTo(DataIntegrityCode.INVALID_POINTER));
        ObjectNode base = base(P256, MANDATORY);
        assertThatThrownBy(() -> SelectiveDisclosure.create().derive(base, List.of("/name", pointer)))
                .isInstanceOfSatisfying(DataIntegrityException.class,
                        e -> assertThat(e.dataIntegrityCode()).isEqualTo(DataIntegrityCode.INVALID_POINTER));
    }

    @Test
    void derivingNeedsExactlyOneBaseProof() {
        ObjectNode derived = SelectiveDisclosure.create().derive(base(P256, MANDATORY), List.of("/name"));
        assertThatThrownBy(() -> SelectiveDisclosure.create().derive(derived, List.of()))
                .isInstanceOfSatisfying(DataIntegrityException.class,
                        e -> assertThat(e.dataIntegrityCode()).isEqualTo(DataIntegrityCode.INVALID_DOCUMENT))
                .hasMessageContaining("derived proof, not a base proof");
        assertThatThrownBy(() -> SelectiveDisclosure.create().derive(credential(P256), List.of()))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("no ecdsa-sd-2023 proof");
        ObjectNode signed = DataIntegritySigner.of(P256).sign(credential(P256),
                ProofOptions.of(ProofSuite.ECDSA_RDFC_2019, P256.didKeyVerificationMethod(), CREATED));
        assertThatThrownBy(() -> DataIntegritySigner.of(P256).sign(signed,
                ProofOptions.of(ProofSuite.ECDSA_SD_2023, P256.didKeyVerificationMethod(), CREATED)))
                .isInstanceOfSatisfying(DataIntegrityException.class,
                        e -> assertThat(e.dataIntegrityCode()).isEqualTo(DataIntegrityCode.INVALID_DOCUMENT));
    }

    @Test
    void anotherIssuersBaseProofDoesNotVerifyAfterDerivation() {
        ObjectNode base = base(P256, MANDATORY);
        LaurelKey other = KeyPairs.generate(KeyKind.P256);
        ((ObjectNode) base.get("proof")).put("verificationMethod", other.didKeyVerificationMethod());
        ((ObjectNode) base.get("issuer")).put("id", other.didKey());

        ObjectNode derived = SelectiveDisclosure.create().derive(base, List.of("/name"));

        assertThat(DataIntegrityVerifier.offline().verify(derived).verified()).isFalse();
        assertThat(URI.create(derived.get("issuer").get("id").asText()).getScheme()).isEqualTo("did");
    }

    /**
     * Pointers address the compact form JSON-LD compaction gives back: a one-element array is a single value
     * there (as in Digital Bazaar's implementation), so an index into it names nothing, while the whole
     * value and indexes into longer arrays work.
     */
    @Test
    void indexIntoAOneElementArrayNamesNothingButTheWholeValueWorks() {
        ObjectNode base = base(P256, MANDATORY);

        assertThatThrownBy(() -> SelectiveDisclosure.create().derive(base, List.of("/credentialSubject/achievement/type/0")))
                .isInstanceOfSatisfying(DataIntegrityException.class,
                        e -> assertThat(e.dataIntegrityCode()).isEqualTo(DataIntegrityCode.INVALID_POINTER));
        ObjectNode derived = SelectiveDisclosure.create().derive(base, List.of("/credentialSubject/achievement/type", "/type/1"));
        assertThat(derived.at("/credentialSubject/achievement/type/0").asText()).isEqualTo("Achievement");
        assertThat(DataIntegrityVerifier.offline().verify(derived).verified()).isTrue();
    }

    @Test
    void oneDeriverServesManyThreadsWithTheSameResult() throws Exception {
        ObjectNode base = base(P256, MANDATORY);
        SelectiveDisclosure sd = SelectiveDisclosure.create();
        ObjectNode expected = sd.derive(base, List.of("/name", "/credentialSubject/achievement/name"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ObjectNode>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> sd.derive(base, List.of("/name", "/credentialSubject/achievement/name"))));
            }
            for (java.util.concurrent.Future<ObjectNode> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(base.at("/proof/proofValue").asText()).as("the input is not modified").startsWith("u2V0A");
    }

    @Test
    void derivationRunsUnderTheCanonicalisationLimits() {
        ObjectNode base = base(P256, MANDATORY);
        SelectiveDisclosure tight = SelectiveDisclosure.of(new DataIntegrityLimits(java.time.Duration.ofSeconds(5), 100_000,
                64, 16, 20));

        assertThatThrownBy(() -> tight.derive(base, List.of("/name")))
                .isInstanceOfSatisfying(DataIntegrityException.class,
                        e -> assertThat(e.dataIntegrityCode()).isEqualTo(DataIntegrityCode.CANONICALIZATION_LIMIT));
    }
}
