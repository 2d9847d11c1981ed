package dev.laurel.badges.json.convert;

import java.util.Objects;

/**
 * One property a conversion carried over: where it was in the source document and where it went in the
 * converted one, both as JSON Pointers (RFC 6901). One source property may feed several target properties
 * (an OB 2.0 {@code issuedOn} becomes {@code validFrom} and {@code awardedDate}).
 *
 * @param source the JSON Pointer of the property in the source document
 * @param target the JSON Pointer of the property in the converted document
 */
public record Mapping(String source, String target) {

    /**
     * Creates the record.
     *
     * @param source the JSON Pointer of the property in the source document
     * @param target the JSON Pointer of the property in the converted document
     * @throws NullPointerException if a component is null
     */
    public Mapping {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** Returns {@code "source -> target"}. */
    @Override
    public String toString() {
        return (source.isEmpty() ? "/" : source) + " -> " + (target.isEmpty() ? "/" : target);
    }
}
