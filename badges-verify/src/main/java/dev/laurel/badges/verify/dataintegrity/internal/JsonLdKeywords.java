package dev.laurel.badges.verify.dataintegrity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the JSON members that let the JSON a verifier reads differ from the JSON-LD dataset a Data
 * Integrity proof signs.
 *
 * <p>The proof signs the canonical RDF of the document; every other step of verification (validity dates,
 * status, recipient, endorsements, the schema) reads the JSON by member name. JSON-LD keywords used as
 * member names break that correspondence without changing the signed statements: a {@code validUntil} or
 * {@code credentialStatus} moved into an {@code @nest} object is still signed but no longer read (an
 * expired or revoked credential verifies), {@code @id} instead of {@code id} hides the id, {@code @index}
 * and keyword-like names such as {@code @foo} add text that JSON-LD drops (unsigned), {@code @graph},
 * {@code @included} and {@code @reverse} move statements to where the JSON reader does not look, a
 * {@code @value} object rewrites a typed string as an object. An inline (non-string) context could alias
 * any of these keywords under an ordinary name; the bundled contexts alias only {@code id} and
 * {@code type}.
 *
 * <p>So only {@code @context} may be used as a keyword member name, and its value must be a context URL
 * or an array of context URLs. Nothing in Open Badges 3.0 needs more: the specification's examples and
 * the W3C and 1EdTech vectors use neither.
 */
public final class JsonLdKeywords {

    /** The most findings reported for one document. */
    public static final int MAX_FINDINGS = 8;

    private static final int MAX_SHOWN = 80;

    /**
     * A member refused.
     *
     * @param pointer the JSON Pointer of the member
     * @param message why it is refused
     */
    public record Finding(String pointer, String message) {
    }

    private JsonLdKeywords() {
    }

    /**
     * Returns the refused members of a document, in document order, at most {@code maxFindings}; when
     * there are more, the last finding's message says so.
     *
     * @param document the document (any JSON)
     * @param maxFindings the most findings to return
     * @param maxDepth the deepest nesting examined (deeper parts are refused by other checks)
     * @param maxValues the most JSON values examined (larger documents are refused by other checks)
     * @return the findings, empty when the document is acceptable
     */
    public static List<Finding> find(JsonNode document, int maxFindings, int maxDepth, int maxValues) {
        Scan scan = new Scan(maxFindings, maxDepth, maxValues);
        scan.walk(document, "", 0);
        if (scan.more && !scan.findings.isEmpty()) {
            Finding last = scan.findings.remove(scan.findings.size() - 1);
            scan.findings.add(new Finding(last.pointer(), last.message()
                    + " (further such members are not listed)"));
        }
        return scan.findings;
    }

    /**
     * Whether a context value is a context URL or an array of context URLs.
     *
     * @param context the value of an {@code @context} member
     * @return whether it is accepted
     */
    public static boolean published(JsonNode context) {
        if (context.isTextual()) {
            return true;
        }
        if (!context.isArray()) {
            return false;
        }
        for (JsonNode item : context) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static final class Scan {
        final List<Finding> findings = new ArrayList<>();
        final int maxFindings;
        final int maxDepth;
        final int maxValues;
        int values;
        boolean more;

        Scan(int maxFindings, int maxDepth, int maxValues) {
            this.maxFindings = maxFindings;
            this.maxDepth = maxDepth;
            this.maxValues = maxValues;
        }

        void add(Finding finding) {
            if (findings.size() < maxFindings) {
                findings.add(finding);
            } else {
                // One finding past the limit: enough to say there are more, and the scan stops.
                more = true;
            }
        }

        void walk(JsonNode node, String path, int depth) {
            values++;
            if (depth > maxDepth || values > maxValues) {
                return;
            }
            if (node.isArray()) {
                int i = 0;
                for (JsonNode item : node) {
                    if (more) {
                        return;
                    }
                    walk(item, path + "/" + i++, depth + 1);
                }
                return;
            }
            if (!node.isObject()) {
                return;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (more) {
                    return;
                }
                String name = field.getKey();
                String at = JsonPointers.child(path, name);
                if (name.equals("@context")) {
                    if (!published(field.getValue())) {
                        add(new Finding(at, "an inline context " + inline(field.getValue()) + " can redefine JSON-LD"
                                + " keywords, so that the JSON read differs from the signed statements; only context"
                                + " URLs are accepted with an embedded proof"));
                    }
                } else if (name.startsWith("@")) {
                    add(new Finding(at, "the JSON-LD keyword " + shown(name) + " is used as a member name: it lets"
                            + " the JSON read differ from the signed statements (only @context is accepted)"));
                } else if (field.getValue().isContainerNode()) {
                    walk(field.getValue(), at, depth + 1);
                } else {
                    values++;
                }
            }
        }
    }

    /** The first inline context of an {@code @context} value, and where it is in an array. */
    private static String inline(JsonNode context) {
        if (context.isArray()) {
            for (int i = 0; i < context.size(); i++) {
                if (!context.get(i).isTextual()) {
                    return "(item " + i + ") " + shown(context.get(i));
                }
            }
        }
        return shown(context);
    }

    private static String shown(Object value) {
        String text = value instanceof JsonNode node ? node.toString() : String.valueOf(value);
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
    }
}
