package dev.laurel.badges.core.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number, kept as a {@link BigDecimal} so that its digits and scale survive a round trip
 * ({@code 3}, {@code 3.0} and {@code 3e0} are all kept as written, up to exponent notation).
 *
 * <p>Two numbers are equal when they denote the same value: {@code 3} equals {@code 3.0}.
 *
 * @param value the number, never {@code null}
 */
public record JsonNumber(BigDecimal value) implements JsonValue {

    /**
     * Creates a JSON number.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public JsonNumber {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Kind kind() {
        return Kind.NUMBER;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber n && value.compareTo(n.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
