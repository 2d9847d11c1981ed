package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * Another identifier of the described entity, with its kind (OB 3.0 {@code IdentifierEntry}, from the common data
 * model).
 *
 * @param type the type, a single IRI that must be exactly {@code IdentifierEntry} (required)
 * @param identifier the identifier (required)
 * @param identifierType the kind of identifier (required)
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#identifierentry">Open Badges 3.0, IdentifierEntry</a>
 */
@SpecRules
public record IdentifierEntry(
        Optional<String> type,
        Optional<@NotBlank String> identifier,
        Optional<@NotNull IdentifierTypeEnum> identifierType,
        Extensions extensions) {

    /** The type this object's {@code type} must be: {@value}. */
    public static final String TYPE = "IdentifierEntry";

    /**
     * Creates the record. Any combination of present and absent values is accepted, so that an invalid document
     * can be held and reported on.
     *
     * @throws NullPointerException if a component is null
     */
    public IdentifierEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(identifierType, "identifierType");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an identifier entry with type {@code IdentifierEntry}.
     *
     * @param identifier the identifier
     * @param identifierType its kind
     * @return the entry
     * @throws NullPointerException if an argument is null
     */
    public static IdentifierEntry of(String identifier, IdentifierTypeEnum identifierType) {
        return new IdentifierEntry(Optional.of(TYPE), Optional.of(Objects.requireNonNull(identifier, "identifier")),
                Optional.of(Objects.requireNonNull(identifierType, "identifierType")), Extensions.NONE);
    }
}
