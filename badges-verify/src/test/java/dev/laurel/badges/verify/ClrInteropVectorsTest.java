package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.ValidationResult;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.dataintegrity.ProofResult;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CLR 2.0 interoperability with Digital Bazaar's eddsa-rdfc-2022 implementation (issue 16), on the fixed files of
 * {@code vectors/interop-clr/} (see its {@code ORIGIN.md}). Until badges-verify verifies CLRs as badges, the proofs
 * are checked with the low-level {@link DataIntegrityVerifier}: the CLR's own proof, then each nested credential's
 * proof on its own, as Digital Bazaar's verifier did with {@code tools/interop/interop.mjs eddsa-verify}.
 */
class ClrInteropVectorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DataIntegrityVerifier VERIFIER = DataIntegrityVerifier.offline();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ClrInteropVectorsTest.class.getResourceAsStream("/vectors/interop-clr/" + name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static ObjectNode document(String name) throws IOException {
        return (ObjectNode) MAPPER.readTree(resource(name));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<ObjectNode> nested(ObjectNode clr) {
        List<ObjectNode> credentials = new ArrayList<>();
        clr.at("/credentialSubject/verifiableCredential").forEach(c -> credentials.add((ObjectNode) c));
        return credentials;
    }

    /**
     * Asserts that the document's one proof is an eddsa-rdfc-2022 proof by its issuer's did:key and verifies, every
     * check passed or skipped.
     */
    private static void assertVerifiedByIssuer(ObjectNode doc, String what) {
        DataIntegrityReport report = VERIFIER.verify(doc);
        assertThat(report.verified()).as("%s: %s", what, report).isTrue();
        assertThat(report.allChecks()).as(what).noneMatch(c -> c.outcome() == Outcome.FAILED);
        assertThat(report.proofs()).as(what).hasSize(1);
        ProofResult proof = report.proofs().get(0);
        assertThat(proof.suite()).as(what).contains(ProofSuite.EDDSA_RDFC_2022);
        String issuer = doc.at("/issuer/id").asText();
        assertThat(issuer).as(what).startsWith("did:key:z6Mk");
        assertThat(proof.verificationMethod()).as(what).hasValueSatisfying(vm -> assertThat(vm).startsWith(issuer + "#"));
        assertThat(proof.check(ProofCheck.KEY_BINDING).map(c -> c.outcome())).as(what).contains(Outcome.PASSED);
    }

    /** Each file is the one recorded in ORIGIN.md, byte for byte (so Digital Bazaar's recorded verdicts apply). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "laurel-clr.json,          9008a285696282deb956d593c9cdadca28ce703209ffe01549092b6d8131b765",
        "laurel-clr-tampered.json, 6375e7ad908fe46c0a476da5cb9d1bbbc2e48ae51ee65c59a4ba3bc0ce6773fe",
        "unsigned-clr.json,        4fd8a1f5bcb609c4198a7c95daa481c0ae960d0e6eb03b8bc3dbe26dac45eaa3",
        "db-clr.json,              fa8a7af44b930280961bc715be205718b75903204d307eaac1a3a06a89ca93e8"
    })
    void filesAreTheRecordedOnes(String file, String sha256) throws Exception {
        assertThat(sha256(resource(file))).isEqualTo(sha256);
    }

    /**
     * The CLR signed by Laurel and the one signed by Digital Bazaar: the outer proof and each of the three nested
     * proofs verify, each by its own issuer's key, four different keys.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"laurel-clr.json", "db-clr.json"})
    void outerAndEveryNestedProofVerify(String file) throws Exception {
        ObjectNode clr = document(file);
        assertThat(clr.get("type").toString()).contains("\"ClrCredential\"");
        assertVerifiedByIssuer(clr, file);
        List<ObjectNode> nested = nested(clr);
        assertThat(nested).hasSize(3);
        Set<String> issuers = new HashSet<>(Set.of(clr.at("/issuer/id").asText()));
        for (int i = 0; i < nested.size(); i++) {
            assertVerifiedByIssuer(nested.get(i), file + " nested " + i);
            issuers.add(nested.get(i).at("/issuer/id").asText());
        }
        assertThat(issuers).as("one key for the CLR and one for each nested credential").hasSize(4);
    }

    /**
     * The tampered file: the second nested credential's name was changed after it was signed and before the CLR was,
     * so the outer proof verifies and that nested proof fails its signature; the other two still verify.
     */
    @Test
    void aNestedCredentialChangedBeforeTheOuterSigningFailsAloneInTheTamperedFile() throws Exception {
        ObjectNode clr = document("laurel-clr-tampered.json");
        assertVerifiedByIssuer(clr, "tampered outer");
        List<ObjectNode> nested = nested(clr);
        assertThat(nested).hasSize(3);
        assertVerifiedByIssuer(nested.get(0), "tampered nested 0");
        assertVerifiedByIssuer(nested.get(2), "tampered nested 2");

        DataIntegrityReport report = VERIFIER.verify(nested.get(1));
        assertThat(report.verified()).isFalse();
        assertThat(report.proofs()).hasSize(1);
        assertThat(report.proofs().get(0).check(ProofCheck.SIGNATURE).map(c -> c.outcome())).contains(Outcome.FAILED);

        // The same proof as in the good file, over a changed name: only the content differs.
        ObjectNode good = nested(document("laurel-clr.json")).get(1);
        assertThat(nested.get(1).get("proof")).isEqualTo(good.get("proof"));
        assertThat(nested.get(1).get("name")).isNotEqualTo(good.get("name"));
        ObjectNode restored = nested.get(1).deepCopy();
        restored.set("name", good.get("name"));
        assertThat(restored).isEqualTo(good);
    }

    /** A changed claim in the CLR itself fails the outer proof, in both signers' files: the checks above can fail. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"laurel-clr.json", "db-clr.json"})
    void aChangedOuterClaimFailsTheOuterProof(String file) throws Exception {
        ObjectNode clr = document(file);
        clr.put("name", "Comprehensive Learner Record (changed)");
        DataIntegrityReport report = VERIFIER.verify(clr);
        assertThat(report.verified()).isFalse();
        assertThat(report.proofs().get(0).check(ProofCheck.SIGNATURE).map(c -> c.outcome())).contains(Outcome.FAILED);
    }

    /**
     * Both signers signed the same unsigned CLR: take the proofs (and, for Digital Bazaar's fresh keys, the issuer
     * ids) away and every file is {@code unsigned-clr.json}, which is a valid CLR with valid nested credentials.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"laurel-clr.json", "db-clr.json"})
    void bothSignedTheSameUnsignedClr(String file) throws Exception {
        ObjectNode unsigned = document("unsigned-clr.json");
        ValidationResult validation = BadgeJson.standard().validate(resource("unsigned-clr.json"));
        assertThat(validation.problems()).isEmpty();

        ObjectNode signed = document(file);
        stripProofAndIssuerId(signed);
        nested(signed).forEach(ClrInteropVectorsTest::stripProofAndIssuerId);
        stripProofAndIssuerId(unsigned);
        nested(unsigned).forEach(ClrInteropVectorsTest::stripProofAndIssuerId);
        assertThat(signed).isEqualTo(unsigned);
    }

    private static void stripProofAndIssuerId(ObjectNode doc) {
        doc.remove("proof");
        ((ObjectNode) doc.get("issuer")).remove("id");
    }
}
