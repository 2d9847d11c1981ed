package dev.laurel.badges.verify.dataintegrity.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the nested objects whose own {@code @context} leaves the active context exactly as it was, so that
 * expansion may skip processing it.
 *
 * <p>A CLR nests whole credentials, each with its own {@code @context} (typically the VC 2.0 and OB 3.0
 * contexts the CLR's top level already names). JSON-LD processes each of them again at that point (Context
 * Processing of every term of every context, with the scoped contexts they carry), which made canonicalising a
 * CLR of 50 credentials cost more than verifying 50 lone ones. Titanium offers no hook to memoise context
 * processing (its {@code ActiveContext} and {@code ActiveContextBuilder} are final and expansion builds them
 * itself), so this class works beside it, with its public context API only:
 *
 * <ol>
 *   <li>it follows the expansion algorithm's context steps (JSON-LD 1.1 Expansion, steps 7 to 11: reverting a
 *       non-propagated context, the property-scoped context, the embedded context, the type-scoped contexts)
 *       from the top-level context down to each nested object that has a {@code @context}, through plain
 *       properties only;
 *   <li>it processes that {@code @context} on the active context it found there, and compares the result with
 *       that active context, every term definition (all its fields and the protected flag), the vocabulary
 *       mapping, base, default language and direction and the previous context;
 *   <li>only when they are equal does it report the object: the {@code @context} is then a no-op where it
 *       stands, and expansion without it is the same, step for step.
 * </ol>
 *
 * <p>Anything it does not follow exactly (a keyword or an alias of one as the property, a term with a
 * {@code @json} type, a reverse property or a container other than {@code @set} and {@code @graph}, arrays in
 * arrays, an object of fewer than two other members, an error while processing) leaves the {@code @context}
 * in place: that only costs the time this class exists to save. Objects that share a parent and a property
 * (the credentials of one CLR) share the work: the {@code @context} is processed once for all of them.
 */
final class EmbeddedContexts {

    private static final String CONTEXT = "@context";
    private static final String TYPE = "@type";

    private EmbeddedContexts() {}

