package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob2.AlignmentObject;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.json.internal.JsonValues;

import java.util.Set;

/** OB 2.0 AlignmentObject and OB 3.0 Alignment: the same members, but OB 3.0's targetType. */
final class AlignmentMapping {

    static final Table TABLE = Table.between("AlignmentObject", AlignmentObject.class, "Alignment", Alignment.class)
            .types(Set.of(Ob2Vocabulary.ALIGNMENT_OBJECT, Alignment.TYPE), Set.of(Alignment.TYPE))
            .requiredText("targetName")
            .iri("targetUrl", true)
            .text("targetDescription", "targetFramework", "targetCode")
            .lostToV2("an OB 2.0 AlignmentObject has no targetType", "targetType")
            .fromV2("@context", ContextMapping.EMBEDDED)
            .required("an OB 3.0 Alignment needs a {}", "an OB 2.0 AlignmentObject needs a {}", "targetName",
                    "targetUrl");

    private AlignmentMapping() {
    }

    /** One alignment of a badge class or achievement, either way. */
    static void element(Conversion cx, JsonNode v, String p, ArrayNode list, String tgtList) {
        if (!v.isObject()) {
            cx.trace.warning(Code.INVALID_VALUE, p, "an alignment must be " + (cx.toV3() ? "an AlignmentObject"
                    : "an object") + ", got " + JsonValues.describe(v));
            return;
        }
        ObjectNode a = Conversion.object();
        if (cx.toV3()) {
            a.set("type", Conversion.array(Alignment.TYPE));
        }
        TABLE.run(cx, (ObjectNode) v, new Target(a, p, Conversion.at(tgtList, list.size()), false));
        list.add(a);
    }
}
