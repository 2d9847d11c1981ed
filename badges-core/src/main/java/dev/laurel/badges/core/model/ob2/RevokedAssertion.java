package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of a {@link RevocationList} written as an object: the revoked assertion or endorsement by
 * {@code id} (or, for pre-1.1 badges, {@code uid}) and the reason. Entries written as a plain IRI are
 * {@link dev.laurel.badges.core.model.Ref.Iri} references instead.
 *
 * @param id the IRI of the revoked assertion or endorsement
 * @param type defaults to {@code Assertion}; usually omitted
 * @param uid the legacy identifier of a badge without an IRI {@code id}
 * @param revoked defaults to {@code true} in a revocation list
 * @param revocationReason the published reason
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#RevocationList">OB 2.0 RevocationList</a>
 */
@SpecRules
public record RevokedAssertion(
        Optional<@Iri String> id,
        List<String> type,
        Optional<String> uid,
        Optional<Boolean> revoked,
        Optional<String> revocationReason,
        Extensions extensions) implements Identified {

    /**
     * Creates the entry; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public RevokedAssertion {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(revoked, "revoked");
        Objects.requireNonNull(revocationReason, "revocationReason");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an entry revoking an assertion by IRI, with a reason.
     *
     * @param id the IRI of the revoked assertion
     * @param revocationReason the reason
     * @return the entry
     * @throws NullPointerException if an argument is null
     */
    public static RevokedAssertion of(String id, String revocationReason) {
        return new RevokedAssertion(Optional.of(Objects.requireNonNull(id, "id")), List.of(), Optional.empty(),
                Optional.empty(), Optional.of(Objects.requireNonNull(revocationReason, "revocationReason")),
                Extensions.NONE);
    }
}
