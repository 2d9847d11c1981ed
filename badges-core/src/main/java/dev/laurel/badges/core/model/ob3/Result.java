package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A result the recipient achieved, e.g. a grade or a rubric level (OB 3.0 {@code Result}).
 *
 * @param type the types, which must include {@code Result}
 * @param achievedLevel the {@code id} of the achieved rubric criterion level of the linked result description
 * @param alignment alignments of this result to external frameworks
 * @param resultDescription the {@code id} of the linked result description of the achievement
 * @param status the status of the achievement; required if the linked result description's type is {@code Status}
 * @param value the result, e.g. {@code A} for a letter grade
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#result">Open Badges 3.0, Result</a>
 */
@SpecRules
public record Result(
        @NotEmpty List<String> type,
        Optional<@Iri String> achievedLevel,
        List<@Valid Alignment> alignment,
        Optional<@Iri String> resultDescription,
        Optional<ResultStatusType> status,
        Optional<String> value,
        Extensions extensions) {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "Result";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Result {
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(achievedLevel, "achievedLevel");
        alignment = List.copyOf(Objects.requireNonNull(alignment, "alignment"));
        Objects.requireNonNull(resultDescription, "resultDescription");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a result with a value for a result description.
     *
     * @param resultDescription the {@code id} of the achievement's result description
     * @param value the value achieved
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    public static Result ofValue(String resultDescription, String value) {
        return new Result(List.of(TYPE), Optional.empty(), List.of(),
                Optional.of(Objects.requireNonNull(resultDescription, "resultDescription")), Optional.empty(),
                Optional.of(Objects.requireNonNull(value, "value")), Extensions.NONE);
    }

    /**
     * Returns a result with a status for a result description of type {@code Status}.
     *
     * @param resultDescription the {@code id} of the achievement's result description
     * @param status the status
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    public static Result ofStatus(String resultDescription, ResultStatusType status) {
        return new Result(List.of(TYPE), Optional.empty(), List.of(),
                Optional.of(Objects.requireNonNull(resultDescription, "resultDescription")),
                Optional.of(Objects.requireNonNull(status, "status")), Optional.empty(), Extensions.NONE);
    }

    /**
     * Returns a result that asserts a rubric criterion level.
     *
     * @param resultDescription the {@code id} of the achievement's result description
     * @param achievedLevel the {@code id} of the rubric criterion level achieved
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    public static Result ofLevel(String resultDescription, String achievedLevel) {
        return new Result(List.of(TYPE), Optional.of(Objects.requireNonNull(achievedLevel, "achievedLevel")),
                List.of(), Optional.of(Objects.requireNonNull(resultDescription, "resultDescription")),
                Optional.empty(), Optional.empty(), Extensions.NONE);
    }
}
