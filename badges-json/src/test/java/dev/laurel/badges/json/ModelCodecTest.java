package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Term;
import dev.laurel.badges.core.model.Timestamp;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ModelCodecTest {

    /** A test vocabulary. */
    public record Kind(String value) implements Term {
        public static Kind of(String value) {
            return new Kind(value);
        }

        @Override
        public boolean isStandard() {
            return value.equals("Standard");
        }
    }

    /** A test leaf record. */
    public record Leaf(Optional<String> id, List<String> type, Optional<String> name, Extensions extensions)
            implements Identified {
    }

    /** A test document record following the model conventions. */
    public record Doc(List<JsonValue> context, Optional<String> id, List<String> type, Optional<String> name,
                      Optional<Boolean> flag, Optional<BigDecimal> credits, Optional<Integer> count,
                      Optional<Timestamp> issuedOn, Optional<Kind> kind, Optional<Ref<Leaf>> issuer,
                      List<Ref<Leaf>> evidence, List<Leaf> leaves, Optional<JsonValue> any, Extensions extensions)
            implements Identified {
    }

    private final StrictJson json = StrictJson.of(JsonLimits.DEFAULT);
    private final ModelCodec codec = ModelCodec.instance();

    private JsonNode tree(String text) {
        return json.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private Doc read(String text, List<Problem> problems) {
        return codec.read(Doc.class, (ObjectNode) tree(text), "", problems);
    }

    private void assertRoundTrip(String text) {
        List<Problem> problems = new ArrayList<>();
        Doc doc = read(text, problems);
        ObjectNode written = codec.write(doc);
        assertThat(tree(written.toString())).isEqualTo(tree(text));
    }

    @Test
    void readsTypedProperties() {
        List<Problem> problems = new ArrayList<>();
        Doc doc = read("""
                {"@context": "https://w3id.org/openbadges/v2", "id": "urn:x", "type": "Assertion",
                 "name": "n", "flag": true, "credits": 3.0, "count": 7, "issuedOn": 1420070400,
                 "kind": "ext:Mine", "issuer": "https://example.org/i",
                 "evidence": [{"id": "https://e", "name": "E"}, "https://f"],
                 "leaves": {"name": "single"}, "any": {"deep": [1, null]}}
                """, problems);
        assertThat(problems).isEmpty();
        assertThat(doc.context()).containsExactly(JsonValue.of("https://w3id.org/openbadges/v2"));
        assertThat(doc.type()).containsExactly("Assertion");
        assertThat(doc.credits()).contains(new BigDecimal("3.0"));
        assertThat(doc.issuedOn().orElseThrow().instant().getEpochSecond()).isEqualTo(1420070400L);
        assertThat(doc.kind().orElseThrow().isStandard()).isFalse();
        assertThat(doc.issuer().flatMap(Ref::id)).contains("https://example.org/i");
        assertThat(doc.evidence()).hasSize(2);
        assertThat(doc.evidence().get(0).embedded().flatMap(Leaf::name)).contains("E");
        assertThat(doc.leaves()).hasSize(1);
        assertThat(doc.extensions().compacted()).containsExactly("@context", "type", "leaves");
    }

    @Test
    void roundTripKeepsEveryForm() {
        assertRoundTrip("""
                {"@context": ["https://w3id.org/openbadges/v2", {"x": "https://x/"}], "id": "urn:x",
                 "type": "Assertion", "credits": 3.0, "issuedOn": "2016-12-31T23:59:59+00:00",
                 "evidence": "https://only", "leaves": [], "any": null, "x:unknown": {"a": [1, 2.50]}}
                """);
    }

    @Test
    void wrongTypeIsKeptAndReported() {
        List<Problem> problems = new ArrayList<>();
        String text = "{\"name\": 5, \"evidence\": [\"https://a\", 7], \"issuedOn\": \"yesterday\"}";
        Doc doc = read(text, problems);
        assertThat(doc.name()).isEmpty();
        assertThat(doc.evidence()).isEmpty();
        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("/name", "/evidence", "/issuedOn");
        assertThat(problems).allMatch(p -> p.code() == JsonCode.WRONG_TYPE);
        assertThat(problems.stream().filter(p -> p.path().equals("/name")).findFirst().orElseThrow().message())
                .isEqualTo("expected a string, got the number 5");
        assertRoundTrip(text);
    }

    @Test
    void nestedProblemsCarryTheirPointer() {
        List<Problem> problems = new ArrayList<>();
        read("{\"leaves\": [{\"name\": \"ok\"}, {\"name\": [\"bad\"]}], \"issuer\": {\"a/b\": 1, \"name\": false}}",
                problems);
        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("/leaves/1/name", "/issuer/name");
    }

    @Test
    void writtenDocumentPutsTypedPropertiesFirstInComponentOrder() {
        List<Problem> problems = new ArrayList<>();
        Doc doc = read("{\"z\": 1, \"name\": \"n\", \"id\": \"urn:a\"}", problems);
        assertThat(codec.write(doc).fieldNames()).toIterable().containsExactly("id", "name", "z");
    }

    @Test
    void supportsOnlyConventionalRecords() {
        assertThat(codec.supports(Doc.class)).isTrue();
        assertThat(codec.supports(String.class)).isFalse();
        assertThat(codec.supports(Problem.class)).isFalse();
    }
}
