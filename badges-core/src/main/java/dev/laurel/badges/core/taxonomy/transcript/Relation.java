package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.model.clr.AssociationType;

import java.util.Objects;

/**
 * One complete association of a CLR as a {@link Transcript} reads it.
 *
 * @param index the association's position in {@code credentialSubject.association}
 * @param path its JSON Pointer in the CLR
 * @param type the association type
 * @param role what it means for the derived pathways
 * @param sourceId the source achievement's id
 * @param targetId the target achievement's id
 * @param sourceHeld whether the CLR holds an achievement with the source id
 * @param targetHeld whether the CLR holds an achievement with the target id
 */
public record Relation(int index, String path, AssociationType type, RelationRole role, String sourceId,
        String targetId, boolean sourceHeld, boolean targetHeld) {

    /**
     * Creates the relation.
     *
     * @throws NullPointerException if a component is null
     */
    public Relation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
    }

    /**
     * Returns the role an association type plays: {@link RelationRole#STEP} for {@code isPartOf},
     * {@code isChildOf} and {@code isParentOf}, {@link RelationRole#PREREQUISITE} for {@code precedes}, else
     * {@link RelationRole#RELATED}.
     *
     * @param type the association type
     * @return the role
     * @throws NullPointerException if {@code type} is null
     */
    public static RelationRole roleOf(AssociationType type) {
        Objects.requireNonNull(type, "type");
        if (type.equals(AssociationType.IS_PART_OF) || type.equals(AssociationType.IS_CHILD_OF)
                || type.equals(AssociationType.IS_PARENT_OF)) {
            return RelationRole.STEP;
        }
        return type.equals(AssociationType.PRECEDES) ? RelationRole.PREREQUISITE : RelationRole.RELATED;
    }

    /**
     * Tells whether both ends name achievements the CLR holds.
     *
     * @return {@code true} if resolved
     */
    public boolean isResolved() {
        return sourceHeld && targetHeld;
    }

    /**
     * Returns the part in a part-of relation: the source, or the target for {@code isParentOf}.
     *
     * @return the part's achievement id
     * @throws IllegalStateException if the relation is not a {@link RelationRole#STEP}
     */
    public String part() {
        requireStep();
        return type.equals(AssociationType.IS_PARENT_OF) ? targetId : sourceId;
    }

    /**
     * Returns the whole in a part-of relation: the target, or the source for {@code isParentOf}.
     *
     * @return the whole's achievement id
     * @throws IllegalStateException if the relation is not a {@link RelationRole#STEP}
     */
    public String whole() {
        requireStep();
        return type.equals(AssociationType.IS_PARENT_OF) ? sourceId : targetId;
    }

    private void requireStep() {
        if (role != RelationRole.STEP) {
            throw new IllegalStateException("a " + type.value() + " relation has no part and whole");
        }
    }
}
