package dev.laurel.badges.json.convert.internal;

/**
 * What the engine found, by the name of the public {@code ConversionCode} that reports it. The engine keeps
 * its own enum so that it does not depend on the public package that calls it; the converter turns each
 * into the {@code ConversionCode} of the same name.
 */
public enum Code {
    /** The target version has no property for this one. */
    NO_COUNTERPART,
    /** A signature or proof cannot survive the conversion. */
    SIGNATURE_DROPPED,
    /** The target needs the object a reference names, and the resolver did not supply it. */
    UNRESOLVED_REFERENCE,
    /** The target version requires a property that the source does not have. */
    MISSING_IN_SOURCE,
    /** The source value cannot be carried over. */
    INVALID_VALUE,
    /** The value is carried over in another form. */
    VALUE_REWRITTEN,
    /** An extension property has the name of a property of the target type. */
    NAME_CONFLICT
}
