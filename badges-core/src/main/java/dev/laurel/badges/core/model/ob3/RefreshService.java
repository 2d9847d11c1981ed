package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * A service from which a fresh copy of the credential may be obtained (VC Data Model {@code refreshService}).
 *
 * @param id the URL of the issuer's refresh service
 * @param type the refresh method, e.g. {@code 1EdTechCredentialRefresh} (required)
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#refreshservice">Open Badges 3.0, RefreshService</a>
 */
public record RefreshService(
        Optional<@NotNull @Iri String> id,
        Optional<@NotNull String> type,
        Extensions extensions) implements Identified {

    /**
     * Creates the record. Any combination of present and absent values is accepted, so that an invalid document
     * can be held and reported on.
     *
     * @throws NullPointerException if a component is null
     */
    public RefreshService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a refresh service entry.
     *
     * @param id the URI
     * @param type the type
     * @return the refreshService
     * @throws NullPointerException if an argument is null
     */
    public static RefreshService of(String id, String type) {
        return new RefreshService(Optional.of(Objects.requireNonNull(id, "id")),
                Optional.of(Objects.requireNonNull(type, "type")), Extensions.NONE);
    }
}
