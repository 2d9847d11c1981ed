package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of a rubric criterion that a result may assert (OB 3.0 {@code RubricCriterionLevel}).
 *
 * @param id the level's URI, which results refer to
 * @param type the types, which must include {@code RubricCriterionLevel}
 * @param alignment alignments to rubric levels of external frameworks
 * @param description a description of the level
 * @param level the performance level, e.g. {@code Mastered}
 * @param name the level's name (required)
 * @param points the points the level is worth
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#rubriccriterionlevel">Open Badges 3.0, RubricCriterionLevel</a>
 */
@SpecRules
public record RubricCriterionLevel(
        Optional<@NotNull @Iri String> id,
        @NotEmpty List<String> type,
        List<@Valid Alignment> alignment,
        Optional<String> description,
        Optional<String> level,
        Optional<@NotBlank String> name,
        Optional<String> points,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "RubricCriterionLevel";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public RubricCriterionLevel {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        alignment = List.copyOf(Objects.requireNonNull(alignment, "alignment"));
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a rubric criterion level with the required properties and type {@code RubricCriterionLevel}.
     *
     * @param id the level's URI
     * @param name the level's name
     * @return the level
     * @throws NullPointerException if an argument is null
     */
    public static RubricCriterionLevel of(String id, String name) {
        return new RubricCriterionLevel(Optional.of(Objects.requireNonNull(id, "id")), List.of(TYPE), List.of(),
                Optional.empty(), Optional.empty(), Optional.of(Objects.requireNonNull(name, "name")),
                Optional.empty(), Extensions.NONE);
    }
}
