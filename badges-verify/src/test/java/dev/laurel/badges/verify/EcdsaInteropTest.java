package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ecdsa-rdfc-2019 interoperability with Digital Bazaar's implementation (issue 15), on fixed files in
 * {@code vectors/interop-ecdsa/} (see its {@code ORIGIN.md}): the two credentials Digital Bazaar signed
 * (P-256, P-384) verify with Laurel, and the two Laurel signed (the same bytes Digital Bazaar's verifier
 * reported as verified) verify with Laurel too.
 */
class EcdsaInteropTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EcdsaInteropTest.class.getResourceAsStream("/vectors/interop-ecdsa/" + name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /**
     * Each file is the one recorded in ORIGIN.md (same SHA-256), was signed by the key its issuer names, on
     * the expected curve, and verifies offline with every check passed or skipped.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "db-p256.json,     zDna, d77932b43d0c0f867067b520afb2a14e4f54228081307c953e300f77bbdd1734",
        "db-p384.json,     z82L, f5b7d7f584b92cd78237b92cd4e48c4ff90e85f9027ad048dff23f96a32c377e",
        "laurel-p256.json, zDna, 58812d39c270db7ad2245f98dfc151edc420fc2b974fb4f7ff26688880fa6575",
        "laurel-p384.json, z82L, 9608f22d84f72884b207bd3fb1cb9d2ac043990abf5760df945c58d6906df018"
    })
    void verifiesOffline(String file, String multikeyPrefix, String sha256) throws Exception {
        byte[] bytes = resource(file);
        assertThat(sha256(bytes)).as("the bytes recorded in ORIGIN.md").isEqualTo(sha256);

        ObjectNode doc = (ObjectNode) MAPPER.readTree(bytes);
        String issuer = doc.get("issuer").get("id").asText();
        assertThat(issuer).startsWith("did:key:" + multikeyPrefix);
        assertThat(doc.get("proof").get("cryptosuite").asText()).isEqualTo("ecdsa-rdfc-2019");
        assertThat(doc.get("proof").get("verificationMethod").asText()).startsWith(issuer + "#");

        VerificationReport report = Verifier.offline().verify(bytes);
        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.outcome("proof.signature")).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome("proof.key")).isEqualTo(Outcome.PASSED);
        assertThat(report.issuer()).contains(issuer);
    }

    /** The same files with one changed claim fail the signature check: the test above can fail. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"db-p256.json", "db-p384.json", "laurel-p256.json", "laurel-p384.json"})
    void aChangedClaimFailsTheSignature(String file) throws Exception {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(resource(file));
        doc.put("name", "Teamwork Badge (changed)");
        VerificationReport report = Verifier.offline().verify(MAPPER.writeValueAsBytes(doc));
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome("proof.signature")).isEqualTo(Outcome.FAILED);
    }
}
