package dev.laurel.badges.json.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeVersion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Untrusted input never makes a conversion throw: the official examples, damaged at random (members
 * removed, values replaced by every JSON type, members added), still convert both ways with every
 * property accounted for.
 */
class MutatedExamplesProperties {

    private static final List<String> EXAMPLES = List.of("ob2/ob_v2p0_index-00.json",
            "ob2/ob_v2p0_examples_index-00.json", "ob2/ob_v2p0_examples_index-02.json",
            "ob2/ob_v2p0_examples_index-25.json", "ob2/ob_v2p0_extensions_endorsement_index-01.json",
            "ob3/ob_v3p0_examples_fullOpenBadge-00.json", "ob3/ob_v3p0_examples_basicOpenBadgeCredential-00.json",
            "ob3/ob_v3p0_impl_migrating-01.json", "ob3/ob_v3p0_impl_migrating-03.json",
            "ob3/ob_v3p0_examples_skillAssertionCase-00.json");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Provide
    Arbitrary<JsonNode> damaged() {
        return Arbitraries.of(EXAMPLES).flatMap(file -> Arbitraries.longs().map(seed -> {
            JsonNode doc = Accounting.tree(Accounting.resource(file));
            Random random = new Random(seed);
            int mutations = 1 + random.nextInt(6);
            for (int i = 0; i < mutations; i++) {
                mutate(doc, random);
            }
            return doc;
        }));
    }

    @Property(tries = 400)
    void damagedExamplesConvertWithoutThrowingAndAccountForEverything(@ForAll("damaged") JsonNode json) {
        BadgeDocument doc = BadgeJson.standard().read((ObjectNode) json);
        if (!doc.isBadge()) {
            return;
        }
        BadgeVersion other = doc.version().orElseThrow() == BadgeVersion.V2_0 ? BadgeVersion.V3_0 : BadgeVersion.V2_0;
        ConversionResult<Object> result;
        try {
            result = Converter.standard().convert(doc, other,
                    iri -> iri.endsWith("robotics-badge.json")
                            ? java.util.Optional.of(BadgeJson.standard().read(Accounting.resource("convert/robotics-badge.json")))
                            : java.util.Optional.empty());
        } catch (ConversionException e) {
            assertThat(e.code()).isEqualTo(ConversionCode.UNSUPPORTED_DOCUMENT);
            return;
        }
        Accounting.assertAccounted(doc.json(), result);
        // The converted model writes and reads back as a document of the other version.
        BadgeDocument back = BadgeJson.standard().read(BadgeJson.standard().write(result.model()));
        assertThat(back.version()).contains(other);
    }

    /** One random change somewhere in the tree: remove a member, replace a value, or add a member. */
    private static void mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = randomValue(random);
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(3)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, replacement);
                default -> object.set(List.of("extensions:X", "name", "@language", "id", "type", "validFrom",
                        "a/b~c", "recipient").get(random.nextInt(8)), replacement);
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.remove(index);
            } else {
                array.set(index, replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(100));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.textNode("");
            case 4 -> NODES.textNode("not an iri");
            case 5 -> NODES.textNode("https://example.org/x");
            case 6 -> NODES.arrayNode();
            case 7 -> NODES.arrayNode().add("https://example.org/y").add(3);
            case 8 -> NODES.objectNode();
            default -> NODES.objectNode().put("id", "urn:uuid:3b0c2e9e-4b0e-4b8e-9d4e-2f0e1c2d3a4b").put("type", "Thing");
        };
    }
}
