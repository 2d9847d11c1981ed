package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.Related;

import java.util.Set;

/**
 * A related badge class (OB 2.0) and a Related achievement (OB 3.0): id, type, version and language. The
 * OB 2.0 term {@code BadgeClass} becomes {@code https://w3id.org/openbadges#BadgeClass} and back; a related
 * entry with only an id is an IRI in OB 2.0.
 */
final class RelatedMapping {

    private static final Set<String> OB2_TERMS = Set.of("Assertion", "BadgeClass", "Profile", "Issuer",
            "Endorsement", "Evidence", "Criteria", "AlignmentObject", "Extension");

    private static final Table.Step[] TYPES = TypeMapping.open("Related", null,
            t -> OB2_TERMS.contains(t) ? TypeMapping.OB2_NAMESPACE + t : t);

    static final Table TABLE = Table.between("BadgeClass", BadgeClass.class, "Related", Related.class)
            .iri("id", false)
            .field("type", "type", TYPES[0], TYPES[1])
            .field("version", "version", AchievementMapping::version, (cx, v, p, t) -> cx.text(v, p, t.out, "version", t.tgt))
            .field("@language", "inLanguage", AchievementMapping::language,
                    (cx, v, p, t) -> cx.text(v, p, t.out, "@language", t.tgt))
            .fromV2("@context", ContextMapping.EMBEDDED)
            .closedIn3("an OB 3.0 Related keeps only id, type, version and language");

    private RelatedMapping() {
    }

    /** One related entry of a badge class or achievement, either way. */
    static void element(Conversion cx, JsonNode v, String p, ArrayNode list, String tgtList) {
        String tgt = Conversion.at(tgtList, list.size());
        ObjectNode r = Conversion.object();
        if (cx.toV3()) {
            r.set("type", Conversion.array("Related"));
            if (v.isTextual()) {
                if (cx.iri(v, p, r, "id", tgt, false)) {
                    list.add(r);
                }
                return;
            }
        }
        if (!v.isObject() || !Conversion.isIri(v.path("id"))) {
            cx.trace.warning(Code.INVALID_VALUE, p, cx.toV3() ? "an OB 3.0 Related needs an id (an IRI); this related "
                    + "badge class has none and is not carried over"
                    : "a related achievement without an id (an IRI) is not carried over");
            return;
        }
        int mark = cx.trace.mark();
        TABLE.run(cx, (ObjectNode) v, new Target(r, p, tgt, false));
        if (!cx.toV3() && r.size() == 1) {
            list.add(r.get("id").textValue());
            cx.trace.retarget(mark, Conversion.at(tgt, "id"), tgt);
            cx.trace.retarget(mark, Conversion.at(tgt, "type"), tgt);
        } else {
            list.add(r);
        }
    }
}
