package dev.laurel.badges.core.model.clr;

import dev.laurel.badges.core.model.Term;
import dev.laurel.badges.core.model.ob3.Ob3Terms;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The kind of relationship an {@link Association} states between a source and a target achievement (CLR 2.0
 * {@code AssociationType}), e.g. {@code isPartOf}: the source (a course) is part of the target (a programme).
 *
 * <p>The official schema lists eight terms. The model is open: any value is held and written back as it is,
 * and {@link #isAllowed()} tells whether it is one of the eight or an {@code ext:} extension term. (The official
 * JSON Schema closes the list, so a JSON validation reports an extension term as a schema finding.)
 *
 * @param value the term as written, e.g. {@code "isPartOf"}
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0/#associationtype">CLR 2.0, AssociationType</a>
 */
public record AssociationType(String value) implements Term {

    /** {@code exactMatchOf}: the source achievement is an exact match of the target. */
    public static final AssociationType EXACT_MATCH_OF = new AssociationType("exactMatchOf");

    /** {@code isChildOf}: the source achievement is the child of the target, e.g. in a hierarchy. */
    public static final AssociationType IS_CHILD_OF = new AssociationType("isChildOf");

    /** {@code isParentOf}: the source achievement is the parent of the target. */
    public static final AssociationType IS_PARENT_OF = new AssociationType("isParentOf");

    /** {@code isPartOf}: the source achievement is part of the target, e.g. a course of a programme. */
    public static final AssociationType IS_PART_OF = new AssociationType("isPartOf");

    /** {@code isPeerOf}: the source achievement is a peer of the target. */
    public static final AssociationType IS_PEER_OF = new AssociationType("isPeerOf");

    /** {@code isRelatedTo}: the source achievement is related to the target. */
    public static final AssociationType IS_RELATED_TO = new AssociationType("isRelatedTo");

    /** {@code precedes}: the source achievement precedes the target, e.g. is its prerequisite. */
    public static final AssociationType PRECEDES = new AssociationType("precedes");

    /** {@code replacedBy}: the source achievement is replaced by the target. */
    public static final AssociationType REPLACED_BY = new AssociationType("replacedBy");

    private static final List<AssociationType> STANDARD = List.of(EXACT_MATCH_OF, IS_CHILD_OF, IS_PARENT_OF,
            IS_PART_OF, IS_PEER_OF, IS_RELATED_TO, PRECEDES, REPLACED_BY);

    private static final Set<String> STANDARD_VALUES =
            Set.copyOf(STANDARD.stream().map(AssociationType::value).toList());

    /**
     * Creates a term.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public AssociationType {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the term for a value, standard or not.
     *
     * @param value the term as written
     * @return the term
     * @throws NullPointerException if {@code value} is null
     */
    public static AssociationType of(String value) {
        return new AssociationType(value);
    }

    /**
     * Returns the terms the official schema defines, in its order.
     *
     * @return the standard terms
     */
    public static List<AssociationType> standardValues() {
        return STANDARD;
    }

    /**
     * Tells whether the value is one of the terms the official schema defines.
     *
     * @return {@code true} for a standard term
     */
    public boolean isStandard() {
        return STANDARD_VALUES.contains(value);
    }

    /**
     * Tells whether the value is an extension term: {@code ext:} followed by letters, digits, {@code .},
     * {@code -} or {@code _}.
     *
     * @return {@code true} for an extension term
     */
    public boolean isExtension() {
        return Ob3Terms.isExtensionTerm(value);
    }

    /**
     * Tells whether the value is a standard term or an extension term.
     *
     * @return {@code true} if allowed
     */
    public boolean isAllowed() {
        return isStandard() || isExtension();
    }
}
