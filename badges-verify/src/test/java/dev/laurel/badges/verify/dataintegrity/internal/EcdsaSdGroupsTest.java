package dev.laurel.badges.verify.dataintegrity.internal;

import static dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdBaseTest.canonicalizer;
import static dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdProofValueTest.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * canonicalizeAndGroup (skolemisation, HMAC labels, selection by JSON Pointers) against the intermediate
 * files of the W3C vectors. The vectors do not list the holder's selective pointers; both examples' reveal
 * documents and {@code derivedGroupIndexes.json} are those of {@link #SELECTIVE}.
 */
class EcdsaSdGroupsTest {

    static final List<String> SELECTIVE = List.of("/validFrom", "/validUntil", "/credentialSubject/birthCountry");

    static ObjectNode unsecured(String example) {
        ObjectNode document = ((ObjectNode) vector(example + "/addSignedSDBase.json")).deepCopy();
        document.remove("proof");
        return document;
    }

    static byte[] hmacKey() {
        return HexFormat.of().parseHex(vector("SDKeyMaterial.json").get("hmacKeyString").asText());
    }

    private static Map<Integer, String> map(JsonNode vectorMap) {
        Map<Integer, String> out = new TreeMap<>();
        vectorMap.get("value").forEach(e -> out.put(e.get(0).asInt(), e.get(1).asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode array) {
        return EcdsaSdBaseTest.strings(array).stream().map(Integer::valueOf).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void mandatoryGroupIsTheVectorsBaseTransform(String example) throws Exception {
        JsonNode transform = vector(example + "/addBaseTransform.json");
        List<String> pointers = EcdsaSdBaseTest.strings(transform.get("mandatoryPointers"));

        EcdsaSdGroups.Result result = EcdsaSdGroups.canonicalizeAndGroup(canonicalizer(), unsecured(example), hmacKey(),
                Map.of("mandatory", pointers));

        assertThat(result.nquads()).isEqualTo(EcdsaSdBaseTest.strings(vector(example + "/addBaseDocHMACCanon.json")));
        EcdsaSdGroups.Group mandatory = result.groups().get("mandatory");
        assertThat(mandatory.matching()).isEqualTo(map(transform.get("mandatory")));
        assertThat(mandatory.nonMatching()).isEqualTo(map(transform.get("nonMandatory")));
        assertThat(HexFormat.of().formatHex(EcdsaSdVerifyData.mandatoryHash(List.copyOf(mandatory.matching().values()))))
                .isEqualTo(vector(example + "/addHashData.json").get("mandatoryHash").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void mandatorySelectiveAndCombinedGroupsAreTheVectorsIndexes(String example) throws Exception {
        JsonNode indexes = vector(example + "/derivedGroupIndexes.json");
        Map<String, List<String>> definitions = new LinkedHashMap<>();
        definitions.put("mandatory", List.of("/issuer"));
        definitions.put("selective", SELECTIVE);
        List<String> combined = new ArrayList<>(List.of("/issuer"));
        combined.addAll(SELECTIVE);
        definitions.put("combined", combined);

        EcdsaSdGroups.Result result = EcdsaSdGroups.canonicalizeAndGroup(canonicalizer(), unsecured(example), hmacKey(),
                definitions);

        assertThat(List.copyOf(result.groups().get("mandatory").matching().keySet()))
                .isEqualTo(ints(indexes.get("mandatoryIndexes")));
        assertThat(List.copyOf(result.groups().get("mandatory").nonMatching().keySet()))
                .isEqualTo(ints(indexes.get("nonMandatoryIndexes")));
        assertThat(List.copyOf(result.groups().get("selective").matching().keySet()))
                .isEqualTo(ints(indexes.get("selectiveIndexes")));
        assertThat(List.copyOf(result.groups().get("combined").matching().keySet()))
                .isEqualTo(ints(indexes.get("combinedIndexes")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prc", "employ"})
    void selectingTheCombinedPointersGivesTheVectorsRevealDocument(String example) throws Exception {
        List<String> combined = new ArrayList<>(List.of("/issuer"));
        combined.addAll(SELECTIVE);

        ObjectNode reveal = JsonLdSelection.select(combined, unsecured(example)).orElseThrow();

        JsonNode expected = vector(example + "/derivedUnsignedReveal.json");
        assertThat(reveal).isEqualTo(expected);
        assertThat(reveal.toString()).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/issuer/nothing", "/credentialSubject/type/7", "/type/x", "/validFrom/0", "/nope"})
    void pointerToNothingIsRefused(String pointer) {
        assertThatThrownBy(() -> JsonLdSelection.select(List.of(pointer), unsecured("prc")))
                .isInstanceOf(SdPointerException.class).hasMessageContaining("does not match the document")
                .hasMessageContaining(pointer);
        assertThatThrownBy(() -> EcdsaSdGroups.canonicalizeAndGroup(canonicalizer(), unsecured("prc"), hmacKey(),
                Map.of("mandatory", List.of(pointer)))).isInstanceOf(SdPointerException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"issuer", "", "/a~2b", "/a~"})
    void textThatIsNotAPointerIsRefused(String pointer) {
        assertThatThrownBy(() -> JsonLdSelection.paths(pointer)).isInstanceOf(SdPointerException.class);
        assertThatThrownBy(() -> JsonLdSelection.select(List.of("/issuer", pointer), unsecured("prc")))
                .isInstanceOf(SdPointerException.class);
    }

    @org.junit.jupiter.api.Test
    void escapesAndArrayIndexesSelect() throws Exception {
        assertThat(JsonLdSelection.paths("/a~1b/~0c/0")).containsExactly("a/b", "~c", "0");
        ObjectNode doc = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"@context\":\"x\",\"id\":\"urn:d\",\"type\":\"T\",\"a/b\":[{\"id\":\"_:b0\",\"type\":\"U\",\"v\":1,\"w\":2},"
                        + "{\"v\":3}],\"~c\":4}");

        ObjectNode selection = JsonLdSelection.select(List.of("/a~1b/0/w", "/~0c"), doc).orElseThrow();

        assertThat(selection.toString()).isEqualTo(
                "{\"@context\":\"x\",\"id\":\"urn:d\",\"type\":\"T\",\"a/b\":[{\"type\":\"U\",\"w\":2}],\"~c\":4}");
        assertThat(JsonLdSelection.select(List.of(), doc)).isEmpty();
        assertThat(JsonLdSelection.select(List.of("/a~1b/1/v", "/a~1b/0/v"), doc).orElseThrow().get("a/b").toString())
                .isEqualTo("[{\"type\":\"U\",\"v\":1},{\"v\":3}]");
    }
}
