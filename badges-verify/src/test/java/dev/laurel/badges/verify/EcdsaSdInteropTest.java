package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.dataintegrity.SelectiveDisclosure;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ecdsa-sd-2023 interoperability with Digital Bazaar's {@code @digitalbazaar/ecdsa-sd-2023-cryptosuite} on
 * fixed files in {@code vectors/interop-ecdsa-sd/} (see its {@code ORIGIN.md}): Laurel verifies what Digital
 * Bazaar derived, derives from Digital Bazaar's base proof exactly what Digital Bazaar derives, and
 * re-derives from its own stored base credential the very bytes Digital Bazaar's verifier accepted.
 */
class EcdsaSdInteropTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> REVEALED = List.of("/name", "/credentialSubject/achievement");

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EcdsaSdInteropTest.class.getResourceAsStream("/vectors/interop-ecdsa-sd/" + name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static ObjectNode json(String name) throws IOException {
        return (ObjectNode) MAPPER.readTree(resource(name));
    }

    /** The files are those recorded in ORIGIN.md. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "db-base.json,                a0e52c94c80360126fd1e752d7e0b4376af2336ddef6ceddd0fb2f9f13dcfd65",
        "db-derived.json,             32ad928e2fe3a37e6df6bbd23d2c48dc0004783e1117e725df77397a0ed0093c",
        "laurel-base.json,            b4031260907449030637eab86898e763fe9a7b5ad7e041a1c20fde41477de808",
        "laurel-derived.json,         bcb140c0b04056ff4e9a2002902dc4b1c4b0871a38a78dbad6f877abf780799d",
        "laurel-derived-from-db.json, 27ebcea9588d18cbddb06c0fdc2fa4cd0ef419f060a75675257ebe3c3455760e",
        "db-derived-from-laurel.json, 8b46d69976699ec1e9506f9c8ac3066f32bc0b0717f2b081d028bc63f8d99952"
    })
    void filesAreTheRecordedOnes(String file, String sha256) throws Exception {
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(resource(file)))).isEqualTo(sha256);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"db-derived.json", "laurel-derived.json", "laurel-derived-from-db.json",
        "db-derived-from-laurel.json"})
    void derivedCredentialsVerifyOffline(String file) throws Exception {
        ObjectNode doc = json(file);
        assertThat(doc.at("/proof/cryptosuite").asText()).isEqualTo("ecdsa-sd-2023");
        assertThat(doc.at("/proof/verificationMethod").asText()).startsWith(doc.at("/issuer/id").asText() + "#zDna");

        VerificationReport report = Verifier.offline().verify(resource(file));

        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.outcome("proof.signature")).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome("proof.key")).isEqualTo(Outcome.PASSED);
    }

    @Test
    void laurelDerivesFromDigitalBazaarsBaseProofWhatDigitalBazaarDerives() throws Exception {
        ObjectNode derived = SelectiveDisclosure.create().derive(json("db-base.json"), REVEALED);

        assertThat(derived).isEqualTo(json("db-derived.json"));
        assertThat(BadgeJson.standard().serialize(derived, true) + "\n")
                .isEqualTo(new String(resource("laurel-derived-from-db.json"), StandardCharsets.UTF_8));
    }

    @Test
    void laurelReDerivesTheStoredFileDigitalBazaarVerifiedByteForByte() throws Exception {
        ObjectNode derived = SelectiveDisclosure.create().derive(json("laurel-base.json"), REVEALED);

        assertThat(BadgeJson.standard().serialize(derived, true) + "\n")
                .isEqualTo(new String(resource("laurel-derived.json"), StandardCharsets.UTF_8));
        assertThat(json("db-derived-from-laurel.json")).as("Digital Bazaar derives the same").isEqualTo(derived);
    }

    @Test
    void smallerDisclosuresOfDigitalBazaarsBaseProofVerify() throws Exception {
        for (List<String> pointers : List.of(List.<String>of(), List.of("/credentialSubject/achievement/name"),
                List.of("/credentialSubject/id", "/type/1", "/issuer/name"))) {
            ObjectNode derived = SelectiveDisclosure.create().derive(json("db-base.json"), pointers);
            assertThat(DataIntegrityVerifier.offline().verify(derived).verified()).as("%s", pointers).isTrue();
        }
    }

    /** The same files with one changed claim fail the signature check: the tests above can fail. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"db-derived.json", "laurel-derived.json"})
    void aChangedClaimFailsTheSignature(String file) throws Exception {
        ObjectNode doc = json(file);
        ((ObjectNode) doc.at("/credentialSubject/achievement")).put("name", "Leadership");
        VerificationReport report = Verifier.offline().verify(MAPPER.writeValueAsBytes(doc));
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome("proof.signature")).isEqualTo(Outcome.FAILED);
    }
}
