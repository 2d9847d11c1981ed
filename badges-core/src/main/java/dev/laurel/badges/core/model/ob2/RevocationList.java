package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assertions and endorsements an issuer has revoked, linked from the issuer {@link Profile}'s
 * {@code revocationList} and checked when verifying signed badges. Each entry is a plain IRI
 * ({@link Ref.Iri}) or an object ({@link RevokedAssertion}, e.g. with a reason).
 *
 * <pre>{@code
 * if (list.isRevoked(assertion.id().orElseThrow())) { ... }
 * }</pre>
 *
 * @param context the JSON-LD {@code @context}
 * @param id the IRI of the list
 * @param type must include {@code RevocationList}
 * @param issuer the IRI of the issuer profile
 * @param revokedAssertions the revoked assertions, by IRI or as objects (an empty list revokes nothing)
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#RevocationList">OB 2.0 RevocationList</a>
 */
@SpecRules
public record RevocationList(
        List<JsonValue> context,
        Optional<@Iri String> id,
        @NotEmpty List<String> type,
        Optional<@Iri String> issuer,
        List<Ref<RevokedAssertion>> revokedAssertions,
        Extensions extensions) implements Identified {

    /**
     * Creates the list; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public RevocationList {
        context = List.copyOf(Objects.requireNonNull(context, "context"));
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(issuer, "issuer");
        revokedAssertions = List.copyOf(Objects.requireNonNull(revokedAssertions, "revokedAssertions"));
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns the entry that revokes the assertion or endorsement with the given IRI.
     *
     * @param assertionId the {@code id} of the assertion
     * @return the entry: a reference by IRI, or the entry object; empty if the assertion is not listed
     *     (or is listed as an object with {@code "revoked": false})
     * @throws NullPointerException if {@code assertionId} is null
     */
    public Optional<Ref<RevokedAssertion>> find(String assertionId) {
        Objects.requireNonNull(assertionId, "assertionId");
        for (Ref<RevokedAssertion> entry : revokedAssertions) {
            boolean listed = entry.id().filter(assertionId::equals).isPresent();
            boolean unrevoked = entry.embedded().flatMap(RevokedAssertion::revoked).filter(r -> !r).isPresent();
            if (listed && !unrevoked) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether the assertion or endorsement with the given IRI is revoked by this list.
     *
     * @param assertionId the {@code id} of the assertion
     * @return {@code true} if it is listed
     * @throws NullPointerException if {@code assertionId} is null
     */
    public boolean isRevoked(String assertionId) {
        return find(assertionId).isPresent();
    }
}
