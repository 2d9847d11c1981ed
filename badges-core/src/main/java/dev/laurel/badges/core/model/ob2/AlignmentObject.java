package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.model.Extensions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An objective or educational standard a {@link BadgeClass} aligns to (schema.org
 * {@code AlignmentObject}).
 *
 * @param type defaults to {@code AlignmentObject}
 * @param targetName the name of the target (required)
 * @param targetUrl the URL of the target's official description (required)
 * @param targetDescription a short description of the target
 * @param targetFramework the name of the framework the target belongs to
 * @param targetCode the target's identifier within its framework
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#Alignment">OB 2.0 AlignmentObject</a>
 */
public record AlignmentObject(
        List<String> type,
        Optional<@NotBlank String> targetName,
        Optional<@NotNull @Iri String> targetUrl,
        Optional<String> targetDescription,
        Optional<String> targetFramework,
        Optional<String> targetCode,
        Extensions extensions) {

    /**
     * Creates the object; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public AlignmentObject {
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(targetUrl, "targetUrl");
        Objects.requireNonNull(targetDescription, "targetDescription");
        Objects.requireNonNull(targetFramework, "targetFramework");
        Objects.requireNonNull(targetCode, "targetCode");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an alignment with its two required properties.
     *
     * @param targetName the name of the target
     * @param targetUrl the URL of the target
     * @return the alignment, without {@code type}
     * @throws NullPointerException if an argument is null
     */
    public static AlignmentObject of(String targetName, String targetUrl) {
        return new AlignmentObject(List.of(), Optional.of(Objects.requireNonNull(targetName, "targetName")),
                Optional.of(Objects.requireNonNull(targetUrl, "targetUrl")), Optional.empty(), Optional.empty(),
                Optional.empty(), Extensions.NONE);
    }
}
