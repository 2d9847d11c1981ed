package dev.laurel.badges.verify.dataintegrity.internal;

import static dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdProofValueTest.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multikey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verifier's data of ecdsa-sd-2023 ({@code createVerifyData}) reproduced byte for byte from the W3C
 * vc-di-ecdsa vectors, and the vectors' signatures checked over it.
 */
class EcdsaSdVerifyDataTest {

    private static final String CONTEXT_URL = "https://w3id.org/citizenship/v4rc1";

    private static Canonicalizer canonicalizer() {
        try (InputStream in = EcdsaSdVerifyDataTest.class.getResourceAsStream(
                "/vectors/w3c-vc-di-ecdsa/ecdsa-sd-2023/contexts/citizenship-v4rc1.jsonld")) {
            String context = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64, Canonicalizer.DEFAULT_MAX_VALUES,
                    Map.of(CONTEXT_URL, context));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static ObjectNode unsecuredReveal(String example) {
        return (ObjectNode) vector(example + "/derivedUnsignedReveal.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void relabelledCanonicalNQuadsAreTheVectors(String example) throws Exception {
        EcdsaSdProofValue.Derived d = EcdsaSdProofValue.parseDerived(
                vector(example + "/derivedRevealDocument.json").get("proof").get("proofValue").asText());

        List<String> nquads = EcdsaSdVerifyData.relabel(canonicalizer().canonicalize(unsecuredReveal(example)), d.labelMap());

        assertThat(nquads).isEqualTo(strings(vector(example + "/verifyNQuads.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void verifyDataIsTheVectorsAndItsSignaturesVerify(String example) throws Exception {
        JsonNode derivedDocument = vector(example + "/derivedRevealDocument.json");
        JsonNode expected = vector(example + "/verifyCreateVerifyData.json");
        EcdsaSdProofValue.Derived d = EcdsaSdProofValue.parseDerived(derivedDocument.get("proof").get("proofValue").asText());
        Canonicalizer canon = canonicalizer();

        ObjectNode config = ProofTransform.proofConfiguration((ObjectNode) derivedDocument.get("proof"), derivedDocument.get("@context"));
        byte[] proofHash = ProofTransform.sha256(canon.canonicalizeProofConfiguration(config));
        EcdsaSdVerifyData.Groups groups = EcdsaSdVerifyData.group(
                EcdsaSdVerifyData.relabel(canon.canonicalize(unsecuredReveal(example)), d.labelMap()), d.mandatoryIndexes());
        byte[] mandatoryHash = EcdsaSdVerifyData.mandatoryHash(groups.mandatory());

        assertThat(HexFormat.of().formatHex(proofHash)).isEqualTo(expected.get("proofHash").asText());
        assertThat(HexFormat.of().formatHex(mandatoryHash)).isEqualTo(expected.get("mandatoryHash").asText());
        assertThat(groups.nonMandatory()).isEqualTo(strings(expected.get("nonMandatory")));
        assertThat(d.signatures()).hasSameSizeAs(groups.nonMandatory());

        JsonNode keys = vector("SDKeyMaterial.json");
        LaurelKey issuer = Multikey.decodePublicKey(keys.get("baseKeyPair").get("publicKeyMultibase").asText()).orElseThrow();
        LaurelKey ephemeral = Multikey.ec(KeyKind.P256, Arrays.copyOfRange(d.publicKey(), 2, 35)).orElseThrow();
        assertThat(ephemeral.publicKeyMultibase()).isEqualTo(keys.get("proofKeyPair").get("publicKeyMultibase").asText());
        byte[] signData = EcdsaSdVerifyData.signData(proofHash, d.publicKey(), mandatoryHash);
        assertThat(issuer.verify(signData, d.baseSignature())).isTrue();
        assertThat(ephemeral.verify(signData, d.baseSignature())).isFalse();
        for (int i = 0; i < d.signatures().size(); i++) {
            assertThat(ephemeral.verify(EcdsaSdVerifyData.statementBytes(groups.nonMandatory().get(i)), d.signatures().get(i)))
                    .as("signature %d", i).isTrue();
        }
    }

    @Test
    void relabellingKeepsLiteralsThatLookLikeBlankNodes() throws Exception {
        String nquads = "_:c14n0 <https://example.com/p> \"_:c14n0 is not a node\" .\n"
                + "_:c14n0 <https://example.com/q> _:c14n1 .\n";

        List<String> out = EcdsaSdVerifyData.relabel(nquads, Map.of("c14n0", "uB", "c14n1", "uA"));

        assertThat(out).containsExactly(
                "_:uB <https://example.com/p> \"_:c14n0 is not a node\" .\n",
                "_:uB <https://example.com/q> _:uA .\n");
    }

    @Test
    void relabellingSortsTheResult() throws Exception {
        String nquads = "_:c14n0 <https://example.com/p> \"a\" .\n_:c14n1 <https://example.com/p> \"b\" .\n";

        assertThat(EcdsaSdVerifyData.relabel(nquads, Map.of("c14n0", "uZ", "c14n1", "uA")))
                .containsExactly("_:uA <https://example.com/p> \"b\" .\n", "_:uZ <https://example.com/p> \"a\" .\n");
    }

    @Test
    void blankNodeMissingFromTheLabelMapIsRefused() {
        String nquads = "_:c14n0 <https://example.com/p> _:c14n1 .\n";

        assertThatThrownBy(() -> EcdsaSdVerifyData.relabel(nquads, Map.of("c14n0", "uA")))
                .isInstanceOf(SdProofValueException.class).hasMessageContaining("no label for the blank node _:c14n1");
    }

    @Test
    void mandatoryIndexOutOfRangeOrRepeatedIsRefused() {
        List<String> nquads = List.of("a\n", "b\n");

        assertThatThrownBy(() -> EcdsaSdVerifyData.group(nquads, List.of(2)))
                .isInstanceOf(SdProofValueException.class).hasMessageContaining("not an index of the 2");
        assertThatThrownBy(() -> EcdsaSdVerifyData.group(nquads, List.of(1, 1)))
                .isInstanceOf(SdProofValueException.class).hasMessageContaining("twice");
    }
}
