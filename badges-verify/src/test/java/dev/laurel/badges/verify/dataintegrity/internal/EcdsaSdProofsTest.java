package dev.laurel.badges.verify.dataintegrity.internal;

import static dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdBaseTest.canonicalizer;
import static dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdBaseTest.strings;
import static dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdGroupsTest.SELECTIVE;
import static dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdGroupsTest.hmacKey;
import static dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdGroupsTest.unsecured;
import static dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdProofValueTest.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multibase;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Base proof creation and derivation against the W3C vectors (fixed keys; only ECDSA signatures are random). */
class EcdsaSdProofsTest {

    private static LaurelKey key(String which) {
        return KeyPairs.fromSecretKeyMultibase(vector("SDKeyMaterial.json").get(which).get("secretKeyMultibase").asText());
    }

    private static byte[] hex(JsonNode node) {
        return HexFormat.of().parseHex(node.asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void derivationFromTheVectorsBaseProofIsTheVectorsDerivedProofByteForByte(String example) throws Exception {
        EcdsaSdProofValue.Base base = EcdsaSdProofValue.parseBase(
                vector(example + "/addSignedSDBase.json").get("proof").get("proofValue").asText());

        EcdsaSdProofs.Disclosure disclosure = EcdsaSdProofs.derive(canonicalizer(), unsecured(example), base, SELECTIVE);

        JsonNode data = vector(example + "/derivedDisclosureData.json");
        assertThat(disclosure.derived().mandatoryIndexes()).containsExactlyElementsOf(
                strings(data.get("mandatoryIndexes")).stream().map(Integer::valueOf).toList());
        assertThat(disclosure.derived().signatures()).extracting(s -> HexFormat.of().formatHex(s))
                .containsExactlyElementsOf(strings(data.get("signatures")));
        data.get("labelMap").get("value").forEach(e ->
                assertThat(disclosure.derived().labelMap()).containsEntry(e.get(0).asText(), e.get(1).asText()));
        assertThat(disclosure.derived().labelMap()).hasSize(data.get("labelMap").get("value").size());
        assertThat(disclosure.revealDocument().toString()).isEqualTo(vector(example + "/derivedUnsignedReveal.json").toString());
        assertThat(EcdsaSdProofValue.serializeDerived(disclosure.derived()))
                .isEqualTo(vector(example + "/derivedRevealDocument.json").get("proof").get("proofValue").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void baseProofWithTheVectorsKeysHasTheVectorsComponentsAndSignaturesThatVerify(String example) throws Exception {
        JsonNode hashes = vector(example + "/addHashData.json");
        JsonNode raw = vector(example + "/addRawBaseSignatureInfo.json");
        LaurelKey issuer = key("baseKeyPair");
        LaurelKey ephemeral = key("proofKeyPair");

        EcdsaSdProofValue.Base base = EcdsaSdProofs.createBase(canonicalizer(), unsecured(example),
                hex(hashes.get("proofHash")), List.of("/issuer"), issuer, ephemeral, hmacKey());

        assertThat(Multibase.encodeBase58Btc(base.publicKey())).isEqualTo(raw.get("publicKey").asText());
        assertThat(base.hmacKey()).isEqualTo(hmacKey());
        assertThat(base.mandatoryPointers()).containsExactly("/issuer");
        List<String> nonMandatory = strings(nonMandatory(example));
        assertThat(base.signatures()).hasSize(raw.get("signatures").size()).hasSize(nonMandatory.size());
        for (int i = 0; i < nonMandatory.size(); i++) {
            assertThat(ephemeral.verify(EcdsaSdVerifyData.statementBytes(nonMandatory.get(i)), base.signatures().get(i)))
                    .as("signature %d", i).isTrue();
        }
        byte[] signData = EcdsaSdVerifyData.signData(hex(hashes.get("proofHash")), base.publicKey(),
                hex(hashes.get("mandatoryHash")));
        assertThat(issuer.verify(signData, base.baseSignature())).isTrue();
        assertThat(ephemeral.verify(signData, base.baseSignature())).isFalse();
        // The vector's own base signature is over the same data (ECDSA is randomised, so the bytes differ).
        assertThat(issuer.verify(signData, hex(raw.get("baseSignature")))).isTrue();
    }

    private static JsonNode nonMandatory(String example) {
        com.fasterxml.jackson.databind.node.ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        vector(example + "/addBaseTransform.json").get("nonMandatory").get("value").forEach(e -> out.add(e.get(1)));
        return out;
    }

    @org.junit.jupiter.api.Test
    void baseProofOfAnotherDocumentIsRefused() throws Exception {
        String example = "prc";
        EcdsaSdProofValue.Base base = EcdsaSdProofValue.parseBase(
                vector(example + "/addSignedSDBase.json").get("proof").get("proofValue").asText());
        var other = unsecured(example);
        ((com.fasterxml.jackson.databind.node.ObjectNode) other.get("credentialSubject")).put("additionalName", "X");

        assertThatThrownBy(() -> EcdsaSdProofs.derive(canonicalizer(), other, base, SELECTIVE))
                .isInstanceOf(SdProofValueException.class).hasMessageContaining("not this document's");
    }
}
