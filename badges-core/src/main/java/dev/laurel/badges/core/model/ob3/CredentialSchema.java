package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * A data schema that verifiers may use to check a credential's structure (VC Data Model {@code credentialSchema}).
 *
 * @param id the schema's URI
 * @param type the kind of schema validation, e.g. {@code 1EdTechJsonSchemaValidator2019} (required)
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#credentialschema">Open Badges 3.0, CredentialSchema</a>
 */
public record CredentialSchema(
        Optional<@NotNull @Iri String> id,
        Optional<@NotNull String> type,
        Extensions extensions) implements Identified {

    /**
     * Creates the record. Any combination of present and absent values is accepted, so that an invalid document
     * can be held and reported on.
     *
     * @throws NullPointerException if a component is null
     */
    public CredentialSchema {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a schema entry.
     *
     * @param id the URI
     * @param type the type
     * @return the credentialSchema
     * @throws NullPointerException if an argument is null
     */
    public static CredentialSchema of(String id, String type) {
        return new CredentialSchema(Optional.of(Objects.requireNonNull(id, "id")),
                Optional.of(Objects.requireNonNull(type, "type")), Extensions.NONE);
    }
}
