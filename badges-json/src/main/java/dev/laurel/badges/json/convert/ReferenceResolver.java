package dev.laurel.badges.json.convert;

import dev.laurel.badges.json.BadgeDocument;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Supplies already-fetched Open Badges 2.0 documents by IRI, so that an assertion whose {@code badge},
 * badge class {@code issuer} or {@code endorsement} is a reference can be converted into an OB 3.0
 * credential that embeds them. The converter never fetches anything itself.
 *
 * <p>A resolver returns a model record ({@code BadgeClass}, {@code Profile}, {@code Endorsement}) or a
 * {@link BadgeDocument} holding one. Anything else is reported as an invalid value, never thrown.
 *
 * <pre>{@code
 * ReferenceResolver resolver = ReferenceResolver.of(Map.of(
 *         "https://example.org/robotics-badge.json", badgeClass,
 *         "https://example.org/organization.json", issuerProfile));
 * }</pre>
 */
@FunctionalInterface
public interface ReferenceResolver {

    /**
     * Returns the document with the given IRI, if the caller has it.
     *
     * @param iri the IRI the source document names
     * @return the document (a model record or a {@link BadgeDocument}), or empty when unknown; never null
     */
    Optional<Object> resolve(String iri);

    /**
     * Returns a resolver that knows no document.
     *
     * @return the empty resolver
     */
    static ReferenceResolver none() {
        return iri -> Optional.empty();
    }

    /**
     * Returns a resolver backed by a map from IRI to document; the map is copied.
     *
     * @param documents the documents by IRI
     * @return the resolver
     * @throws NullPointerException if the map, a key or a value is null
     */
    static ReferenceResolver of(Map<String, ?> documents) {
        Map<String, Object> copy = Map.copyOf(Objects.requireNonNull(documents, "documents"));
        return iri -> Optional.ofNullable(copy.get(iri));
    }
}
