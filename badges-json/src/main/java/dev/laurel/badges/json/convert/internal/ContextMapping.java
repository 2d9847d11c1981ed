package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob3.Ob3Terms;
import dev.laurel.badges.json.internal.JsonValues;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The {@code @context} member, both ways: a document's own contexts give way to the target version's, other
 * contexts are kept; an embedded object takes the context of its document.
 */
final class ContextMapping {

    private static final Set<String> OB2_CONTEXTS = Set.of(Ob2Vocabulary.CONTEXT, Ob2Vocabulary.CONTEXT_HOSTED,
            Ob2Vocabulary.CONTEXT_V1);

    /** The context of a document (a credential or endorsement, or a definition standing alone). */
    static final Table.Step DOCUMENT = (cx, v, p, t) -> {
        if (cx.toV3()) {
            toV3(cx, v, p, t.out, Conversion.at(t.tgt, "@context"));
        } else {
            toV2(cx, v, p, t.out);
        }
    };

    /** The context of a definition (achievement, profile, endorsement): its own when it stands alone. */
    static final Table.Step DEFINITION = (cx, v, p, t) -> {
        if (t.standalone) {
            DOCUMENT.apply(cx, v, p, t);
        } else if (cx.toV3()) {
            embedded(cx, v, p);
        } else {
            cx.dropped(p, "an embedded OB 2.0 object takes the context of its document");
        }
    };

    /** The context of an embedded OB 2.0 object (criteria, alignment...): OB 3.0 objects inherit theirs. */
    static final Table.Step EMBEDDED = (cx, v, p, t) -> embedded(cx, v, p);

    private ContextMapping() {
    }

    /**
     * Starts a definition (an achievement or profile): its own context when it stands alone, and its type,
     * in the target version's form.
     */
    static ObjectNode start(Conversion cx, boolean standalone, String ob3Type, String ob2Type) {
        ObjectNode out = Conversion.object();
        if (cx.toV3()) {
            if (standalone) {
                out.set("@context", Conversion.array(Ob3Terms.OB_CONTEXT));
            }
            out.set("type", Conversion.array(ob3Type));
        } else {
            if (standalone) {
                out.put("@context", Ob2Vocabulary.CONTEXT);
            }
            out.put("type", ob2Type);
        }
        return out;
    }

    /** The OB 3.0 context of a credential. */
    static ArrayNode ob3() {
        return Conversion.array(Ob3Terms.VC_V2_CONTEXT, Ob3Terms.OB_CONTEXT);
    }

    private static void toV3(Conversion cx, JsonNode v, String p, ObjectNode out, String outPointer) {
        ArrayNode target = (ArrayNode) out.get("@context");
        cx.trace.map(p, outPointer);
        int i = 0;
        for (Iterator<JsonNode> it = Conversion.values(v); it.hasNext(); i++) {
            JsonNode item = it.next();
            if (item.isTextual() && OB2_CONTEXTS.contains(item.textValue())) {
                continue;
            }
            String ip = v.isArray() ? Conversion.at(p, i) : p;
            if (item.isTextual() || item.isObject()) {
                cx.trace.map(ip, Conversion.at(outPointer, target.size()));
                target.add(item.deepCopy());
            } else {
                cx.trace.warning(Code.INVALID_VALUE, ip, "a context must be an IRI or an object, got "
                        + JsonValues.describe(item));
            }
        }
    }

    private static void toV2(Conversion cx, JsonNode v, String p, ObjectNode out) {
        cx.trace.map(p, "/@context");
        List<JsonNode> extra = new ArrayList<>();
        int i = 0;
        for (Iterator<JsonNode> it = Conversion.values(v); it.hasNext(); i++) {
            JsonNode item = it.next();
            String ip = v.isArray() ? Conversion.at(p, i) : p;
            if (item.isTextual() && (item.textValue().equals(Ob3Terms.VC_V2_CONTEXT)
                    || item.textValue().equals(Ob3Terms.VC_V1_CONTEXT) || Ob3Terms.isObContext(item.textValue())
                    || item.textValue().startsWith("https://purl.imsglobal.org/spec/ob/v3p0/"))) {
                continue;
            }
            if (item.isTextual() || item.isObject()) {
                cx.trace.map(ip, Conversion.at("/@context", extra.size() + 1));
                extra.add(item.deepCopy());
            } else {
                cx.trace.warning(Code.INVALID_VALUE, ip, "a context must be an IRI or an object, got "
                        + JsonValues.describe(item));
            }
        }
        if (!extra.isEmpty()) {
            ArrayNode contexts = Conversion.array(Ob2Vocabulary.CONTEXT);
            extra.forEach(contexts::add);
            out.set("@context", contexts);
        }
    }

    /** The @context of an embedded object: OB 3.0 objects inherit the document's context. */
    private static void embedded(Conversion cx, JsonNode v, String p) {
        if (v.isArray() && v.isEmpty()) {
            cx.dropped(p, "an empty context list carries nothing");
            return;
        }
        int i = 0;
        for (Iterator<JsonNode> it = Conversion.values(v); it.hasNext(); i++) {
            JsonNode item = it.next();
            String ip = v.isArray() ? Conversion.at(p, i) : p;
            if (item.isTextual() && OB2_CONTEXTS.contains(item.textValue())) {
                cx.dropped(ip, "an embedded object takes the OB 3.0 context of its document");
            } else {
                cx.lost(ip, "an embedded object cannot bring its own context into an OB 3.0 document");
            }
        }
    }

    /**
     * An Achievement or Profile document names only the OB 3.0 context, as the guide's examples do (the
     * VC context would make it read as a credential).
     */
    static ObjectNode definition(ObjectNode out) {
        ArrayNode context = (ArrayNode) out.get("@context");
        if (context.size() == 1) {
            out.set("@context", context.get(0));
        }
        return out;
    }
}
