package dev.laurel.badges.core.model;

import java.util.Optional;

/** A model object that may carry an {@code id} (an IRI), so that a {@link Ref} to it has one too. */
public interface Identified {

    /**
     * Returns the object's IRI.
     *
     * @return the {@code id}, or empty when the object has none
     */
    Optional<String> id();
}
