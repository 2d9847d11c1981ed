package dev.laurel.badges.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.verify.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether an OB 2.0 document's {@code @context}, written inline instead of as the context URL, means the
 * same as the OB 2.0 context Laurel bundles ({@code contexts/w3id.org_openbadges_v2.jsonld}).
 *
 * <p>1EdTech's reference validator compacts every document it reads against the v2 context with a
 * JSON-LD processor ({@code tasks/graph.py jsonld_compact_data}), so any context that expands the same
 * way is accepted there. Laurel reads OB 2.0 by member name, so it accepts only a context under which the
 * member names mean exactly what they mean under the v2 context:
 *
 * <ul>
 *   <li>an object that defines every term of the bundled v2 context identically (a copy of it), and may
 *       add terms the v2 context does not define;</li>
 *   <li>an array holding such an object, where every other object only adds terms the v2 context does not
 *       define, and strings (published contexts such as an extension's, as an array with the v2 URL may
 *       hold) follow it.</li>
 * </ul>
 *
 * No JSON-LD keyword ({@code @vocab}, {@code @base}, {@code @language}, {@code @protected}...) may appear
 * in an inline object: each changes how other members are read. Anything else (a subset, a renamed or
 * redefined term, a string before the copy, which could redefine its terms) is not equivalent.
 */
final class Ob2InlineContext {

    private static final String RESOURCE = "/dev/laurel/badges/verify/contexts/w3id.org_openbadges_v2.jsonld";

    private static final JsonNode V2 = load();

    private Ob2InlineContext() {
    }

    private static JsonNode load() {
        try (InputStream in = Ob2InlineContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled OB 2.0 context is missing: " + RESOURCE);
            }
            JsonNode context = Json.MAPPER.readTree(in).get("@context");
            if (context == null || !context.isObject()) {
                throw new IllegalStateException("the bundled OB 2.0 context has no @context object");
            }
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tells whether an inline {@code @context} is equivalent to the OB 2.0 context (see the class comment).
     *
     * @param context the document's {@code @context} value, may be null
     * @return {@code true} if it is
     */
    static boolean isEquivalent(JsonNode context) {
        if (context == null) {
            return false;
        }
        if (context.isObject()) {
            return isCopy(context);
        }
        if (!context.isArray()) {
            return false;
        }
        boolean copySeen = false;
        for (JsonNode item : context) {
            if (item.isObject()) {
                if (isCopy(item)) {
                    copySeen = true;
                } else if (!onlyAddsTerms(item)) {
                    return false;
                }
            } else if (!item.isTextual() || !copySeen) {
                // A published context before the copy could define terms the copy does not cover the same way.
                return false;
            }
        }
        return copySeen;
    }

    /** Every v2 term, identically defined, and otherwise only new terms. */
    private static boolean isCopy(JsonNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = V2.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> term = it.next();
            if (!term.getValue().equals(object.get(term.getKey()))) {
                return false;
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> term = it.next();
            if (!V2.has(term.getKey()) && !isNewTerm(term.getKey(), term.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Terms the v2 context does not define, and no keyword. */
    private static boolean onlyAddsTerms(JsonNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> term = it.next();
            if (V2.has(term.getKey()) || !isNewTerm(term.getKey(), term.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A term the v2 context does not define, that is no keyword, no alias of one (such as
     * {@code "ident": "@id"}), carries no scoped context (which could redefine v2 terms inside a node)
     * and reverses nothing.
     */
    private static boolean isNewTerm(String name, JsonNode definition) {
        if (name.isEmpty() || name.startsWith("@")) {
            return false;
        }
        if (definition.isTextual()) {
            return !definition.textValue().startsWith("@");
        }
        if (!definition.isObject() || definition.has("@context") || definition.has("@reverse")) {
            return false;
        }
        JsonNode id = definition.get("@id");
        return id == null || (id.isTextual() && !id.textValue().startsWith("@"));
    }
}
