package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.json.internal.JsonValues;

import java.util.Map;

/**
 * OB 2.0 and OB 3.0 Criteria: id and narrative both ways. OB 2.0 names criteria that are only a web page
 * by its IRI, which OB 3.0 writes as {@code {id}}; OB 2.0 needs an id or a narrative.
 */
final class CriteriaMapping {

    static final Table TABLE = Table.between("Criteria", dev.laurel.badges.core.model.ob2.Criteria.class,
                    "Criteria", dev.laurel.badges.core.model.ob3.Criteria.class)
            .iri("id", false)
            .text("narrative")
            .fromV2("type", (cx, v, p, t) -> {
                if (v.isTextual() && v.textValue().equals(Ob2Vocabulary.CRITERIA)) {
                    cx.dropped(p, "OB 3.0 Criteria has no type");
                } else {
                    cx.lost(p, "OB 3.0 Criteria has no type");
                }
            })
            .fromV2("@context", ContextMapping.EMBEDDED);

    /** The criteria of a badge class or achievement; to OB 3.0, {@code t.criteria} says whether they converted. */
    static final Table.Step STEP = (cx, v, p, t) -> {
        String tgt = Conversion.at(t.tgt, "criteria");
        if (cx.toV3()) {
            t.criteria = toV3(cx, v, p, t.out, tgt);
        } else {
            toV2(cx, v, p, t.out, tgt);
        }
    };

    private CriteriaMapping() {
    }

    private static boolean toV3(Conversion cx, JsonNode v, String p, ObjectNode parent, String tgt) {
        if (v.isTextual()) {
            ObjectNode c = Conversion.object();
            if (cx.iri(v, p, c, "id", tgt, true)) {
                parent.set("criteria", c);
                return true;
            }
            return false;
        }
        if (!v.isObject()) {
            cx.trace.error(Code.INVALID_VALUE, p, "criteria must be an IRI or a Criteria object, got "
                    + JsonValues.describe(v));
            return false;
        }
        ObjectNode c = Conversion.object();
        TABLE.run(cx, (ObjectNode) v, new Target(c, p, tgt, false));
        parent.set("criteria", c);
        return true;
    }

    private static void toV2(Conversion cx, JsonNode v, String p, ObjectNode parent, String tgt) {
        if (!v.isObject()) {
            cx.trace.error(Code.INVALID_VALUE, p, "criteria must be an object, got " + JsonValues.describe(v));
            return;
        }
        int mark = cx.trace.mark();
        ObjectNode c = Conversion.object();
        TABLE.run(cx, (ObjectNode) v, new Target(c, p, tgt, false));
        boolean onlyId = true;
        for (Map.Entry<String, JsonNode> m : v.properties()) {
            onlyId &= m.getKey().equals("id") || m.getValue().isNull();
        }
        JsonNode narrative = c.get("narrative");
        if (!c.has("id") && (narrative == null || narrative.asText().isBlank())) {
            cx.trace.error(narrative == null ? Code.MISSING_IN_SOURCE : Code.INVALID_VALUE,
                    Conversion.at(p, "narrative"), "OB 2.0 criteria need an id (a criteria page) or a narrative");
        }
        if (onlyId && c.has("id")) {
            parent.put("criteria", c.get("id").textValue());
            cx.trace.retarget(mark, Conversion.at(tgt, "id"), tgt);
        } else {
            parent.set("criteria", c);
        }
    }
}
