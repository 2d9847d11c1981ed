package dev.laurel.badges.core.model.clr;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * A relationship between two achievements of a CLR and the credentials that assert them (CLR 2.0
 * {@code Association}): the source achievement stands in the {@link #associationType()} relation to the target,
 * e.g. a course {@code isPartOf} a programme. Both ends name the {@code id} of an achievement present in the CLR
 * (in the subject's {@code achievement} list or in a nested credential).
 *
 * @param type the type, which must be {@code Association}
 * @param associationType the relationship (required)
 * @param sourceId the {@code id} of the source achievement (required)
 * @param targetId the {@code id} of the target achievement (required)
 * @param extensions what the object carries beyond the typed components (the official schema allows nothing else)
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0/#association">CLR 2.0, Association</a>
 */
@SpecRules
public record Association(
        Optional<String> type,
        Optional<@NotNull AssociationType> associationType,
        Optional<@NotNull @Iri String> sourceId,
        Optional<@NotNull @Iri String> targetId,
        Extensions extensions) {

    /** The type this object's {@code type} must be: {@value}. */
    public static final String TYPE = "Association";

    /**
     * Creates the record. Any combination of present and absent values is accepted, so that an invalid
     * document can be held and reported on.
     *
     * @throws NullPointerException if a component is null
     */
    public Association {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(associationType, "associationType");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an association of type {@code Association} with the three required properties.
     *
     * @param associationType the relationship
     * @param sourceId the {@code id} of the source achievement
     * @param targetId the {@code id} of the target achievement
     * @return the association
     * @throws NullPointerException if an argument is null
     */
    public static Association of(AssociationType associationType, String sourceId, String targetId) {
        Objects.requireNonNull(associationType, "associationType");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        return new Association(Optional.of(TYPE), Optional.of(associationType), Optional.of(sourceId),
                Optional.of(targetId), Extensions.NONE);
    }
}
