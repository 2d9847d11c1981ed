package dev.laurel.badges.core.json;

/** A JSON {@code true} or {@code false}. */
public enum JsonBoolean implements JsonValue {
    /** JSON {@code true}. */
    TRUE,
    /** JSON {@code false}. */
    FALSE;

    /**
     * Returns the Java boolean.
     *
     * @return {@code true} for {@link #TRUE}
     */
    public boolean value() {
        return this == TRUE;
    }

    @Override
    public Kind kind() {
        return Kind.BOOLEAN;
    }
}
