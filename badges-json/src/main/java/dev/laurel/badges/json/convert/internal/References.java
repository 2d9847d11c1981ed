package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;

import java.util.Optional;
import java.util.function.Function;

/**
 * References by IRI, OB 2.0 to 3.0 only (OB 3.0 embeds what OB 2.0 may name by IRI): the badge class, its
 * issuer and endorsements come from the caller's resolver, and what it supplies is converted as if it were
 * embedded at the reference. A one-way concept, so it has no table.
 */
final class References {

    /** How deep resolved references may nest (issuer of a badge class, endorsements of an issuer...). */
    private static final int MAX_RESOLUTION_DEPTH = 6;

    private References() {
    }

    /**
     * Resolves a reference through the caller's resolver and converts what it supplies, reporting
     * content from it at the reference's pointer. When nothing usable comes back, reports the reference
     * as unresolved with the given severity and consequence, once.
     */
    static <R> Optional<R> resolve(Conversion cx, String iri, Class<?> type, String what, String p,
            Severity severity, String consequence, Function<ObjectNode, R> convert) {
        Trace trace = cx.trace;
        if (trace.resolving(iri) || trace.depth() >= MAX_RESOLUTION_DEPTH) {
            trace.report(severity, Code.UNRESOLVED_REFERENCE, p, "the " + what + " " + iri + " refers back "
                    + "to a document being converted (or nests too deep) and is not embedded again: " + consequence);
            return Optional.empty();
        }
        Object document = cx.supplied(iri).orElse(null);
        if (document instanceof BadgeDocument doc) {
            document = doc.model().orElse(doc);
        }
        if (document != null && !type.isInstance(document)) {
            trace.warning(Code.INVALID_VALUE, p, "the resolver supplied "
                    + (document instanceof BadgeDocument ? "a document that is not a badge"
                    : "a " + document.getClass().getSimpleName()) + " for the " + what + " " + iri);
            document = null;
        }
        if (document == null) {
            trace.report(severity, Code.UNRESOLVED_REFERENCE, p, "the " + what + " " + iri
                    + " was not supplied: " + consequence);
            return Optional.empty();
        }
        ObjectNode json = BadgeJson.standard().toJson(document);
        trace.enter(iri);
        try {
            return Optional.of(convert.apply(json));
        } finally {
            trace.leave();
        }
    }

    /** A resolved document whose own id is unusable (reported) is known by the IRI it was resolved from. */
    static void idFromReference(ObjectNode converted, String iri) {
        if (!converted.has("id")) {
            converted.put("id", iri);
        }
    }
}
