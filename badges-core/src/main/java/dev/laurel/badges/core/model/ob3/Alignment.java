package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An alignment between an achievement (or a result description, a rubric level, a result) and a node in an
 * educational framework (OB 3.0 {@code Alignment}).
 *
 * @param type the types, which must include {@code Alignment}
 * @param targetCode a string that identifies the target within its framework
 * @param targetDescription a short description of the target
 * @param targetName the name of the target (required)
 * @param targetFramework the name of the framework the target belongs to
 * @param targetType the kind of node the target is
 * @param targetUrl the URL of the target's official description (required)
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#alignment">Open Badges 3.0, Alignment</a>
 */
@SpecRules
public record Alignment(
        @NotEmpty List<String> type,
        Optional<String> targetCode,
        Optional<String> targetDescription,
        Optional<@NotBlank String> targetName,
        Optional<String> targetFramework,
        Optional<AlignmentTargetType> targetType,
        Optional<@NotNull @Iri String> targetUrl,
        Extensions extensions) {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "Alignment";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Alignment {
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(targetCode, "targetCode");
        Objects.requireNonNull(targetDescription, "targetDescription");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(targetFramework, "targetFramework");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetUrl, "targetUrl");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an alignment with the two required properties and type {@code Alignment}.
     *
     * @param targetName the name of the target
     * @param targetUrl the URL of the target
     * @return the alignment
     * @throws NullPointerException if an argument is null
     */
    public static Alignment of(String targetName, String targetUrl) {
        return new Alignment(List.of(TYPE), Optional.empty(), Optional.empty(),
                Optional.of(Objects.requireNonNull(targetName, "targetName")), Optional.empty(), Optional.empty(),
                Optional.of(Objects.requireNonNull(targetUrl, "targetUrl")), Extensions.NONE);
    }

    /**
     * Returns an alignment to a node of a named framework.
     *
     * @param targetName the name of the target
     * @param targetUrl the URL of the target
     * @param targetFramework the framework's name
     * @param targetCode the target's code within the framework
     * @return the alignment
     * @throws NullPointerException if an argument is null
     */
    public static Alignment of(String targetName, String targetUrl, String targetFramework, String targetCode) {
        return new Alignment(List.of(TYPE), Optional.of(Objects.requireNonNull(targetCode, "targetCode")),
                Optional.empty(), Optional.of(Objects.requireNonNull(targetName, "targetName")),
                Optional.of(Objects.requireNonNull(targetFramework, "targetFramework")), Optional.empty(),
                Optional.of(Objects.requireNonNull(targetUrl, "targetUrl")), Extensions.NONE);
    }

    /**
     * Returns a copy with the given target type.
     *
     * @param targetType the kind of target
     * @return the new alignment
     * @throws NullPointerException if {@code targetType} is null
     */
    public Alignment withTargetType(AlignmentTargetType targetType) {
        return new Alignment(type, targetCode, targetDescription, targetName, targetFramework,
                Optional.of(Objects.requireNonNull(targetType, "targetType")), targetUrl, extensions);
    }
}
