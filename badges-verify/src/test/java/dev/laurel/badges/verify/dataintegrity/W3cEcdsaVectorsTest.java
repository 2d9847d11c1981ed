package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.hex;
import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static dev.laurel.badges.verify.dataintegrity.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.internal.Canonicalizer;
import dev.laurel.badges.verify.dataintegrity.internal.ProofTransform;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyOrigin;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multibase;
import dev.laurel.badges.verify.keys.Multikey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The W3C vc-di-ecdsa test vectors for ecdsa-rdfc-2019 with P-256 and P-384 (produced by Digital
 * Bazaar's implementation): canonical N-Quads, hashes and combined hash data are reproduced byte for
 * byte, and the signed credentials verify. ECDSA signing is randomised and the vectors give no
 * deterministic nonce k (no RFC 6979), so the vectors' signatures cannot be reproduced: they are checked
 * by verifying them with the vectors' public keys, and Laurel's own signatures over the same data by
 * verifying them too.
 */
class W3cEcdsaVectorsTest {

    private static final Canonicalizer CANON = new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64);
    private static final String DIR = "w3c-vc-di-ecdsa/";

    private static LaurelKey keyPair(String curve) {
        return KeyPairs.fromSecretKeyMultibase(json(DIR + curve + "KeyPair.json").get("secretKeyMultibase").asText());
    }

    private static String file(String curve, String name) {
        String upper = curve.toUpperCase(java.util.Locale.ROOT);
        return DIR + "ecdsa-rdfc-2019-" + curve + "/" + name + "ECDSA" + upper + (name.equals("proofConfig")
                || name.equals("signed") ? ".json" : ".txt");
    }

    @ParameterizedTest
    @CsvSource({"p256, P256, SHA-256", "p384, P384, SHA-384"})
    void keyPairDecodesToTheVectorsPublicMultikey(String curve, KeyKind kind, String hash) {
        LaurelKey key = keyPair(curve);
        String publicMultibase = json(DIR + curve + "KeyPair.json").get("publicKeyMultibase").asText();
        assertThat(key.kind()).isEqualTo(kind);
        assertThat(key.publicKeyMultibase()).isEqualTo(publicMultibase);
        assertThat(Multikey.decodePublicKey(publicMultibase)).contains(key.publicOnly());
        assertThat(ProofSuite.ECDSA_RDFC_2019.hashAlgorithm(kind)).isEqualTo(hash);
    }

    @ParameterizedTest
    @CsvSource({"p256, SHA-256, 64", "p384, SHA-384, 96"})
    void reproducesCanonicalFormsHashesAndCombinedHash(String curve, String hash, int hashDataLength) throws Exception {
        ObjectNode unsigned = json(DIR + "unsigned.json");
        ObjectNode config = json(file(curve, "proofConfig"));
        String canonDoc = CANON.canonicalize(unsigned);
        String canonProof = CANON.canonicalizeProofConfiguration(config);
        assertThat(canonDoc).isEqualTo(text(file(curve, "canonDoc")));
        assertThat(canonProof).isEqualTo(text(file(curve, "proofCanon")));
        byte[] docHash = ProofTransform.digest(hash, canonDoc);
        byte[] proofHash = ProofTransform.digest(hash, canonProof);
        assertThat(docHash).isEqualTo(hex(text(file(curve, "docHash"))));
        assertThat(proofHash).isEqualTo(hex(text(file(curve, "proofHash"))));
        byte[] data = ProofTransform.hashData(proofHash, docHash);
        assertThat(data).hasSize(hashDataLength).isEqualTo(hex(text(file(curve, "combinedHash"))));

        // The vector's signature: its hex and base58btc forms agree, and it verifies over the hash data.
        byte[] signature = hex(text(file(curve, "sigHex")));
        assertThat(Multibase.encodeBase58Btc(signature)).isEqualTo(text(file(curve, "sigBTC58")).trim());
        assertThat(keyPair(curve).publicOnly().verify(data, signature)).isTrue();
        // ECDSA is randomised: Laurel's signature differs from the vector's, and verifies the same way.
        byte[] ours = keyPair(curve).sign(data);
        assertThat(ours).hasSize(signature.length);
        assertThat(HexFormat.of().formatHex(ours)).isNotEqualTo(text(file(curve, "sigHex")).trim());
        assertThat(keyPair(curve).publicOnly().verify(data, ours)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"p256, P256", "p384, P384"})
    void signedVectorVerifiesWithItsDidKey(String curve, KeyKind kind) {
        DataIntegrityReport report = W3cVectorsTest.LENIENT.verify(json(file(curve, "signed")));
        assertThat(report.verified()).as("%s", report).isTrue();
        ProofResult proof = report.proofs().get(0);
        assertThat(proof.suite()).contains(ProofSuite.ECDSA_RDFC_2019);
        assertThat(proof.key().orElseThrow().origin()).isEqualTo(KeyOrigin.DID_KEY);
        assertThat(proof.key().orElseThrow().key().kind()).isEqualTo(kind);
        assertThat(proof.outcome(ProofCheck.CRYPTOSUITE)).isEqualTo(Outcome.PASSED);
        assertThat(proof.outcome(ProofCheck.KEY)).isEqualTo(Outcome.PASSED);
        assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.PASSED);
    }

    @ParameterizedTest
    @CsvSource({"p256", "p384"})
    void signingTheUnsignedVectorGivesItsProofButAFreshSignature(String curve) {
        ObjectNode config = json(file(curve, "proofConfig"));
        ObjectNode signed = DataIntegritySigner.of(keyPair(curve)).sign(json(DIR + "unsigned.json"),
                ProofOptions.of(ProofSuite.ECDSA_RDFC_2019, config.get("verificationMethod").asText(),
                        Instant.parse(config.get("created").asText())));
        ObjectNode expected = json(file(curve, "signed"));
        ObjectNode ourProof = (ObjectNode) signed.get("proof");
        ObjectNode theirProof = (ObjectNode) expected.get("proof");
        assertThat(ourProof.get("proofValue").asText()).isNotEqualTo(theirProof.get("proofValue").asText());
        ourProof.remove("proofValue");
        theirProof.remove("proofValue");
        assertThat(signed).isEqualTo(expected);
        ObjectNode again = DataIntegritySigner.of(keyPair(curve)).sign(json(DIR + "unsigned.json"),
                ProofOptions.of(ProofSuite.ECDSA_RDFC_2019, config.get("verificationMethod").asText(),
                        Instant.parse(config.get("created").asText())));
        assertThat(W3cVectorsTest.LENIENT.verify(again).verified()).isTrue();
    }
}
