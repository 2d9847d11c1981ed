package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.hex;
import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static dev.laurel.badges.verify.dataintegrity.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.internal.Canonicalizer;
import dev.laurel.badges.verify.dataintegrity.internal.ProofTransform;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyOrigin;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multibase;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The W3C vc-di-eddsa test vectors: eddsa-rdfc-2022, Ed25519Signature2020, proof sets and proof chains. */
class W3cVectorsTest {

    /** The vectors' issuers are https URLs that nothing here can fetch: their binding is unconfirmed. */
    static final DataIntegrityVerifier LENIENT = DataIntegrityVerifier.builder().keyBinding(BindingMode.LENIENT).build();


    private static final Canonicalizer CANON = new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64);
    private static final String DIR = "w3c-vc-di-eddsa/";

    private static LaurelKey keyPair() {
        return KeyPairs.fromSecretKeyMultibase(json(DIR + "keyPair.json").get("privateKeyMultibase").asText());
    }

    private static LaurelKey multiKeyPair(int n) {
        return KeyPairs.fromSecretKeyMultibase(json(DIR + "proof-set-chain/multiKeyPairs.json")
                .get("keyPair" + n).get("privateKeyMultibase").asText());
    }

    /** Runs the algorithm step by step and compares each intermediate value with the vector's files. */
    private static void stepByStep(String folder, String suffix, ObjectNode unsigned) throws Exception {
        ObjectNode config = json(DIR + folder + "/proofConfig" + suffix + ".json");
        assertThat(CANON.canonicalize(unsigned)).isEqualTo(text(DIR + folder + "/canonDoc" + suffix + ".txt"));
        assertThat(CANON.canonicalize(config)).isEqualTo(text(DIR + folder + "/proofCanon" + suffix + ".txt"));
        byte[] docHash = ProofTransform.sha256(CANON.canonicalize(unsigned));
        byte[] proofHash = ProofTransform.sha256(CANON.canonicalize(config));
        assertThat(docHash).isEqualTo(hex(text(DIR + folder + "/docHash" + suffix + ".txt")));
        assertThat(proofHash).isEqualTo(hex(text(DIR + folder + "/proofHash" + suffix + ".txt")));
        byte[] data = ProofTransform.hashData(proofHash, docHash);
        assertThat(data).isEqualTo(hex(text(DIR + folder + "/combinedHash" + suffix + ".txt")));
        byte[] signature = keyPair().sign(data);
        assertThat(HexFormat.of().formatHex(signature)).isEqualTo(text(DIR + folder + "/sigHex" + suffix + ".txt").trim());
        assertThat(Multibase.encodeBase58Btc(signature)).isEqualTo(text(DIR + folder + "/sigBTC58" + suffix + ".txt").trim());
    }

    @Test
    void keyPairMatchesItsPublicKey() {
        assertThat(keyPair().publicKeyMultibase()).isEqualTo(json(DIR + "keyPair.json").get("publicKeyMultibase").asText());
    }

    @Nested
    class EddsaRdfc2022 {

        @Test
        void reproducesEveryStep() throws Exception {
            stepByStep("eddsa-rdfc-2022", "DataInt", json(DIR + "unsigned.json"));
        }

        @Test
        void signingGivesTheSignedVector() {
            ObjectNode config = json(DIR + "eddsa-rdfc-2022/proofConfigDataInt.json");
            ObjectNode signed = DataIntegritySigner.of(keyPair()).sign(json(DIR + "unsigned.json"),
                    ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, config.get("verificationMethod").asText(),
                            Instant.parse(config.get("created").asText())));
            assertThat(signed).isEqualTo(json(DIR + "eddsa-rdfc-2022/signedDataInt.json"));
        }

        @Test
        void signedVectorVerifiesWithItsDidKey() {
            DataIntegrityReport report = LENIENT.verify(json(DIR + "eddsa-rdfc-2022/signedDataInt.json"));
            assertThat(report.verified()).as("%s", report).isTrue();
            ProofResult proof = report.proofs().get(0);
            assertThat(proof.key().orElseThrow().origin()).isEqualTo(KeyOrigin.DID_KEY);
            assertThat(proof.outcome(ProofCheck.CRYPTOSUITE)).isEqualTo(Outcome.PASSED);
            assertThat(proof.outcome(ProofCheck.KEY)).isEqualTo(Outcome.PASSED);
        }
    }

    @Nested
    class Ed25519Signature2020 {

        @Test
        void reproducesEveryStep() throws Exception {
            ObjectNode unsigned = json(DIR + "unsigned.json");
            unsigned.withArray("@context").add("https://w3id.org/security/suites/ed25519-2020/v1");
            stepByStep("Ed25519Signature2020", "EdSig", unsigned);
        }

        @Test
        void signingAddsTheSuiteContextAndGivesTheSignedVector() {
            ObjectNode config = json(DIR + "Ed25519Signature2020/proofConfigEdSig.json");
            ObjectNode signed = DataIntegritySigner.of(keyPair()).sign(json(DIR + "unsigned.json"),
                    ProofOptions.of(ProofSuite.ED25519_SIGNATURE_2020, config.get("verificationMethod").asText(),
                            Instant.parse(config.get("created").asText())));
            assertThat(signed).isEqualTo(json(DIR + "Ed25519Signature2020/signedEdSig.json"));
        }

        @Test
        void signedVectorVerifiesWithALegacyWarning() {
            DataIntegrityReport report = LENIENT.verify(json(DIR + "Ed25519Signature2020/signedEdSig.json"));
            assertThat(report.verified()).as("%s", report).isTrue();
            ProofResult proof = report.proofs().get(0);
            assertThat(proof.suite()).contains(ProofSuite.ED25519_SIGNATURE_2020);
            assertThat(proof.outcome(ProofCheck.CRYPTOSUITE)).isEqualTo(Outcome.WARNING);
            assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.PASSED);
        }
    }

    @Nested
    class ProofSets {

        private ObjectNode signWith(ObjectNode doc, int keyPair, String configFile) {
            ObjectNode config = json(DIR + "proof-set-chain/" + configFile);
            ProofOptions options = ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, config.get("verificationMethod").asText(),
                    Instant.parse(config.get("created").asText()));
            if (config.has("id")) {
                options = options.withId(config.get("id").asText());
            }
            if (config.has("previousProof")) {
                List<String> ids = new java.util.ArrayList<>();
                (config.get("previousProof").isArray() ? config.get("previousProof")
                        : TestFiles.MAPPER.createArrayNode().add(config.get("previousProof"))).forEach(n -> ids.add(n.asText()));
                options = options.withPreviousProof(ids);
            }
            return DataIntegritySigner.of(multiKeyPair(keyPair)).sign(doc, options);
        }

        @Test
        void firstProofOfTheSetMatches() {
            ObjectNode signed = signWith(json(DIR + "proof-set-chain/unsigned.json"), 1, "proofSetConfig1.json");
            assertThat(signed).isEqualTo(json(DIR + "proof-set-chain/signedProofSet1.json"));
        }

        @Test
        void secondProofJoinsTheSetAndMatches() {
            ObjectNode signed = signWith(json(DIR + "proof-set-chain/signedProofSet1.json"), 2, "proofSetConfig2.json");
            assertThat(signed).isEqualTo(json(DIR + "proof-set-chain/signedProofSet2.json"));
        }

        @Test
        void chainedProofsMatch() {
            ObjectNode chain1 = signWith(json(DIR + "proof-set-chain/signedProofSet2.json"), 3, "proofChainConfig1.json");
            assertThat(chain1).isEqualTo(json(DIR + "proof-set-chain/signedProofChain1.json"));
            ObjectNode chain2 = signWith(chain1, 4, "proofChainConfig2.json");
            assertThat(chain2).isEqualTo(json(DIR + "proof-set-chain/signedProofChain2.json"));
        }

        @Test
        void everyProofOfEverySignedVectorVerifiesOnItsOwn() {
            for (String file : List.of("signedProofSet1.json", "signedProofSet2.json", "signedProofChain1.json",
                    "signedProofChain2.json")) {
                DataIntegrityReport report = LENIENT.verify(json(DIR + "proof-set-chain/" + file));
                assertThat(report.verified()).as("%s: %s", file, report).isTrue();
                assertThat(report.proofs()).allSatisfy(p -> assertThat(p.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.PASSED));
            }
        }

        @Test
        void chainedProofVerifiesOverTheProofsItNames() {
            DataIntegrityReport report = LENIENT.verify(json(DIR + "proof-set-chain/signedProofChain2.json"));
            assertThat(report.proofs()).hasSize(4);
            assertThat(report.proofs().get(2).outcome(ProofCheck.CHAIN)).isEqualTo(Outcome.PASSED);
            assertThat(report.proofs().get(3).outcome(ProofCheck.CHAIN)).isEqualTo(Outcome.PASSED);
            assertThat(report.proofs().get(0).check(ProofCheck.CHAIN)).isEmpty();
        }

        @Test
        void oneBadProofInASetFailsOnlyThatProof() {
            ObjectNode doc = json(DIR + "proof-set-chain/signedProofSet2.json");
            ObjectNode second = (ObjectNode) doc.get("proof").get(1);
            second.put("created", "2023-02-24T23:36:39Z");
            DataIntegrityReport report = LENIENT.verify(doc);
            assertThat(report.proofs().get(0).verified()).isTrue();
            assertThat(report.proofs().get(1).outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);
            assertThat(report.proofs().get(1).path()).isEqualTo("/proof/1");
            assertThat(report.verified()).isFalse();
        }
    }
}
