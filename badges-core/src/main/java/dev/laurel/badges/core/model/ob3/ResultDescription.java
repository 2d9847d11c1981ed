package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
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
     * Returns a builder with {@code type} set to the required type,
     * and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this object's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.type = new ArrayList<>(type);
        b.alignment = new ArrayList<>(alignment);
        b.allowedValue = new ArrayList<>(allowedValue);
        b.name = name;
        b.requiredLevel = requiredLevel;
        b.requiredValue = requiredValue;
        b.resultType = resultType;
        b.rubricCriterionLevel = new ArrayList<>(rubricCriterionLevel);
        b.valueMax = valueMax;
        b.valueMin = valueMin;
        b.extensions = extensions;
        return b;
    }

    /**
     * Builds {@link ResultDescription} values. Setters check their argument at once; {@link #build()} checks that
     * the required properties are present. Not thread-safe.
     */
    public static final class Builder {
        private Optional<String> id = Optional.empty();
        private ArrayList<String> type = new ArrayList<>(List.of(TYPE));
        private ArrayList<Alignment> alignment = new ArrayList<>();
        private ArrayList<String> allowedValue = new ArrayList<>();
        private Optional<String> name = Optional.empty();
        private Optional<String> requiredLevel = Optional.empty();
        private Optional<String> requiredValue = Optional.empty();
        private Optional<ResultType> resultType = Optional.empty();
        private ArrayList<RubricCriterionLevel> rubricCriterionLevel = new ArrayList<>();
        private Optional<String> valueMax = Optional.empty();
        private Optional<String> valueMin = Optional.empty();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * Sets {@code id}.
         *
         * @param id the result description's URI, which results refer to (required)
         * @return this builder
         * @throws NullPointerException if {@code id} is null
         */
        public Builder id(String id) {
            this.id = Optional.of(Objects.requireNonNull(id, "id"));
            return this;
        }

        /**
         * Replaces {@code type}.
         *
         * @param type the types, which must include {@code ResultDescription}
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder type(List<String> type) {
            this.type = new ArrayList<>(List.copyOf(Objects.requireNonNull(type, "type")));
            return this;
        }

        /**
         * Appends one value to {@code type}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Replaces {@code alignment}.
         *
         * @param alignment alignments to external frameworks
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder alignment(List<Alignment> alignment) {
            this.alignment = new ArrayList<>(List.copyOf(Objects.requireNonNull(alignment, "alignment")));
            return this;
        }

        /**
         * Appends one value to {@code alignment}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addAlignment(Alignment value) {
            this.alignment.add(Objects.requireNonNull(value, "alignment"));
            return this;
        }

        /**
         * Replaces {@code allowedValue}.
         *
         * @param allowedValue the allowed values, ordered from low to high
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder allowedValue(List<String> allowedValue) {
            this.allowedValue = new ArrayList<>(List.copyOf(Objects.requireNonNull(allowedValue, "allowedValue")));
            return this;
        }

        /**
         * Appends one value to {@code allowedValue}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addAllowedValue(String value) {
            this.allowedValue.add(Objects.requireNonNull(value, "allowedValue"));
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name the result's name (required)
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder name(String name) {
            this.name = Optional.of(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets {@code requiredLevel}.
         *
         * @param requiredLevel the {@code id} of the rubric criterion level required to pass
         * @return this builder
         * @throws NullPointerException if {@code requiredLevel} is null
         */
        public Builder requiredLevel(String requiredLevel) {
            this.requiredLevel = Optional.of(Objects.requireNonNull(requiredLevel, "requiredLevel"));
            return this;
        }

        /**
         * Sets {@code requiredValue}.
         *
         * @param requiredValue the value required to pass
         * @return this builder
         * @throws NullPointerException if {@code requiredValue} is null
         */
        public Builder requiredValue(String requiredValue) {
            this.requiredValue = Optional.of(Objects.requireNonNull(requiredValue, "requiredValue"));
            return this;
        }

        /**
         * Sets {@code resultType}.
         *
         * @param resultType the kind of result (required)
         * @return this builder
         * @throws NullPointerException if {@code resultType} is null
         */
        public Builder resultType(ResultType resultType) {
            this.resultType = Optional.of(Objects.requireNonNull(resultType, "resultType"));
            return this;
        }

        /**
         * Replaces {@code rubricCriterionLevel}.
         *
         * @param rubricCriterionLevel the rubric levels, ordered from low to high
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder rubricCriterionLevel(List<RubricCriterionLevel> rubricCriterionLevel) {
            this.rubricCriterionLevel = new ArrayList<>(List.copyOf(
                    Objects.requireNonNull(rubricCriterionLevel, "rubricCriterionLevel")));
            return this;
        }

        /**
         * Appends one value to {@code rubricCriterionLevel}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addRubricCriterionLevel(RubricCriterionLevel value) {
            this.rubricCriterionLevel.add(Objects.requireNonNull(value, "rubricCriterionLevel"));
            return this;
        }

        /**
         * Sets {@code valueMax}.
         *
         * @param valueMax the highest possible value
         * @return this builder
         * @throws NullPointerException if {@code valueMax} is null
         */
        public Builder valueMax(String valueMax) {
            this.valueMax = Optional.of(Objects.requireNonNull(valueMax, "valueMax"));
            return this;
        }

        /**
         * Sets {@code valueMin}.
         *
         * @param valueMin the lowest possible value
         * @return this builder
         * @throws NullPointerException if {@code valueMin} is null
         */
        public Builder valueMin(String valueMin) {
            this.valueMin = Optional.of(Objects.requireNonNull(valueMin, "valueMin"));
            return this;
        }

        /**
         * Replaces the extensions (properties beyond the model, compacted list names).
         *
         * @param extensions the extensions
         * @return this builder
         * @throws NullPointerException if {@code extensions} is null
         */
        public Builder extensions(Extensions extensions) {
            this.extensions = Objects.requireNonNull(extensions, "extensions");
            return this;
        }

        /**
         * Adds or replaces one extension property.
         *
         * @param name the property name, e.g. a full IRI or a term defined by an extension context
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder extension(String name, JsonValue value) {
            this.extensions = extensions.with(Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the ResultDescription
         * @throws IllegalStateException if a required property is missing (the message names it)
         */
        public ResultDescription build() {
            require(id.isPresent(), "id");
            require(name.isPresent(), "name");
            require(resultType.isPresent(), "resultType");
            require(!type.isEmpty(), "type");
            return new ResultDescription(id, type, alignment, allowedValue, name, requiredLevel,
                    requiredValue, resultType, rubricCriterionLevel, valueMax, valueMin, extensions);
        }

        private static void require(boolean present, String property) {
            if (!present) {
                throw new IllegalStateException("ResultDescription." + property + " is required");
            }
        }
    }
}
