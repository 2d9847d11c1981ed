package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A two-way mapping table between an OB 2.0 type and its OB 3.0 counterpart, member by member: each row
 * names the member on both sides (or on one side only), the step that converts it in each direction, and
 * what is reported when a direction has no place for it. {@link #run} runs the table in the direction of
 * the conversion; the loss report comes from the same rows. A member no row names is an extension, carried
 * over under its name ({@link Conversion#carry}) unless the target type is closed.
 *
 * <pre>{@code
 * Table t = Table.between("AlignmentObject", AlignmentObject.class, "Alignment", Alignment.class)
 *         .requiredText("targetName")                   // the same member, a string, both ways
 *         .text("telephone", "phone")                   // renamed
 *         .lostToV2("an OB 2.0 AlignmentObject has no targetType", "targetType");
 * }</pre>
 */
final class Table {

    /** What one direction does with one source member. */
    @FunctionalInterface
    interface Step {
        void apply(Conversion cx, JsonNode value, String pointer, Target target);
    }

    /** What one direction does with one element of a list member. */
    @FunctionalInterface
    interface Element {
        void apply(Conversion cx, JsonNode value, String pointer, ArrayNode list, String listPointer);
    }

    /** A member the target requires: its name in the source and the message when the source lacks it. */
    private record Required(String name, String message, boolean always) {
    }

    private final String label2;
    private final String label3;
    private final Set<String> names2;
    private final Set<String> names3;
    private final Map<String, Step> fromV2 = new HashMap<>();
    private final Map<String, Step> fromV3 = new HashMap<>();
    private final List<Required> requiredToV3 = new ArrayList<>();
    private final List<Required> requiredToV2 = new ArrayList<>();
    private String closedIn3;
    private String closedIn2;

    private Table(String label2, Set<String> names2, String label3, Set<String> names3) {
        this.label2 = label2;
        this.names2 = names2;
        this.label3 = label3;
        this.names3 = names3;
    }

    /**
     * Starts a table; the records give the property names an extension may not take on each side.
     *
     * @param label2 the OB 2.0 type's name in messages
     * @param record2 the OB 2.0 model record
     * @param label3 the OB 3.0 type's name in messages
     * @param record3 the OB 3.0 model record
     * @return the empty table
     */
    static Table between(String label2, Class<?> record2, String label3, Class<?> record3) {
        return new Table(label2, Conversion.names(record2), label3, Conversion.names(record3));
    }

    // ------------------------------------------------------------------ rows for both directions

    /** A member on both sides ({@code ob2} and {@code ob3} name it), with the step of each direction. */
    Table field(String ob2, String ob3, Step toV3, Step toV2) {
        fromV2.put(ob2, toV3);
        fromV3.put(ob3, toV2);
        return this;
    }

    /** A string member, renamed from {@code ob2} to {@code ob3}. */
    Table text(String ob2, String ob3) {
        return field(ob2, ob3, (cx, v, p, t) -> cx.text(v, p, t.out, ob3, t.tgt),
                (cx, v, p, t) -> cx.text(v, p, t.out, ob2, t.tgt));
    }

    /** String members of the same name on both sides. */
    Table text(String... names) {
        for (String name : names) {
            text(name, name);
        }
        return this;
    }

    /** A string member both sides require (not blank). */
    Table requiredText(String name) {
        Step step = (cx, v, p, t) -> cx.text(v, p, t.out, name, t.tgt, true);
        return field(name, name, step, step);
    }

    /** An IRI member of the same name; {@code required} says whether a bad value is an error. */
    Table iri(String name, boolean required) {
        Step step = (cx, v, p, t) -> cx.iri(v, p, t.out, name, t.tgt, required);
        return field(name, name, step, step);
    }

    /** A list member: each element is converted by the direction's element step into the target list. */
    Table list(String ob2, String ob3, Element toV3, Element toV2) {
        return field(ob2, ob3, (cx, v, p, t) -> cx.each(v, p, (e, ep) -> toV3.apply(cx, e, ep, t.list(ob3),
                        Conversion.at(t.tgt, ob3))),
                (cx, v, p, t) -> cx.each(v, p, (e, ep) -> toV2.apply(cx, e, ep, t.list(ob2), Conversion.at(t.tgt, ob2))));
    }

    /** The {@code type} member: the values each side accepts are the type the target writes itself. */
    Table types(Set<String> accepted2, Set<String> accepted3) {
        return field("type", "type", TypeMapping.accept(accepted2), TypeMapping.accept(accepted3));
    }

    // ------------------------------------------------------------------ rows for one direction

    /** A member read from OB 2.0 only; reading OB 3.0 the name is an extension. */
    Table fromV2(String ob2, Step toV3) {
        fromV2.put(ob2, toV3);
        return this;
    }

    /** A member read from OB 3.0 only; reading OB 2.0 the name is an extension. */
    Table fromV3(String ob3, Step toV2) {
        fromV3.put(ob3, toV2);
        return this;
    }

    /** OB 2.0 members OB 3.0 has no place for: lost (WARNING); {@code {}} in {@code why} is the name. */
    Table lostToV3(String why, String... ob2) {
        return loss(fromV2, Severity.WARNING, why, ob2);
    }

    /** OB 2.0 members that carry nothing OB 3.0 needs: dropped (INFO). */
    Table droppedToV3(String why, String... ob2) {
        return loss(fromV2, Severity.INFO, why, ob2);
    }

    /** OB 3.0 members OB 2.0 has no place for: lost (WARNING); {@code {}} in {@code why} is the name. */
    Table lostToV2(String why, String... ob3) {
        return loss(fromV3, Severity.WARNING, why, ob3);
    }

    /** OB 3.0 members that carry nothing OB 2.0 needs: dropped (INFO). */
    Table droppedToV2(String why, String... ob3) {
        return loss(fromV3, Severity.INFO, why, ob3);
    }

    private Table loss(Map<String, Step> rows, Severity severity, String why, String... names) {
        for (String name : names) {
            String message = why.replace("{}", name);
            rows.put(name, (cx, v, p, t) -> cx.trace.report(severity, Code.NO_COUNTERPART, p, message));
        }
        return this;
    }

    /** The OB 3.0 type allows no other members: an OB 2.0 extension is lost with this reason. */
    Table closedIn3(String why) {
        this.closedIn3 = why;
        return this;
    }

    /** The OB 2.0 side has no place for other members: an OB 3.0 extension is lost ({@code {}} is its name). */
    Table closedIn2(String why) {
        this.closedIn2 = why;
        return this;
    }

    /** A member OB 3.0 requires; {@code ob2} is where it would be in the source. */
    Table requiredToV3(String ob2, String message) {
        requiredToV3.add(new Required(ob2, message, false));
        return this;
    }

    /** A member OB 3.0 requires and OB 2.0 never has: always reported missing. */
    Table alwaysMissingToV3(String ob2, String message) {
        requiredToV3.add(new Required(ob2, message, true));
        return this;
    }

    /** A member OB 2.0 requires; {@code ob3} is where it would be in the source. */
    Table requiredToV2(String ob3, String message) {
        requiredToV2.add(new Required(ob3, message, false));
        return this;
    }

    /**
     * Members the target requires, with the message of each direction ({@code {}} is the name; null when
     * that direction does not require them).
     */
    Table required(String toV3, String toV2, String... names) {
        for (String name : names) {
            if (toV3 != null) {
                requiredToV3(name, toV3.replace("{}", name));
            }
            if (toV2 != null) {
                requiredToV2(name, toV2.replace("{}", name));
            }
        }
        return this;
    }

    // ------------------------------------------------------------------ running

    /**
     * Runs the table over a source object in the conversion's direction: every member is converted by its
     * row or carried as an extension, the target's lists are set, and missing required members reported.
     *
     * @param cx the conversion
     * @param src the source object
     * @param t where the converted members go
     */
    void run(Conversion cx, ObjectNode src, Target t) {
        boolean toV3 = cx.toV3();
        Map<String, Step> rows = toV3 ? fromV2 : fromV3;
        t.src = src;
        for (Map.Entry<String, JsonNode> m : cx.members(src, t.at)) {
            String name = m.getKey();
            JsonNode v = m.getValue();
            String p = Conversion.at(t.at, name);
            if (v.isNull()) {
                cx.nullValue(p);
                continue;
            }
            Step step = rows.get(name);
            if (step != null) {
                step.apply(cx, v, p, t);
            } else if (toV3 && closedIn3 != null) {
                cx.lost(p, closedIn3);
            } else if (!toV3 && closedIn2 != null) {
                cx.lost(p, closedIn2.replace("{}", name));
            } else {
                cx.carry(name, v, t.at, t.out, t.tgt, toV3 ? names3 : names2, toV3 ? label3 : label2);
            }
        }
        t.finish();
        for (Required r : toV3 ? requiredToV3 : requiredToV2) {
            if (r.always() || !src.has(r.name())) {
                cx.missing(Conversion.at(t.at, r.name()), r.message());
            }
        }
    }
}
