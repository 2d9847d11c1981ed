package dev.laurel.badges.json;

import dev.laurel.badges.core.ProblemCode;

/** The codes of problems found while reading, decoding and validating badge JSON. */
public enum JsonCode implements ProblemCode {
    /** The input is not well-formed JSON. */
    MALFORMED_JSON,
    /** The input is empty or only white space. */
    EMPTY_INPUT,
    /** The input is larger than {@link JsonLimits#maxDocumentBytes()}. */
    DOCUMENT_TOO_LARGE,
    /** Objects and arrays nest deeper than {@link JsonLimits#maxDepth()}. */
    NESTING_TOO_DEEP,
    /** A string is longer than {@link JsonLimits#maxStringLength()}. */
    STRING_TOO_LONG,
    /** A number has more digits than {@link JsonLimits#maxNumberLength()}. */
    NUMBER_TOO_LONG,
    /** A property name is longer than {@link JsonLimits#maxNameLength()}. */
    NAME_TOO_LONG,
    /** A CLR nests more credentials than {@link JsonLimits#maxNestedCredentials()}. */
    TOO_MANY_NESTED_CREDENTIALS,
    /** An object has the same key twice: which one a signature covers would be ambiguous. */
    DUPLICATE_KEY,
    /** There is content after the JSON value. */
    TRAILING_CONTENT,
    /** The bytes are not valid UTF-8. */
    INVALID_UTF8,
    /**
     * The bytes are JSON in another encoding than UTF-8 (UTF-16 or UTF-32, told by a byte order mark or by
     * the NUL-byte patterns of RFC 4627 section 3): RFC 8259 section 8.1 requires UTF-8 between systems.
     */
    UNSUPPORTED_ENCODING,
    /** The top-level value is not a JSON object (or a compact JWS whose payload is one). */
    NOT_AN_OBJECT,
    /** A compact JWS/JWT could not be decoded (segments, base64url, or a payload that is not JSON). */
    MALFORMED_JWS,
    /** A property's value has the wrong JSON type for the model (kept as written, reported here). */
    WRONG_TYPE,
    /** The JSON is a real document but not an Open Badge (e.g. a lone proof, a context, a JOSE header). */
    NOT_A_BADGE,
    /** The official JSON Schema rejects the document. */
    SCHEMA_VIOLATION,
    /** A document uses an older form (VCDM 1.1, an older OB 3.0 context); accepted with a warning. */
    LEGACY_FORM,
    /** Reading the input failed with an I/O error. */
    IO_ERROR
}
