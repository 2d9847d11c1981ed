package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Endorsement} claims: the endorsed entity ({@code id}: a profile, badge class or
 * assertion), an optional comment, and any properties the endorser asserts about the entity (e.g. an
 * {@code email}), which are kept in {@link #extensions()}.
 *
 * @param id the IRI of the endorsed entity (required)
 * @param type the type of the endorsed entity, if the claim names it
 * @param endorsementComment the endorser's comment, in Markdown
 * @param extensions the other claimed properties
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#Endorsement">OB 2.0 Endorsement</a>
 */
public record EndorsementClaim(
        Optional<@NotNull @Iri String> id,
        List<String> type,
        Optional<String> endorsementComment,
        Extensions extensions) implements Identified {

    /**
     * Creates the claim; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public EndorsementClaim {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(endorsementComment, "endorsementComment");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a claim with a comment about the entity.
     *
     * @param id the IRI of the endorsed entity
     * @param endorsementComment the comment
     * @return the claim
     * @throws NullPointerException if an argument is null
     */
    public static EndorsementClaim of(String id, String endorsementComment) {
        return new EndorsementClaim(Optional.of(Objects.requireNonNull(id, "id")), List.of(),
                Optional.of(Objects.requireNonNull(endorsementComment, "endorsementComment")), Extensions.NONE);
    }
}
