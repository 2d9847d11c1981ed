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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reproduces the OB 3.0 specification's eddsa-rdfc-2022 test vector step by step. */
class Ob3VectorTest {

    private static final Canonicalizer CANON = new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64);

    /** The seed is the first half of the 64-byte secretKey printed by the JS tool. */
    private static final byte[] SEED = bytes(98, 65, 164, 9, 230, 112, 123, 182, 64, 160, 20, 10, 138, 50, 188, 61,
            25, 60, 51, 166, 97, 116, 114, 132, 214, 173, 250, 78, 212, 24, 11, 228);
    private static final byte[] PUBLIC = bytes(75, 222, 175, 222, 46, 168, 190, 239, 173, 216, 198, 153, 181, 199,
            224, 112, 76, 245, 17, 84, 213, 46, 23, 178, 11, 113, 51, 124, 160, 76, 197, 165);
    private static final Map<String, String> HASHES = hashes();

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static Map<String, String> hashes() {
        Map<String, String> out = new HashMap<>();
        for (String line : text("ob3-spec/ob-hashes.txt").split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                out.put(parts[0], parts[1]);
            }
        }
        return out;
    }

    @Test
    void keyPairMatchesTheVector() {
        LaurelKey keys = KeyPairs.fromEd25519Seed(SEED);
        assertThat(keys.ed25519PublicBytes()).isEqualTo(PUBLIC);
        assertThat(keys.publicKeyMultibase()).isEqualTo("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi");
    }

    @Test
    void canonicalDocumentMatches() throws Exception {
        assertThat(CANON.canonicalize(json("ob3-spec/ob-test-data.json"))).isEqualTo(text("ob3-spec/document-canon.txt"));
    }

    @Test
    void canonicalProofConfigurationMatches() throws Exception {
        ObjectNode config = ProofTransform.proofConfiguration(json("ob3-spec/ob-proof.json"),
                json("ob3-spec/ob-test-data.json").get("@context"));
        assertThat(CANON.canonicalize(config)).isEqualTo(text("ob3-spec/proof-canon.txt"));
    }

    @Test
    void hashesSignatureAndProofValueMatch() {
        byte[] documentHash = ProofTransform.sha256(text("ob3-spec/document-canon.txt"));
        byte[] proofHash = ProofTransform.sha256(text("ob3-spec/proof-canon.txt"));
        assertThat(documentHash).isEqualTo(hex(HASHES.get("document-hash-hex")));
        assertThat(proofHash).isEqualTo(hex(HASHES.get("proof-hash-hex")));
        byte[] data = ProofTransform.hashData(proofHash, documentHash);
        assertThat(data).isEqualTo(hex(HASHES.get("data-to-sign-hex")));
        byte[] signature = KeyPairs.fromEd25519Seed(SEED).sign(data);
        assertThat(HexFormat.of().formatHex(signature)).isEqualTo(HASHES.get("signature-hex"));
        assertThat(Multibase.encodeBase58Btc(signature)).isEqualTo(HASHES.get("proof-value"));
    }

    @Test
    void signingTheCredentialGivesTheSignedVector() {
        ProofOptions options = ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
                Instant.parse("2010-01-01T19:23:24Z"));
        ObjectNode signed = DataIntegritySigner.of(KeyPairs.fromEd25519Seed(SEED)).sign(json("ob3-spec/ob-test-data.json"), options);
        assertThat(signed).isEqualTo(json("ob3-spec/ob-signed-credential.json"));
    }

    @Test
    void offlineVerificationUsesTheFragmentKeyAndLeavesTheBindingUnconfirmed() {
        assertThat(DataIntegrityVerifier.offline().verify(json("ob3-spec/ob-signed-credential.json")).verified())
                .as("strict by default: an unconfirmed fragment key fails the binding").isFalse();
        DataIntegrityReport report = DataIntegrityVerifier.builder().keyBinding(BindingMode.LENIENT).build()
                .verify(json("ob3-spec/ob-signed-credential.json"));
        assertThat(report.verified()).as(report.toString()).isTrue();
        ProofResult proof = report.proofs().get(0);
        assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.PASSED);
        assertThat(proof.outcome(ProofCheck.KEY)).isEqualTo(Outcome.WARNING);
        assertThat(proof.key().orElseThrow().origin()).isEqualTo(KeyOrigin.FRAGMENT);
        assertThat(proof.outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.WARNING);
        assertThat(proof.path()).isEqualTo("/proof");
    }

    @Test
    void everyCheckIdAppearsOnceInOrder() {
        DataIntegrityReport report = DataIntegrityVerifier.offline().verify(json("ob3-spec/ob-signed-credential.json"));
        assertThat(report.proofs().get(0).checks()).extracting(c -> c.step()).containsExactly(
                ProofCheck.FORMAT, ProofCheck.CRYPTOSUITE, ProofCheck.PURPOSE, ProofCheck.CONTEXT,
                ProofCheck.CANONICALIZATION, ProofCheck.KEY, ProofCheck.SIGNATURE, ProofCheck.KEY_BINDING);
        assertThat(List.copyOf(report.allChecks())).hasSize(9);
    }
}
