package dev.laurel.badges.json.convert;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.json.BadgeJson;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on a conversion that do not depend on the example: nothing of the source is unaccounted for. */
final class Accounting {

    static final ObjectMapper TREES = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Accounting() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Accounting.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode tree(byte[] json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode tree(Object model) {
        return tree(BadgeJson.standard().write(model).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Returns the pointers of source members that no mapping and no problem names, neither themselves nor
     * an enclosing member (a problem at "" does not count: it would cover everything).
     */
    static List<String> unaccounted(JsonNode source, ConversionResult<?> result) {
        Set<String> named = new HashSet<>();
        result.mappings().forEach(m -> named.add(m.source()));
        result.problems().forEach(p -> named.add(p.path()));
        named.remove("");
        List<String> out = new ArrayList<>();
        collect(source, "", named, out);
        return out;
    }

    private static void collect(JsonNode node, String pointer, Set<String> named, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> m : node.properties()) {
                check(m.getValue(), pointer + "/" + m.getKey().replace("~", "~0").replace("/", "~1"), named, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), pointer + "/" + i, named, out);
            }
        }
    }

    private static void check(JsonNode value, String pointer, Set<String> named, List<String> out) {
        if (covered(pointer, named)) {
            return;
        }
        if ((value.isObject() || value.isArray()) && !value.isEmpty()) {
            collect(value, pointer, named, out);
        } else {
            out.add(pointer);
        }
    }

    private static boolean covered(String pointer, Set<String> named) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            if (named.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the mapping targets that do not exist in the converted document. */
    static List<String> danglingTargets(JsonNode target, ConversionResult<?> result) {
        return result.mappings().stream().map(Mapping::target)
                .filter(t -> !t.isEmpty() && target.at(JsonPointer.compile(t)).isMissingNode())
                .distinct().toList();
    }

    /**
     * Returns the problem pointers that point nowhere: neither at a source member, nor at a missing member
     * of an existing object, nor inside a reference (a string) whose resolved document they describe.
     */
    static List<String> strayProblems(JsonNode source, ConversionResult<?> result) {
        List<String> out = new ArrayList<>();
        for (Problem p : result.problems()) {
            String path = p.path();
            if (path.isEmpty() || !source.at(JsonPointer.compile(path)).isMissingNode()) {
                continue;
            }
            String parent = path;
            JsonNode existing;
            do {
                parent = parent.substring(0, parent.lastIndexOf('/'));
                existing = source.at(JsonPointer.compile(parent));
            } while (existing.isMissingNode() && !parent.isEmpty());
            boolean missingMember = existing.isObject() && parent.equals(path.substring(0, path.lastIndexOf('/')));
            if (!missingMember && !existing.isTextual()) {
                out.add(path);
            }
        }
        return out;
    }

    /** Asserts that every source member is accounted for and every mapping target exists. */
    static void assertAccounted(JsonNode source, ConversionResult<?> result) {
        assertThat(unaccounted(source, result)).as("source members neither mapped nor reported").isEmpty();
        assertThat(danglingTargets(tree(result.model()), result)).as("mapping targets missing from the output")
                .isEmpty();
        assertThat(strayProblems(source, result)).as("problem pointers that point nowhere in the source").isEmpty();
    }

    /** A problem as "SEVERITY CODE path", the form the expectations are written in. */
    static String brief(Problem p) {
        return p.severity() + " " + p.code().name() + " " + p.path();
    }
}
