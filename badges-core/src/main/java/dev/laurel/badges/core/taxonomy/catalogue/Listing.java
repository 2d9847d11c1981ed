package dev.laurel.badges.core.taxonomy.catalogue;

import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.classify.Classification;
import dev.laurel.badges.core.taxonomy.credential.BadgeDefinition;

import java.util.Objects;
import java.util.Optional;

/**
 * An achievement offered in a {@link Catalogue}, with its classification.
 *
 * @param definition the achievement or badge class
 * @param classification its level
 */
public record Listing(BadgeDefinition definition, Classification classification) {

    /**
     * Creates a listing.
     *
     * @throws NullPointerException if a component is null
     */
    public Listing {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(classification, "classification");
    }

    /**
     * Returns the achievement's id.
     *
     * @return the id, if any
     */
    public Optional<String> id() {
        return definition.id();
    }

    /**
     * Returns the achievement's name.
     *
     * @return the name, if any
     */
    public Optional<String> name() {
        return definition.name();
    }

    /**
     * Returns the level's kind.
     *
     * @return the kind, or empty when unclassified
     */
    public Optional<LevelKind> kind() {
        return classification.kind();
    }
}
