package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Severity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one entry to the conversion engine: runs the concept tables ({@code *Mapping}) in one direction,
 * JSON to JSON, and keeps what one conversion found. The source is the model written as JSON (the same
 * tree the document had), so every member is visited once and accounted for where it stands. The engine
 * depends on nothing of the public {@code convert} package: it reports with its own {@link Code}s and
 * {@link Link}s, which the converter turns into the public report. Not thread-safe: one per conversion.
 *
 * <pre>{@code
 * Engine engine = Engine.toV3(iri -> Optional.empty(), null);
 * ObjectNode credential = engine.convert(Engine.Document.CREDENTIAL, assertionJson);
 * engine.findings(); engine.links();
 * }</pre>
 */
public final class Engine {

    /** The documents the engine converts, named after their OB 3.0 side. */
    public enum Document {
        /** OB 2.0 Assertion and OB 3.0 OpenBadgeCredential. */
        CREDENTIAL,
        /** OB 2.0 BadgeClass and OB 3.0 Achievement. */
        ACHIEVEMENT,
        /** The issuer Profile of both versions. */
        PROFILE,
        /** OB 2.0 Endorsement and OB 3.0 EndorsementCredential. */
        ENDORSEMENT
    }

    /**
     * One finding, which the public report turns into a {@code Problem}.
     *
     * @param severity what it means for the converted document
     * @param code the code, named as the public {@code ConversionCode}
     * @param path the JSON Pointer into the source
     * @param message what happened
     */
    public record Finding(Severity severity, Code code, String path, String message) {
        /** Checks the components. */
        public Finding {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * One member carried over: its JSON Pointer in the source and in the converted document.
     *
     * @param source the pointer in the source
     * @param target the pointer in the converted document
     */
    public record Link(String source, String target) {
        /** Checks the components. */
        public Link {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }
    }

    private final Conversion cx;

    private Engine(Conversion cx) {
        this.cx = cx;
    }

    /**
     * Returns an engine for one conversion from OB 2.0 to 3.0.
     *
     * @param resolver supplies referenced OB 2.0 documents by IRI (a model record or a {@code BadgeDocument})
     * @param newIds supplies a new id for a credential, or null to keep the assertion's id
     * @return the engine
     * @throws NullPointerException if {@code resolver} is null
     */
    public static Engine toV3(Function<String, Optional<Object>> resolver, Supplier<String> newIds) {
        return new Engine(new Conversion(true, Objects.requireNonNull(resolver, "resolver"), newIds));
    }

    /**
     * Returns an engine for one conversion from OB 3.0 to 2.0.
     *
     * @return the engine
     */
    public static Engine toV2() {
        return new Engine(new Conversion(false, iri -> Optional.empty(), null));
    }

    /**
     * Converts a document in this engine's direction.
     *
     * @param document which pair of documents
     * @param src the source document's JSON
     * @return the converted document's JSON
     */
    public ObjectNode convert(Document document, ObjectNode src) {
        switch (document) {
            case CREDENTIAL:
                return cx.toV3() ? CredentialMapping.assertion(cx, src) : CredentialMapping.credential(cx, src);
            case ACHIEVEMENT:
                return AchievementMapping.document(cx, src);
            case PROFILE:
                return ProfileMapping.document(cx, src);
            case ENDORSEMENT:
                return EndorsementMapping.document(cx, src);
            default:
                throw new IllegalArgumentException("no such document: " + document);
        }
    }

    /**
     * Returns what the conversion found, in order.
     *
     * @return the live list
     */
    public List<Finding> findings() {
        return cx.trace.findings();
    }

    /**
     * Returns what the conversion carried over, in order.
     *
     * @return the live list
     */
    public List<Link> links() {
        return cx.trace.links();
    }
}
