package dev.laurel.badges.verify.dataintegrity.internal;

import static dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdProofValueTest.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.Multibase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The holder's side of ecdsa-sd-2023 on the W3C vectors: the base
 * proof value parses to the vectors' components, and the HMAC blank node labels of the base document are
 * the vectors'.
 */
class EcdsaSdBaseTest {

    static Canonicalizer canonicalizer() {
        try (InputStream in = EcdsaSdBaseTest.class.getResourceAsStream(
                "/vectors/w3c-vc-di-ecdsa/ecdsa-sd-2023/contexts/citizenship-v4rc1.jsonld")) {
            return new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64, Canonicalizer.DEFAULT_MAX_VALUES,
                    Map.of("https://w3id.org/citizenship/v4rc1", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void baseProofValueParsesToTheVectorsComponents(String example) throws SdProofValueException {
        JsonNode expected = vector(example + "/addRawBaseSignatureInfo.json");
        String proofValue = vector(example + "/addSignedSDBase.json").get("proof").get("proofValue").asText();

        EcdsaSdProofValue.Base b = EcdsaSdProofValue.parseBase(proofValue);

        assertThat(HexFormat.of().formatHex(b.baseSignature())).isEqualTo(expected.get("baseSignature").asText());
        assertThat(Multibase.encodeBase58Btc(b.publicKey())).isEqualTo(expected.get("publicKey").asText());
        assertThat(HexFormat.of().withUpperCase().formatHex(b.hmacKey()))
                .isEqualTo(vector("SDKeyMaterial.json").get("hmacKeyString").asText());
        List<String> signatures = new ArrayList<>();
        b.signatures().forEach(s -> signatures.add(HexFormat.of().formatHex(s)));
        assertThat(signatures).isEqualTo(strings(expected.get("signatures")));
        assertThat(b.mandatoryPointers()).isEqualTo(strings(expected.get("mandatoryPointers"))).containsExactly("/issuer");
        assertThatThrownBy(() -> EcdsaSdProofValue.parseBase(
                vector(example + "/derivedRevealDocument.json").get("proof").get("proofValue").asText()))
                .isInstanceOf(SdProofValueException.class).hasMessageContaining("derived proof, not a base proof");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void baseDocumentCanonicalisesToTheVectorsNQuads(String example) throws Exception {
        ObjectNode unsecured = ((ObjectNode) vector(example + "/addSignedSDBase.json")).deepCopy();
        unsecured.remove("proof");

        String canonical = canonicalizer().canonicalize(unsecured);

        assertThat(canonical).isEqualTo(String.join("", strings(vector(example + "/addBaseDocCanon.json"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void hmacLabelsAreTheVectors(String example) throws Exception {
        String canonical = String.join("", strings(vector(example + "/addBaseDocCanon.json")));
        byte[] hmacKey = HexFormat.of().parseHex(vector("SDKeyMaterial.json").get("hmacKeyString").asText());

        Map<String, String> labels = EcdsaSdLabels.hmacLabelMap(hmacKey, canonical);

        assertThat(labels).containsEntry("c14n1", "u3Lv2QpFgo-YAegc1cQQKWJFW2sEjQF6FfuZ0VEoMKHg");
        assertThat(EcdsaSdVerifyData.relabel(canonical, labels))
                .isEqualTo(strings(vector(example + "/addBaseDocHMACCanon.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void baseProofValueSerialisesBackToTheVectorsBytes(String example) throws SdProofValueException {
        String proofValue = vector(example + "/addSignedSDBase.json").get("proof").get("proofValue").asText();

        assertThat(EcdsaSdProofValue.serializeBase(EcdsaSdProofValue.parseBase(proofValue))).isEqualTo(proofValue);
    }
}
