package dev.laurel.badges.verify.dataintegrity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.verify.keys.Multibase;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing ecdsa-sd-2023 proof values, against the W3C vc-di-ecdsa vectors. */
class EcdsaSdProofValueTest {

    private static final String DIR = "/vectors/w3c-vc-di-ecdsa/ecdsa-sd-2023/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode vector(String path) {
        try (InputStream in = EcdsaSdProofValueTest.class.getResourceAsStream(DIR + path)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String derivedProofValue(String example) {
        return vector(example + "/derivedRevealDocument.json").get("proof").get("proofValue").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void derivedProofValueParsesToTheVectorsComponents(String example) throws SdProofValueException {
        JsonNode expected = vector(example + "/verifyDerivedProofValue.json");

        EcdsaSdProofValue.Derived d = EcdsaSdProofValue.parseDerived(derivedProofValue(example));

        assertThat(HexFormat.of().formatHex(d.baseSignature())).isEqualTo(expected.get("baseSignature").asText());
        assertThat(d.publicKey()).hasSize(35);
        assertThat(Multibase.encodeBase58Btc(d.publicKey())).isEqualTo(expected.get("publicKey").asText());
        List<String> signatures = new ArrayList<>();
        d.signatures().forEach(s -> signatures.add(HexFormat.of().formatHex(s)));
        List<String> expectedSignatures = new ArrayList<>();
        expected.get("signatures").forEach(s -> expectedSignatures.add(s.asText()));
        assertThat(signatures).hasSize(expected.get("signatures").size()).isEqualTo(expectedSignatures);
        Map<String, String> labelMap = new LinkedHashMap<>();
        expected.get("labelMap").forEach(e -> labelMap.put(e.get(0).asText(), e.get(1).asText()));
        assertThat(d.labelMap()).isEqualTo(labelMap);
        List<Integer> indexes = new ArrayList<>();
        expected.get("mandatoryIndexes").forEach(i -> indexes.add(i.asInt()));
        assertThat(d.mandatoryIndexes()).isEqualTo(indexes);
    }

    @Test
    void prcDerivedProofHasSixSignaturesTwoLabelsAndFourMandatoryIndexes() throws SdProofValueException {
        EcdsaSdProofValue.Derived d = EcdsaSdProofValue.parseDerived(derivedProofValue("prc"));

        assertThat(d.signatures()).hasSize(6);
        assertThat(d.labelMap()).containsOnlyKeys("c14n0", "c14n1")
                .containsEntry("c14n0", "u3Lv2QpFgo-YAegc1cQQKWJFW2sEjQF6FfuZ0VEoMKHg");
        assertThat(d.mandatoryIndexes()).containsExactly(0, 4, 5, 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void baseProofValueIsRecognisedAndNotParsedAsDerived(String example) throws SdProofValueException {
        String base = vector(example + "/addSignedSDBase.json").get("proof").get("proofValue").asText();

        assertThat(EcdsaSdProofValue.kind(base)).isEqualTo(EcdsaSdProofValue.Kind.BASE);
        assertThat(EcdsaSdProofValue.kind(derivedProofValue(example))).isEqualTo(EcdsaSdProofValue.Kind.DERIVED);
        assertThatThrownBy(() -> EcdsaSdProofValue.parseDerived(base))
                .isInstanceOf(SdProofValueException.class).hasMessageContaining("base proof");
    }

    private static String encode(byte[] bytes) {
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] derivedBytes(String example) {
        return Base64.getUrlDecoder().decode(derivedProofValue(example).substring(1));
    }

    @Test
    void truncatedDerivedProofValueIsRefused() {
        byte[] b = derivedBytes("prc");
        byte[] cut = java.util.Arrays.copyOf(b, b.length - 10);

        assertThatThrownBy(() -> EcdsaSdProofValue.parseDerived(encode(cut))).isInstanceOf(SdProofValueException.class);
    }

    @Test
    void trailingBytesAreRefused() {
        byte[] b = derivedBytes("prc");
        byte[] longer = java.util.Arrays.copyOf(b, b.length + 1);

        assertThatThrownBy(() -> EcdsaSdProofValue.parseDerived(encode(longer)))
                .isInstanceOf(SdProofValueException.class).hasMessageContaining("after its CBOR array");
    }

    @Test
    void arrayOfFourComponentsIsRefused() {
        byte[] b = derivedBytes("prc");
        b[3] = (byte) 0x84; // array(5) -> array(4)

        assertThatThrownBy(() -> EcdsaSdProofValue.parseDerived(encode(b))).isInstanceOf(SdProofValueException.class);
    }

    @Test
    void baseSignatureOfTheWrongLengthIsRefused() {
        // header, array(5), bstr(63) ...
        byte[] b = {(byte) 0xd9, 0x5d, 0x01, (byte) 0x85, 0x58, 0x3f};
        byte[] value = java.util.Arrays.copyOf(b, b.length + 63);

        assertThatThrownBy(() -> EcdsaSdProofValue.parseDerived(encode(value)))
                .isInstanceOf(SdProofValueException.class).hasMessageContaining("the base signature is 63 bytes, not 64");
    }

    @Test
    void paddedOrNonBase64urlValuesAreRefused() {
        assertThatThrownBy(() -> EcdsaSdProofValue.kind("u2V0B=")).isInstanceOf(SdProofValueException.class)
                .hasMessageContaining("padded");
        assertThatThrownBy(() -> EcdsaSdProofValue.kind("u2V0B+/")).isInstanceOf(SdProofValueException.class)
                .hasMessageContaining("not base64url");
        assertThatThrownBy(() -> EcdsaSdProofValue.kind("z2V0B")).isInstanceOf(SdProofValueException.class)
                .hasMessageContaining("starts with u");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void derivedProofValueSerialisesBackToTheVectorsBytes(String example) throws SdProofValueException {
        String proofValue = derivedProofValue(example);

        assertThat(EcdsaSdProofValue.serializeDerived(EcdsaSdProofValue.parseDerived(proofValue))).isEqualTo(proofValue);
    }

    @Test
    void compressedLabelMapHasIntegerKeysAndLabelBytes() throws SdProofValueException {
        EcdsaSdProofValue.Derived d = EcdsaSdProofValue.parseDerived(derivedProofValue("prc"));

        Map<Integer, byte[]> compressed = EcdsaSdProofValue.compressLabelMap(d.labelMap());

        assertThat(compressed.keySet()).containsExactly(0, 1);
        assertThat("u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.get(1)))
                .isEqualTo("uVkUuBrlOaELGVQWJD4M_qW5bcKEHWGNbOrPA_qAOKKw");
        assertThatThrownBy(() -> EcdsaSdProofValue.compressLabelMap(Map.of("b0", d.labelMap().get("c14n0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b0");
        assertThatThrownBy(() -> EcdsaSdProofValue.compressLabelMap(Map.of("c14n0", "uAAAA")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }
}
