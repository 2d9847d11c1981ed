package dev.laurel.badges.core.json;

import java.util.List;

/**
 * A JSON array: an ordered, unmodifiable list of values.
 *
 * @param values the elements, never {@code null} and without {@code null} elements
 */
public record JsonArray(List<JsonValue> values) implements JsonValue {

    /** The empty array. */
    public static final JsonArray EMPTY = new JsonArray(List.of());

    /**
     * Creates an array, copying the list.
     *
     * @throws NullPointerException if {@code values} or any element is null
     */
    public JsonArray {
        values = List.copyOf(values);
    }

    /**
     * Returns an array of the given values.
     *
     * @param values the elements
     * @return the array
     * @throws NullPointerException if any element is null
     */
    public static JsonArray of(JsonValue... values) {
        return new JsonArray(List.of(values));
    }

    /**
     * Returns the number of elements.
     *
     * @return the size
     */
    public int size() {
        return values.size();
    }

    /**
     * Returns the element at an index.
     *
     * @param index the index
     * @return the element
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public JsonValue get(int index) {
        return values.get(index);
    }

    @Override
    public Kind kind() {
        return Kind.ARRAY;
    }
}
