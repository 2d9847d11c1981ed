package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * Terms under which a credential was issued or is shared (VC Data Model {@code termsOfUse}).
 *
 * @param id the URI of the terms
 * @param type the kind of terms (required)
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#termsofuse">Open Badges 3.0, TermsOfUse</a>
 */
public record TermsOfUse(
        Optional<@Iri String> id,
        Optional<@NotNull String> type,
        Extensions extensions) implements Identified {

    /**
     * Creates the record. Any combination of present and absent values is accepted, so that an invalid document
     * can be held and reported on.
     *
     * @throws NullPointerException if a component is null
     */
    public TermsOfUse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a terms-of-use entry.
     *
     * @param id the URI
     * @param type the type
     * @return the termsOfUse
     * @throws NullPointerException if an argument is null
     */
    public static TermsOfUse of(String id, String type) {
        return new TermsOfUse(Optional.of(Objects.requireNonNull(id, "id")),
                Optional.of(Objects.requireNonNull(type, "type")), Extensions.NONE);
    }
}
