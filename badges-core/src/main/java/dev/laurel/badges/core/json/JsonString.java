package dev.laurel.badges.core.json;

import java.util.Objects;

/**
 * A JSON string.
 *
 * @param value the text, never {@code null}
 */
public record JsonString(String value) implements JsonValue {

    /**
     * Creates a JSON string.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public JsonString {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Kind kind() {
        return Kind.STRING;
    }
}
