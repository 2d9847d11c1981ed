package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.model.ob2.BadgeClass;

import java.util.Optional;

/**
 * Supplies the OB 2.0 {@link BadgeClass} an assertion links to by IRI, so that the {@link Classifier}
 * can read it. Core fetches nothing: the caller (a verifier that has already fetched the badge class, a
 * cache, a test) supplies it.
 *
 * <pre>{@code
 * BadgeClassSource source = id -> Optional.ofNullable(fetchedBadgeClasses.get(id));
 * Classification c = Classifier.standard().classify(assertion, source);
 * }</pre>
 *
 * <p>An implementation should return empty rather than throw when it cannot supply the badge class; a
 * runtime exception is taken as "cannot" and its message becomes part of the reason.
 */
@FunctionalInterface
public interface BadgeClassSource {

    /**
     * Returns the badge class with the given IRI.
     *
     * @param id the IRI the assertion's {@code badge} names
     * @return the badge class, or empty when it cannot be supplied
     */
    Optional<BadgeClass> badgeClass(String id);

    /**
     * Returns a source that supplies nothing.
     *
     * @return the empty source
     */
    static BadgeClassSource none() {
        return id -> Optional.empty();
    }
}
