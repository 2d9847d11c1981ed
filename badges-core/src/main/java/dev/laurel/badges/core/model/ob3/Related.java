package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Another achievement to be considered the same for most purposes, e.g. another language edition or version (OB 3.0
 * {@code Related}).
 *
 * @param id the related achievement's URI
 * @param type the types, which must include {@code Related}
 * @param inLanguage the related achievement's language (a BCP 47 code)
 * @param version the related achievement's version
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#related">Open Badges 3.0, Related</a>
 */
@SpecRules
public record Related(
        Optional<@NotNull @Iri String> id,
        @NotEmpty List<String> type,
        Optional<String> inLanguage,
        Optional<String> version,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "Related";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Related {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(inLanguage, "inLanguage");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a reference to a related achievement, with type {@code Related}.
     *
     * @param id the related achievement's URI
     * @return the related entry
     * @throws NullPointerException if {@code id} is null
     */
    public static Related of(String id) {
        return new Related(Optional.of(Objects.requireNonNull(id, "id")), List.of(TYPE), Optional.empty(),
                Optional.empty(), Extensions.NONE);
    }
}
