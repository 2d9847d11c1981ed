package dev.laurel.badges.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A property that the specifications allow either as an IRI or as the embedded object: an OB 2.0
 * assertion's {@code badge}, a badge class's {@code issuer}, an OB 3.0 credential's {@code issuer}
 * ({@code ProfileRef}), an image, criteria, evidence.
 *
 * @param <T> the type of the embedded object
 */
public sealed interface Ref<T extends Identified> permits Ref.Iri, Ref.Embedded {

    /**
     * Returns a reference by IRI.
     *
     * @param iri the IRI
     * @param <T> the type of the object referred to
     * @return the reference
     * @throws NullPointerException if {@code iri} is null
     */
    static <T extends Identified> Ref<T> iri(String iri) {
        return new Iri<>(iri);
    }

    /**
     * Returns a reference that embeds the object.
     *
     * @param value the object
     * @param <T> its type
     * @return the reference
     * @throws NullPointerException if {@code value} is null
     */
    static <T extends Identified> Ref<T> embedded(T value) {
        return new Embedded<>(value);
    }

    /**
     * Returns the IRI of the object referred to: the IRI itself, or the embedded object's {@code id}.
     *
     * @return the IRI, or empty for an embedded object without an {@code id}
     */
    Optional<String> id();

    /**
     * Returns the embedded object.
     *
     * @return the object, or empty when this is a reference by IRI
     */
    Optional<T> embedded();

    /**
     * A reference by IRI.
     *
     * @param iri the IRI
     * @param <T> the type of the object referred to
     */
    record Iri<T extends Identified>(String iri) implements Ref<T> {

        /**
         * Creates a reference by IRI.
         *
         * @throws NullPointerException if {@code iri} is null
         */
        public Iri {
            Objects.requireNonNull(iri, "iri");
        }

        @Override
        public Optional<String> id() {
            return Optional.of(iri);
        }

        @Override
        public Optional<T> embedded() {
            return Optional.empty();
        }
    }

    /**
     * An embedded object.
     *
     * @param value the object
     * @param <T> its type
     */
    record Embedded<T extends Identified>(T value) implements Ref<T> {

        /**
         * Creates an embedded reference.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public Embedded {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<String> id() {
            return value.id();
        }

        @Override
        public Optional<T> embedded() {
            return Optional.of(value);
        }
    }
}
