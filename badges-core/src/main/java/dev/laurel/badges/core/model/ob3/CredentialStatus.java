package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to find a credential's current status, e.g. revocation (VC Data Model {@code credentialStatus}).
 * Status-list properties such as {@code statusListIndex} are extensions.
 *
 * @param id the URL of the status method; optional for some status methods
 * @param type the status method, e.g. {@code 1EdTechRevocationList} or {@code BitstringStatusListEntry} (required)
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#credentialstatus">Open Badges 3.0, CredentialStatus</a>
 */
public record CredentialStatus(
        Optional<@Iri String> id,
        Optional<@NotNull String> type,
        Extensions extensions) implements Identified {

    /**
     * Creates the record. Any combination of present and absent values is accepted, so that an invalid document
     * can be held and reported on.
     *
     * @throws NullPointerException if a component is null
     */
    public CredentialStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a status entry.
     *
     * @param id the URI
     * @param type the type
     * @return the credentialStatus
     * @throws NullPointerException if an argument is null
     */
    public static CredentialStatus of(String id, String type) {
        return new CredentialStatus(Optional.of(Objects.requireNonNull(id, "id")),
                Optional.of(Objects.requireNonNull(type, "type")), Extensions.NONE);
    }
}
