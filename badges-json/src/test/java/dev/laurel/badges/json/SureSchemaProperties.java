package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.testing.Ob3Arbitraries;
import dev.laurel.badges.json.SureSchema.Verdict;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated valid credentials, each judged by the compiled check and by networknt: "certainly valid" must
 * never hide a finding and "certainly invalid" must always have one. The coverage checks make sure the
 * mutants are invalid often enough for the property to have teeth, and valid often enough that the fast
 * path is exercised too.
 */
class SureSchemaProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> VALID_EXAMPLES = List.of("ob_v3p0_docformat-00.json",
            "ob_v3p0_examples_achievementAlignmentCase-00.json", "ob_v3p0_examples_basicOpenBadgeCredential-00.json",
            "ob_v3p0_examples_fullOpenBadge-00.json", "ob_v3p0_examples_skillAssertionCtdl-00.json",
            "ob_v3p0_impl_recommended-practices-04.json", "ob_v3p0_equality-and-comparison-02.json");

    /** Strings that probe formats, patterns and enums: some valid where they land, most not. */
    private static final List<String> STRINGS = List.of("x", "", "2010-01-01T00:00:00Z", "2010-01-01t00:00:00z",
            "2010-01-01T00:00:00-00:00", "2016-12-31T23:59:60Z", "2010-01-01T00:00:00.1234567890Z",
            "2010-02-30T00:00:00Z",
            "2010-01-01T00:00:00", "2010-01-01", "2010-13-01", "not a uri", "https://example.org/a", "urn:uuid:1",
            "did:example:123", "a.b.c", "a..c", "a.b", "a.b.c.d", "a.b.c!", "ext:Foo", "ext:", "xext:Foo", "ext:a b",
            "Badge", "NotAType", "Achievement", "Profile", "AchievementSubject", "VerifiableCredential",
            "OpenBadgeCredential", "AchievementCredential", "IdentityObject", "Image", "Evidence", "Alignment",
            "Result", "emailAddress", "GradePointAverage", "Active", "en", "EN", "en-US", "zh-Hans-CN",
            "https://www.w3.org/ns/credentials/v2", "https://www.w3.org/2018/credentials/v1",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
            "CTDL", "Course", "LearningProgram", "id", "type");

    enum Kind {
        REMOVE, NUMBER, DECIMAL, BOOLEAN, NULL, STRING, EMPTY_OBJECT, EMPTY_ARRAY, WRAP_IN_ARRAY, UNWRAP,
        LANGUAGE_MAP, BAD_LANGUAGE_MAP, NEST_IN_OBJECT, ADD_PROPERTY, ADD_KNOWN_PROPERTY, APPEND_COPY, DUPLICATE_TREE
    }

    record Mutation(int where, Kind kind, int value) {
    }

    @Property(tries = 1500)
    void certainlyValidNeverHidesAFinding(@ForAll("mutants") JsonNode mutant) {
        Verdict verdict = SureSchema.ob3Verdict(mutant);
        boolean clean = Ob3Schema.validateWithEngine(mutant, false).isEmpty();
        Statistics.label("engine").collect(clean ? "valid" : "invalid");
        Statistics.label("checker").collect(verdict);
        if (verdict == Verdict.VALID) {
            assertThat(clean).as("checker said certainly valid, networknt found problems: %s", mutant).isTrue();
        }
        if (verdict == Verdict.INVALID) {
            assertThat(clean).as("checker said certainly invalid, networknt found nothing: %s", mutant).isFalse();
        }
        Statistics.label("engine").coverage(c -> c.check("invalid").percentage(p -> p >= 40.0));
        Statistics.label("checker").coverage(c -> c.check(Verdict.VALID).percentage(p -> p >= 10.0));
    }

    @Provide
    Arbitrary<JsonNode> mutants() {
        Arbitrary<JsonNode> examples = Arbitraries.of(VALID_EXAMPLES).map(SureSchemaProperties::example);
        Arbitrary<JsonNode> built = Ob3Arbitraries.credentials().map(c -> tree(BadgeJson.standard().write(c)));
        Arbitrary<JsonNode> bases = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, examples), net.jqwik.api.Tuple.of(1, built));
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1_000)).as(Mutation::new);
        return Combinators.combine(bases, mutation.list().ofMinSize(1).ofMaxSize(3))
                .as((base, mutations) -> {
                    JsonNode copy = base.deepCopy();
                    for (Mutation m : mutations) {
                        copy = apply(copy, m);
                    }
                    return copy;
                });
    }

    private static JsonNode example(String name) {
        try {
            return SureSchemaTest.read("ob3/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place in the tree: the container and the key or index of the value in it. */
    private record Slot(JsonNode parent, String key, int index) {
        JsonNode value() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode v) {
            if (key != null) {
                ((ObjectNode) parent).set(key, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }

        void remove() {
            if (key != null) {
                ((ObjectNode) parent).remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void slots(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                out.add(new Slot(node, f.getKey(), -1));
                slots(f.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                slots(node.get(i), out);
            }
        }
    }

    private static JsonNode apply(JsonNode root, Mutation m) {
        List<Slot> slots = new ArrayList<>();
        slots(root, slots);
        if (slots.isEmpty()) {
            return root;
        }
        Slot slot = slots.get(m.where() % slots.size());
        JsonNode old = slot.value();
        String text = STRINGS.get(m.value() % STRINGS.size());
        switch (m.kind()) {
            case REMOVE -> slot.remove();
            case NUMBER -> slot.set(NODES.numberNode(m.value()));
            case DECIMAL -> slot.set(NODES.numberNode(new BigDecimal("1.5")));
            case BOOLEAN -> slot.set(NODES.booleanNode(m.value() % 2 == 0));
            case NULL -> slot.set(NODES.nullNode());
            case STRING -> slot.set(NODES.textNode(text));
            case EMPTY_OBJECT -> slot.set(NODES.objectNode());
            case EMPTY_ARRAY -> slot.set(NODES.arrayNode());
            case WRAP_IN_ARRAY -> slot.set(NODES.arrayNode().add(old));
            case UNWRAP -> {
                if (old.isContainerNode() && !old.isEmpty()) {
                    slot.set(old.elements().next());
                }
            }
            case LANGUAGE_MAP -> slot.set(NODES.objectNode().set(m.value() % 2 == 0 ? "en" : "en-US",
                    old.isTextual() ? old : NODES.textNode(text)));
            case BAD_LANGUAGE_MAP -> slot.set(NODES.objectNode().set(m.value() % 2 == 0 ? "EN" : "english",
                    old.isTextual() ? old : NODES.textNode(text)));
            case NEST_IN_OBJECT -> slot.set(NODES.objectNode().set(text, old));
            case ADD_PROPERTY -> {
                if (old.isObject()) {
                    ((ObjectNode) old).put("extra" + m.value(), text);
                } else {
                    slot.set(NODES.textNode(text));
                }
            }
            case ADD_KNOWN_PROPERTY -> {
                if (old.isObject()) {
                    List<String> names = List.of("id", "type", "name", "validFrom", "validUntil", "achievementType",
                            "identityType", "hashed", "endorsementJwt", "@context", "credentialSubject", "issuer",
                            "image", "result", "alignment", "creditsAvailable", "proof", "inLanguage");
                    String name = names.get(m.value() % names.size());
                    ((ObjectNode) old).set(name, m.value() % 3 == 0 ? NODES.numberNode(1) : NODES.textNode(text));
                }
            }
            case APPEND_COPY -> {
                if (old.isArray() && !old.isEmpty()) {
                    ((ArrayNode) old).add(old.get(0).deepCopy());
                } else {
                    slot.set(NODES.arrayNode().add(old).add(old.deepCopy()));
                }
            }
            case DUPLICATE_TREE -> {
                if (old.isObject()) {
                    ((ObjectNode) old).set("nested", old.deepCopy());
                }
            }
        }
        return root;
    }
}
