package dev.laurel.badges.verify.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Whatever the claims, a signed credential verifies, and any change to a claim breaks the signature. */
class DataIntegrityProperties {

    private static final DataIntegrityVerifier VERIFIER = DataIntegrityVerifier.offline();

    private static ObjectNode credential(LaurelKey keys, String name, String narrative) {
        ObjectNode doc = TestFiles.json("ob3-examples/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        ((ObjectNode) doc.get("issuer")).put("id", keys.didKey());
        doc.put("name", name);
        ((ObjectNode) doc.get("credentialSubject").get("achievement").get("criteria")).put("narrative", narrative);
        return doc;
    }

    @Property(tries = 40)
    void signedCredentialsVerifyAndChangesBreakThem(@ForAll @Size(32) byte[] seed, @ForAll @StringLength(max = 40) String name,
            @ForAll @StringLength(max = 200) String narrative) {
        LaurelKey keys = KeyPairs.fromEd25519Seed(seed);
        ObjectNode signed = DataIntegritySigner.of(keys).sign(credential(keys, name, narrative), ProofOptions.of(
                ProofSuite.EDDSA_RDFC_2022, keys.didKeyVerificationMethod(), Instant.parse("2024-01-01T00:00:00Z")));
        DataIntegrityReport report = VERIFIER.verify(signed);
        assertThat(report.verified()).as("%s", report).isTrue();

        signed.put("name", name + "x");
        assertThat(VERIFIER.verify(signed).proofs().get(0).outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);
    }
}
