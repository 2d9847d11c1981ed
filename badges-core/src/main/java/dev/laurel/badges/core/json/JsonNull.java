package dev.laurel.badges.core.json;

/** The JSON {@code null} literal, a value in its own right (Java {@code null} never appears in the model). */
public enum JsonNull implements JsonValue {
    /** The single JSON {@code null}. */
    INSTANCE;

    @Override
    public Kind kind() {
        return Kind.NULL;
    }

    @Override
    public String toString() {
        return "null";
    }
}
