package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.GenerateBuilder;
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
 * A possible result of an achievement, e.g. a grade on a scale or a rubric (OB 3.0 {@code ResultDescription}).
 * Results in a credential link to one by its {@code id}.
 *
 * @param id the result description's URI, which results refer to (required)
 * @param type the types, which must include {@code ResultDescription}
 * @param alignment alignments to external frameworks
 * @param allowedValue the allowed values, ordered from low to high
 * @param name the result's name (required)
 * @param requiredLevel the {@code id} of the rubric criterion level required to pass
 * @param requiredValue the value required to pass
 * @param resultType the kind of result (required)
 * @param rubricCriterionLevel the rubric levels, ordered from low to high
 * @param valueMax the highest possible value
 * @param valueMin the lowest possible value
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#resultdescription">Open Badges 3.0, ResultDescription</a>
 */
@GenerateBuilder
@SpecRules
public record ResultDescription(
        Optional<@NotNull @Iri String> id,
        @NotEmpty List<String> type,
        List<@Valid Alignment> alignment,
        List<String> allowedValue,
        Optional<@NotBlank String> name,
        Optional<@Iri String> requiredLevel,
        Optional<String> requiredValue,
        Optional<@NotNull ResultType> resultType,
        List<@Valid RubricCriterionLevel> rubricCriterionLevel,
        Optional<String> valueMax,
        Optional<String> valueMin,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "ResultDescription";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public ResultDescription {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        alignment = List.copyOf(Objects.requireNonNull(alignment, "alignment"));
        allowedValue = List.copyOf(Objects.requireNonNull(allowedValue, "allowedValue"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requiredLevel, "requiredLevel");
        Objects.requireNonNull(requiredValue, "requiredValue");
        Objects.requireNonNull(resultType, "resultType");
        rubricCriterionLevel = List.copyOf(Objects.requireNonNull(rubricCriterionLevel, "rubricCriterionLevel"));
        Objects.requireNonNull(valueMax, "valueMax");
        Objects.requireNonNull(valueMin, "valueMin");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a builder with {@code type} set to the required type and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder().type(List.of(TYPE));
    }

    /**
     * Returns a builder holding this object's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds {@link ResultDescription} values. The setters and {@code build()} are generated from the record's components and
     * constraint annotations: see {@link ResultDescriptionBuilder}.
     */
    public static final class Builder extends ResultDescriptionBuilder {
        Builder() {
        }
    }

}
