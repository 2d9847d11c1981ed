package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.internal.JsonValues;

import java.util.Iterator;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The {@code type} member, both ways. Most types are fixed: the target writes its own, and the source's
 * accepted values map to it ({@link #accept}). Evidence, Related and an endorsement's subject may hold
 * other type IRIs, which are kept ({@link #open}).
 */
final class TypeMapping {

    /** The OB 2.0 vocabulary namespace: short OB 2.0 type terms expand to it outside their context. */
    static final String OB2_NAMESPACE = "https://w3id.org/openbadges#";

    private TypeMapping() {
    }

    /** A fixed type: the accepted values map to the target's type (or to the object when it writes none). */
    static Table.Step accept(Set<String> accepted) {
        String[] values = accepted.toArray(String[]::new);
        return (cx, v, p, t) -> cx.types(v, p, t.out.has("type") ? Conversion.at(t.tgt, "type") : t.tgt, values);
    }

    /**
     * An open type list: the concept's own OB 3.0 type maps to the target's; other absolute IRIs are kept.
     * To OB 3.0, {@code rename} expands OB 2.0 terms first; to OB 2.0, the OB 2.0 namespace's terms are
     * written short again, and the concept's type becomes {@code ob2Type} (none when null).
     *
     * @param ob3Type the concept's OB 3.0 type
     * @param ob2Type the concept's OB 2.0 type written to OB 2.0, or null
     * @param rename how an OB 2.0 value reads in OB 3.0
     * @return the row's steps: to OB 3.0 and to OB 2.0
     */
    static Table.Step[] open(String ob3Type, String ob2Type, UnaryOperator<String> rename) {
        return new Table.Step[] {(cx, v, p, t) -> toV3(cx, v, p, t.out, t.tgt, ob3Type, rename),
                (cx, v, p, t) -> toV2(cx, v, p, t.out, Conversion.at(t.tgt, "type"), ob3Type, ob2Type)};
    }

    /** Types of an object whose OB 3.0 type list may hold other IRIs: absolute IRIs are kept. */
    private static void toV3(Conversion cx, JsonNode v, String p, ObjectNode out, String outPointer, String ob3Type,
            UnaryOperator<String> rename) {
        ArrayNode type = (ArrayNode) out.get("type");
        eachType(cx, v, p, (value, ip) -> {
            String t = rename.apply(value);
            if (t.equals(ob3Type)) {
                cx.trace.map(ip, Conversion.at(outPointer, "type"));
            } else if (t.indexOf(':') > 0 && Conversion.isIri(t)) {
                cx.trace.map(ip, Conversion.at(Conversion.at(outPointer, "type"), type.size()));
                type.add(t);
            } else {
                cx.lost(ip, cx.noCounterpart(t));
            }
        });
    }

    /** Extra type IRIs OB 2.0 can hold: the OB 2.0 namespace's own terms are written short again. */
    private static void toV2(Conversion cx, JsonNode v, String p, ObjectNode out, String outPointer, String ob3Type,
            String ob2Type) {
        eachType(cx, v, p, (t, ip) -> {
            if (t.equals(ob3Type)) {
                if (ob2Type != null) {
                    add(out, ob2Type);
                }
                cx.trace.map(ip, outPointer);
            } else if (t.startsWith(OB2_NAMESPACE) && t.length() > OB2_NAMESPACE.length()) {
                add(out, t.substring(OB2_NAMESPACE.length()));
                cx.trace.map(ip, outPointer);
            } else if (Conversion.isIri(t)) {
                add(out, t);
                cx.trace.map(ip, outPointer);
            } else {
                cx.lost(ip, cx.noCounterpart(t));
            }
        });
    }

    /** Each string of an open type list with its pointer; an empty list and a value not a string are reported. */
    private static void eachType(Conversion cx, JsonNode v, String p, BiConsumer<String, String> handler) {
        if (v.isArray() && v.isEmpty()) {
            cx.dropped(p, "an empty type list carries nothing");
            return;
        }
        int i = 0;
        for (Iterator<JsonNode> it = Conversion.values(v); it.hasNext(); i++) {
            JsonNode item = it.next();
            String ip = v.isArray() ? Conversion.at(p, i) : p;
            if (item.isTextual()) {
                handler.accept(item.textValue(), ip);
            } else {
                cx.trace.warning(Code.INVALID_VALUE, ip, "a type must be a string, got " + JsonValues.describe(item));
            }
        }
    }

    private static void add(ObjectNode out, String type) {
        JsonNode existing = out.get("type");
        if (existing == null) {
            out.set("type", Conversion.array(type));
        } else {
            ((ArrayNode) existing).add(type);
        }
    }
}
