package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.internal.Canonicalizer;
import dev.laurel.badges.verify.dataintegrity.internal.ProofTransform;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multibase;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ecdsa-rdfc-2019 beyond the vectors: round trips, tampering, wrong curves, wrong hashes, mixed proof sets. */
class EcdsaProofTest {

    private static final LaurelKey P256 = KeyPairs.generate(KeyKind.P256);
    private static final LaurelKey P384 = KeyPairs.generate(KeyKind.P384);
    private static final LaurelKey ED25519 = KeyPairs.generate(KeyKind.ED25519);
    private static final Instant CREATED = Instant.parse("2025-03-04T05:06:07Z");
    private static final DataIntegrityVerifier VERIFIER = DataIntegrityVerifier.offline();
    private static final Canonicalizer CANON = new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64);

    private static LaurelKey key(KeyKind kind) {
        return kind == KeyKind.P256 ? P256 : P384;
    }

    /** The vectors' credential, issued by the key's own did:key so that strict key binding passes. */
    private static ObjectNode credential(LaurelKey issuer) {
        ObjectNode doc = json("w3c-vc-di-ecdsa/unsigned.json");
        doc.put("issuer", issuer.didKey());
        return doc;
    }

    private static ObjectNode sign(LaurelKey key, ObjectNode doc, ProofSuite suite) {
        return DataIntegritySigner.of(key).sign(doc, ProofOptions.of(suite, key.didKeyVerificationMethod(), CREATED));
    }

    private static Check check(ProofResult proof, ProofCheck id) {
        return proof.check(id).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"P256", "P384"})
    void signsAndVerifiesWithStrictBinding(KeyKind kind) {
        ObjectNode signed = sign(key(kind), credential(key(kind)), ProofSuite.ECDSA_RDFC_2019);
        assertThat(signed.at("/proof/cryptosuite").asText()).isEqualTo("ecdsa-rdfc-2019");
        byte[] signature = Multibase.decode(signed.at("/proof/proofValue").asText()).orElseThrow();
        assertThat(signature).hasSize(kind == KeyKind.P256 ? 64 : 96);
        DataIntegrityReport report = VERIFIER.verify(signed);
        assertThat(report.verified()).as("%s", report).isTrue();
        assertThat(report.proofs().get(0).outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.PASSED);
        // Randomised: the same input signs to another value, which verifies as well.
        ObjectNode again = sign(key(kind), credential(key(kind)), ProofSuite.ECDSA_RDFC_2019);
        assertThat(again.at("/proof/proofValue")).isNotEqualTo(signed.at("/proof/proofValue"));
        assertThat(VERIFIER.verify(again).verified()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"P256", "P384"})
    void tamperedDocumentFailsTheSignature(KeyKind kind) {
        ObjectNode signed = sign(key(kind), credential(key(kind)), ProofSuite.ECDSA_RDFC_2019);
        signed.put("name", "Forged Alumni Credential");
        ProofResult proof = VERIFIER.verify(signed).proofs().get(0);
        assertThat(proof.verified()).isFalse();
        assertThat(check(proof, ProofCheck.KEY).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check(proof, ProofCheck.SIGNATURE).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check(proof, ProofCheck.SIGNATURE).message()).contains("the document or the proof was changed");
    }

    @Test
    void tamperedProofFailsTheSignature() {
        ObjectNode signed = sign(P256, credential(P256), ProofSuite.ECDSA_RDFC_2019);
        ((ObjectNode) signed.get("proof")).put("created", "2025-03-04T05:06:08Z");
        ProofResult proof = VERIFIER.verify(signed).proofs().get(0);
        assertThat(check(proof, ProofCheck.SIGNATURE).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void p384KeyForAP256ProofIsTheWrongCurve() {
        ObjectNode signed = sign(P256, credential(P384), ProofSuite.ECDSA_RDFC_2019);
        ((ObjectNode) signed.get("proof")).put("verificationMethod", P384.didKeyVerificationMethod());
        ProofResult proof = VERIFIER.verify(signed).proofs().get(0);
        assertThat(proof.verified()).isFalse();
        Check key = check(proof, ProofCheck.KEY);
        assertThat(key.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(key.message()).contains("wrong curve").contains("64-byte").contains("P-256 signature")
                .contains("is a P-384 key");
        assertThat(check(proof, ProofCheck.SIGNATURE).outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void p256KeyForAP384ProofIsTheWrongCurve() {
        ObjectNode signed = sign(P384, credential(P256), ProofSuite.ECDSA_RDFC_2019);
        ((ObjectNode) signed.get("proof")).put("verificationMethod", P256.didKeyVerificationMethod());
        ProofResult proof = VERIFIER.verify(signed).proofs().get(0);
        Check key = check(proof, ProofCheck.KEY);
        assertThat(key.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(key.message()).contains("wrong curve").contains("96-byte").contains("P-384 signature")
                .contains("is a P-256 key");
    }

    @Test
    void ed25519KeyForAnEcdsaProofAndP256KeyForAnEddsaProofFailTheKeyCheck() {
        ObjectNode ecdsa = sign(P256, credential(ED25519), ProofSuite.ECDSA_RDFC_2019);
        ((ObjectNode) ecdsa.get("proof")).put("verificationMethod", ED25519.didKeyVerificationMethod());
        Check key = check(VERIFIER.verify(ecdsa).proofs().get(0), ProofCheck.KEY);
        assertThat(key.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(key.message()).contains("ecdsa-rdfc-2019 suite needs a P-256 or P-384 key").contains("an Ed25519 key");

        ObjectNode eddsa = sign(ED25519, credential(P256), ProofSuite.EDDSA_RDFC_2022);
        ((ObjectNode) eddsa.get("proof")).put("verificationMethod", P256.didKeyVerificationMethod());
        key = check(VERIFIER.verify(eddsa).proofs().get(0), ProofCheck.KEY);
        assertThat(key.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(key.message()).contains("eddsa-rdfc-2022 suite needs an Ed25519 key").contains("a P-256 key");
    }

    /** Signs the proof again over hashes made with the other algorithm: a proof with the wrong hash. */
    private static ObjectNode resignedWith(LaurelKey key, String hash) throws Exception {
        ObjectNode signed = sign(key, credential(key), ProofSuite.ECDSA_RDFC_2019);
        ObjectNode proof = (ObjectNode) signed.get("proof");
        ObjectNode unsecured = ProofTransform.unsecuredDocument(signed, List.of());
        ObjectNode config = ProofTransform.proofConfiguration(proof, signed.get("@context"));
        byte[] data = ProofTransform.hashData(ProofTransform.digest(hash, CANON.canonicalizeProofConfiguration(config)),
                ProofTransform.digest(hash, CANON.canonicalize(unsecured)));
        proof.put("proofValue", Multibase.encodeBase58Btc(key.sign(data)));
        return signed;
    }

    @Test
    void wrongHashFailsTheSignature() throws Exception {
        // The control: the same construction with the right hash verifies, so only the hash differs.
        assertThat(VERIFIER.verify(resignedWith(P256, "SHA-256")).verified()).isTrue();
        assertThat(VERIFIER.verify(resignedWith(P384, "SHA-384")).verified()).isTrue();

        Check p256 = check(VERIFIER.verify(resignedWith(P256, "SHA-384")).proofs().get(0), ProofCheck.SIGNATURE);
        assertThat(p256.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(p256.message()).contains("other hashes").contains("a P-256 key signs SHA-256 hashes");
        Check p384 = check(VERIFIER.verify(resignedWith(P384, "SHA-256")).proofs().get(0), ProofCheck.SIGNATURE);
        assertThat(p384.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(p384.message()).contains("a P-384 key signs SHA-384 hashes");
    }

    @Test
    void proofSetWithOneEddsaAndOneEcdsaProofVerifiesEachOnItsOwn() {
        ObjectNode doc = credential(ED25519);
        ObjectNode once = sign(ED25519, doc, ProofSuite.EDDSA_RDFC_2022);
        ObjectNode twice = DataIntegritySigner.of(P384).sign(once,
                ProofOptions.of(ProofSuite.ECDSA_RDFC_2019, P384.didKeyVerificationMethod(), CREATED));
        assertThat(twice.get("proof").isArray()).isTrue();
        assertThat(twice.get("proof")).hasSize(2);
        // The P-384 key is not the issuer's (a co-signer): binding is not checked here, the signatures are the point.
        DataIntegrityReport report = DataIntegrityVerifier.builder().checkKeyBinding(false).build().verify(twice);
        assertThat(report.verified()).as("%s", report).isTrue();
        assertThat(report.proofs().get(0).suite()).contains(ProofSuite.EDDSA_RDFC_2022);
        assertThat(report.proofs().get(1).suite()).contains(ProofSuite.ECDSA_RDFC_2019);
        assertThat(report.proofs()).allSatisfy(p -> assertThat(p.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.PASSED));

        // Tampering with the ECDSA proof fails that proof only.
        ((ObjectNode) twice.get("proof").get(1)).put("created", "2025-03-04T05:06:08Z");
        DataIntegrityReport tampered = VERIFIER.verify(twice);
        assertThat(tampered.proofs().get(0).outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.PASSED);
        assertThat(tampered.proofs().get(1).outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void ecdsaProofChainsToAnEddsaProof() {
        ObjectNode first = DataIntegritySigner.of(ED25519).sign(credential(ED25519),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, ED25519.didKeyVerificationMethod(), CREATED).withId("urn:uuid:first"));
        ObjectNode chained = DataIntegritySigner.of(P256).sign(first,
                ProofOptions.of(ProofSuite.ECDSA_RDFC_2019, P256.didKeyVerificationMethod(), CREATED)
                        .withPreviousProof(List.of("urn:uuid:first")));
        ProofResult second = DataIntegrityVerifier.builder().checkKeyBinding(false).build().verify(chained).proofs().get(1);
        assertThat(second.outcome(ProofCheck.CHAIN)).isEqualTo(Outcome.PASSED);
        assertThat(second.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.PASSED);
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"P256", "P384"})
    void didWebIssuerWithAnEcMultikeyVerificationMethodVerifiesAndBinds(KeyKind kind) {
        String did = "did:web:issuer.example";
        String doc = "{\"id\":\"" + did + "\",\"verificationMethod\":[{\"id\":\"#key-1\",\"type\":\"Multikey\","
                + "\"controller\":\"" + did + "\",\"publicKeyMultibase\":\"" + key(kind).publicKeyMultibase() + "\"}],"
                + "\"assertionMethod\":[\"#key-1\"]}";
        ObjectNode credential = json("w3c-vc-di-ecdsa/unsigned.json");
        credential.put("issuer", did);
        ObjectNode signed = DataIntegritySigner.of(key(kind)).sign(credential,
                ProofOptions.of(ProofSuite.ECDSA_RDFC_2019, did + "#key-1", CREATED));
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder()
                .fetcher(TestFiles.mapFetcher(java.util.Map.of("https://issuer.example/.well-known/did.json", doc))).build();
        DataIntegrityReport report = verifier.verify(signed);
        assertThat(report.verified()).as("%s", report).isTrue();
        ProofResult proof = report.proofs().get(0);
        assertThat(proof.key().orElseThrow().key()).isEqualTo(key(kind).publicOnly());
        assertThat(proof.outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.PASSED);
    }

    @Test
    void signerRefusesASuiteThatDoesNotFitTheKey() {
        assertThatThrownBy(() -> sign(P256, credential(P256), ProofSuite.EDDSA_RDFC_2022))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eddsa-rdfc-2022");
        assertThatThrownBy(() -> sign(ED25519, credential(ED25519), ProofSuite.ECDSA_RDFC_2019))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ecdsa-rdfc-2019");
        assertThatThrownBy(() -> DataIntegritySigner.of(KeyPairs.generateRsa(2048)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedEcdsaProofValueFailsTheFormatCheck() {
        ObjectNode signed = sign(P256, credential(P256), ProofSuite.ECDSA_RDFC_2019);
        ((ObjectNode) signed.get("proof")).put("proofValue", Multibase.encodeBase58Btc(new byte[70]));
        Check format = check(VERIFIER.verify(signed).proofs().get(0), ProofCheck.FORMAT);
        assertThat(format.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(format.message()).contains("64-byte (P-256) or 96-byte (P-384) ECDSA signature");
    }
}
