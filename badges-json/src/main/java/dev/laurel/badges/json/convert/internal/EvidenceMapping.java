package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob3.Evidence;
import dev.laurel.badges.json.internal.JsonValues;

/**
 * OB 2.0 and OB 3.0 Evidence: the same members; an IRI becomes {@code {id, type: ["Evidence"]}} and an entry
 * with only an id becomes the IRI again. OB 2.0 to 3.0 also links the original document as evidence.
 */
final class EvidenceMapping {

    private static final Table.Step[] TYPES = TypeMapping.open(Evidence.TYPE, Ob2Vocabulary.EVIDENCE, t -> t);

    static final Table TABLE = Table.between("Evidence", dev.laurel.badges.core.model.ob2.Evidence.class,
                    "Evidence", Evidence.class)
            .iri("id", false)
            .field("type", "type", TYPES[0], TYPES[1])
            .text("narrative", "name", "description", "genre", "audience")
            .fromV2("@context", ContextMapping.EMBEDDED);

    private EvidenceMapping() {
    }

    /** One evidence entry, either way. */
    static void element(Conversion cx, JsonNode v, String p, ArrayNode list, String tgtList) {
        String tgt = Conversion.at(tgtList, list.size());
        ObjectNode e = Conversion.object();
        if (cx.toV3()) {
            e.set("type", Conversion.array(Evidence.TYPE));
            if (v.isTextual()) {
                if (cx.iri(v, p, e, "id", tgt, false)) {
                    list.add(e);
                }
                return;
            }
        }
        if (!v.isObject()) {
            cx.trace.warning(Code.INVALID_VALUE, p, "evidence must be " + (cx.toV3() ? "an IRI or an Evidence object"
                    : "an object") + ", got " + JsonValues.describe(v));
            return;
        }
        int mark = cx.trace.mark();
        TABLE.run(cx, (ObjectNode) v, new Target(e, p, tgt, false));
        boolean plain = !cx.toV3() && e.has("id") && (e.size() == 1 || e.size() == 2
                && e.path("type").equals(Conversion.array(Ob2Vocabulary.EVIDENCE)));
        if (plain) {
            list.add(e.get("id").textValue());
            cx.trace.retarget(mark, Conversion.at(tgt, "id"), tgt);
            cx.trace.retarget(mark, Conversion.at(tgt, "type"), tgt);
        } else {
            list.add(e);
        }
    }

    /** The evidence entry that links the original OB 2.0 document (implementation guide, migration). */
    static ObjectNode original(String id, String type, String name, String description) {
        ObjectNode e = Conversion.object();
        e.put("id", id);
        e.set("type", Conversion.array(Evidence.TYPE, type));
        e.put("name", name);
        if (description != null) {
            e.put("description", description);
        }
        return e;
    }
}