    /**
     * The nested objects of a document whose {@code @context} member is a no-op.
     *
     * @param document the document, whose top-level {@code @context} gave {@code top}
     * @param top the active context after the top-level {@code @context}
     * @return the objects (by identity) whose {@code @context} expansion may leave out; empty if none
     */
    static Set<JsonNode> redundant(JsonNode document, ActiveContext top) {
        if (!hasNestedContext(document, 0)) {
            return Set.of();
        }
        Set<JsonNode> out = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            walk(document, typeScoped(document, top), out, new Memo());
        } catch (JsonLdError | RuntimeException e) {
            // Expansion itself reports the error (or succeeds where this walk was too cautious).
            return Set.of();
        }
        return out;
    }

    /** Whether some object below the top level has a {@code @context}: the common case is a cheap no. */
    private static boolean hasNestedContext(JsonNode node, int depth) {
        if (depth > 0 && node.isObject() && node.has(CONTEXT)) {
            return true;
        }
        for (JsonNode child : node) {
            if (child.isContainerNode() && hasNestedContext(child, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Visits the members of an object whose active context (after its type-scoped contexts) is {@code active}.
     */
    private static void walk(JsonNode object, ActiveContext active, Set<JsonNode> out,
            Memo memo) throws JsonLdError {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String key = member.getKey();
            JsonNode value = member.getValue();
            if (key.startsWith("@") || !value.isContainerNode() || !hasNestedContext(value, 1)) {
                continue;
            }
            String property = active.uriExpansion().documentRelative(false).vocab(true).expand(key);
            if (property == null || property.startsWith("@") || !plainProperty(active.getTerm(key))) {
                continue;
            }
            List<JsonNode> children = new ArrayList<>();
            if (value.isObject()) {
                children.add(value);
            } else {
                for (JsonNode item : value) {
                    if (item.isObject()) {
                        children.add(item);
                    } else if (item.isArray()) {
                        children.clear(); // arrays in arrays: not followed
                        break;
                    }
                }
            }
            for (JsonNode child : children) {
                child(child, key, active, out, memo);
            }
        }
    }

    /** What one document's walk has computed, by the identity of the contexts it started from. */
    private static final class Memo {
        /** Parent context, property, reverted or not: the context after steps 7 and 8. */
        final Map<ActiveContext, Map<String, ActiveContext>> scoped = new IdentityHashMap<>();
        /** Context before step 9, embedded context: the context after it. */
        final Map<ActiveContext, Map<JsonValue, ActiveContext>> embedded = new IdentityHashMap<>();
        /** Context before step 9, embedded context: whether the two are the same. */
        final Map<ActiveContext, Map<JsonValue, Boolean>> same = new IdentityHashMap<>();
    }

    private static void child(JsonNode element, String property, ActiveContext parent, Set<JsonNode> out, Memo memo)
            throws JsonLdError {
        // Step 7: a context that does not propagate reverts for a new node object.
        boolean revert = parent.getPreviousContext() != null;
        if (revert) {
            for (Iterator<String> keys = element.fieldNames(); keys.hasNext(); ) {
                String expanded = parent.uriExpansion().vocab(true).expand(keys.next());
                if ("@value".equals(expanded) || ("@id".equals(expanded) && element.size() == 1)) {
                    revert = false;
                    break;
                }
            }
        }
        Map<String, ActiveContext> byProperty = memo.scoped.computeIfAbsent(parent, k -> new HashMap<>());
        String scopedKey = (revert ? "r " : "k ") + property;
        ActiveContext active = byProperty.get(scopedKey);
        if (active == null) {
            // Step 3 of Expansion: the property-scoped context comes from the parent's active context.
            JsonValue propertyContext = parent.getTerm(property).map(TermDefinition::getLocalContext).orElse(null);
            active = revert ? parent.getPreviousContext() : parent;
            // Step 8: the property-scoped context, with the term's base URL in the reverted context.
            if (propertyContext != null) {
                URI base = active.getTerm(property).map(TermDefinition::getBaseUrl).orElse(null);
                active = active.newContext().overrideProtected(true).create(propertyContext, base);
            }
            byProperty.put(scopedKey, active);
        }
        // Step 9: the embedded context, compared once with the context it is processed on.
        JsonNode embedded = element.get(CONTEXT);
        if (embedded != null) {
            JsonValue local;
            try {
                local = JsonP.convert(embedded, null, 64);
            } catch (JsonP.TooDeepException e) {
                return;
            }
            ActiveContext before = active;
            Map<JsonValue, Boolean> verdicts = memo.same.computeIfAbsent(before, k -> new HashMap<>());
            Boolean same = verdicts.get(local);
            if (same == null) {
                ActiveContext after = before.newContext().create(local, null);
                same = sameContext(before, after);
                verdicts.put(local, same);
                memo.embedded.computeIfAbsent(before, k -> new HashMap<>()).put(local, after);
            }
            // Step 7 counts the members: with two or more besides @context it reverts either way.
            if (same && element.size() >= 3) {
                out.add(element);
            } else {
                active = memo.embedded.get(before).get(local);
            }
        }
        if (hasNestedBelow(element)) {
            walk(element, typeScoped(element, active), out, memo);
        }
    }

    private static boolean hasNestedBelow(JsonNode element) {
        for (JsonNode value : element) {
            if (value.isContainerNode() && hasNestedContext(value, 1)) {
                return true;
            }
        }
        return false;
    }

    /** Steps 10 and 11: the type-scoped contexts of the element's types, in order. */
    private static ActiveContext typeScoped(JsonNode element, ActiveContext active) throws JsonLdError {
        ActiveContext typeContext = active;
        List<String> keys = new ArrayList<>();
        element.fieldNames().forEachRemaining(keys::add);
        Collections.sort(keys);
        for (String key : keys) {
            if (!TYPE.equals(active.uriExpansion().vocab(true).expand(key))) {
                continue;
            }
            List<String> types = new ArrayList<>();
            JsonNode value = element.get(key);
            for (JsonNode type : value.isArray() ? value : List.of(value)) {
                if (type.isTextual()) {
                    types.add(type.textValue());
                }
            }
            Collections.sort(types);
            for (String type : types) {
                Optional<JsonValue> scoped = typeContext.getTerm(type).map(TermDefinition::getLocalContext);
                if (scoped.isPresent()) {
                    URI base = active.getTerm(type).map(TermDefinition::getBaseUrl).orElse(null);
                    active = active.newContext().propagate(false).create(scoped.get(), base);
                }
            }
        }
        return active;
    }

    /** A property whose value expansion follows: no {@code @json} type, no reverse, {@code @set}/{@code @graph} at most. */
    private static boolean plainProperty(Optional<TermDefinition> term) {
        if (term.isEmpty()) {
            return true;
        }
        TermDefinition t = term.get();
        if ("@json".equals(t.getTypeMapping()) || t.isReverseProperty()) {
            return false;
        }
        Collection<String> containers = t.getContainerMapping();
        return containers == null || containers.stream().allMatch(c -> c.equals("@set") || c.equals("@graph"));
    }

    /** Whether two active contexts give expansion the same answers. */
    static boolean sameContext(ActiveContext a, ActiveContext b) {
        if (a.getPreviousContext() != b.getPreviousContext()
                || !Objects.equals(a.getVocabularyMapping(), b.getVocabularyMapping())
                || !Objects.equals(a.getBaseUri(), b.getBaseUri())
                || !Objects.equals(a.getBaseUrl(), b.getBaseUrl())
                || !Objects.equals(a.getDefaultLanguage(), b.getDefaultLanguage())
                || a.getDefaultBaseDirection() != b.getDefaultBaseDirection()) {
            return false;
        }
        Map<String, TermDefinition> ta = a.getTermsMapping();
        Map<String, TermDefinition> tb = b.getTermsMapping();
        if (ta.size() != tb.size()) {
            return false;
        }
        for (Map.Entry<String, TermDefinition> e : ta.entrySet()) {
            TermDefinition mine = e.getValue();
            TermDefinition other = tb.get(e.getKey());
            if (!tb.containsKey(e.getKey())) {
                return false;
            }
            if (mine == other) {
                continue;
            }
            if (mine == null || other == null || mine.isProtected() != other.isProtected()
                    || mine.isNotSameExcept(other)) {
                return false;
            }
        }
        return true;
    }
}
