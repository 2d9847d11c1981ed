package dev.laurel.badges.core.json;

import java.math.BigDecimal;

/**
 * An immutable JSON value: the form in which the model keeps properties it does not map to typed
 * components (extensions, unknown terms, embedded JSON-LD contexts), so that nothing is lost on a
 * round trip.
 *
 * <p>Core has its own small value type rather than a JSON library's, so that it depends on nothing:
 * values compare by content, are safe to share between threads and never contain {@code null}
 * (JSON {@code null} is {@link JsonNull#INSTANCE}).
 *
 * <p>Switch over {@link #kind()} to handle each form; the switch is exhaustive without a default.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** The six JSON value kinds (RFC 8259 section 3). */
    enum Kind {
        /** An object. */
        OBJECT,
        /** An array. */
        ARRAY,
        /** A string. */
        STRING,
        /** A number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}. */
        NULL
    }

    /**
     * Returns the kind of this value.
     *
     * @return the kind, never {@code null}
     */
    Kind kind();

    /**
     * Returns a JSON string.
     *
     * @param value the text
     * @return the string value
     * @throws NullPointerException if {@code value} is null
     */
    static JsonString of(String value) {
        return new JsonString(value);
    }

    /**
     * Returns a JSON boolean.
     *
     * @param value the boolean
     * @return {@link JsonBoolean#TRUE} or {@link JsonBoolean#FALSE}
     */
    static JsonBoolean of(boolean value) {
        return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
    }

    /**
     * Returns a JSON number.
     *
     * @param value the number
     * @return the number value
     */
    static JsonNumber of(long value) {
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    /**
     * Returns a JSON number with the given decimal value (its scale is kept, so {@code 1.0} stays {@code 1.0}).
     *
     * @param value the number
     * @return the number value
     * @throws NullPointerException if {@code value} is null
     */
    static JsonNumber of(BigDecimal value) {
        return new JsonNumber(value);
    }
}
