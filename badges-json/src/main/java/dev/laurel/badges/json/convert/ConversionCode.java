package dev.laurel.badges.json.convert;

import dev.laurel.badges.core.ProblemCode;
import dev.laurel.badges.core.Severity;

/**
 * The codes of what a conversion between Open Badges 2.0 and 3.0 could not carry over, or carried over in
 * another form. Each problem of a {@link ConversionResult} has one; its JSON Pointer names the property in
 * the source document.
 *
 * <p>Severities say what the finding means for the converted document: {@link Severity#ERROR} the converted
 * document is incomplete (it will not validate) because the source lacks or breaks what the target needs;
 * {@link Severity#WARNING} information of the source is lost; {@link Severity#INFO} something was dropped or
 * rewritten without losing information.
 */
public enum ConversionCode implements ProblemCode {
    /** The target version has no property for this one: it is not carried over. */
    NO_COUNTERPART,
    /** A signature or proof cannot survive the conversion: the converted document is unsigned. */
    SIGNATURE_DROPPED,
    /** The target needs the object a reference names, and the resolver did not supply it. */
    UNRESOLVED_REFERENCE,
    /** The target version requires a property that the source does not have. */
    MISSING_IN_SOURCE,
    /** The source value cannot be carried over: wrong JSON type, not an IRI, not allowed in the target. */
    INVALID_VALUE,
    /** The value is carried over in another form (a date read as UTC, an inferred flag, a normalised tag). */
    VALUE_REWRITTEN,
    /** An extension property has the name of a property of the target type, so it cannot be kept as is. */
    NAME_CONFLICT,
    /** The whole document has no counterpart in the target version (a revocation list, a key, not a badge). */
    UNSUPPORTED_DOCUMENT
}
