package dev.laurel.badges.core.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON object: an unmodifiable map from member names to values that keeps the members' order.
 *
 * <p>Equality ignores member order, as JSON does.
 *
 * @param members the members in their written order, never {@code null}, with no {@code null} key or value
 */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    /** The empty object. */
    public static final JsonObject EMPTY = new JsonObject(Map.of());

    /**
     * Creates an object, copying the map and keeping its iteration order.
     *
     * @throws NullPointerException if the map, a key or a value is null
     */
    public JsonObject {
        Objects.requireNonNull(members, "members");
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>(Math.max(4, members.size() * 2));
        members.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "member name"),
                Objects.requireNonNull(v, () -> "value of member " + k)));
        members = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the member with the given name.
     *
     * @param name the member name
     * @return the value, or empty when there is no such member
     */
    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    /**
     * Returns a string member.
     *
     * @param name the member name
     * @return the text, or empty when absent or not a string
     */
    public Optional<String> getString(String name) {
        return members.get(name) instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    /**
     * Tells whether a member exists.
     *
     * @param name the member name
     * @return {@code true} if present
     */
    public boolean has(String name) {
        return members.containsKey(name);
    }

    /**
     * Returns the number of members.
     *
     * @return the size
     */
    public int size() {
        return members.size();
    }

    /**
     * Tells whether the object has no members.
     *
     * @return {@code true} if empty
     */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /**
     * Returns a copy with one member added or replaced (a replaced member keeps its position).
     *
     * @param name the member name
     * @param value the value
     * @return the new object
     * @throws NullPointerException if an argument is null
     */
    public JsonObject with(String name, JsonValue value) {
        return builder().putAll(this).put(name, value).build();
    }

    /**
     * Returns a copy without the named member.
     *
     * @param name the member name
     * @return the new object, or this one if there was no such member
     */
    public JsonObject without(String name) {
        if (!members.containsKey(name)) {
            return this;
        }
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>(members);
        copy.remove(name);
        return new JsonObject(copy);
    }

    @Override
    public Kind kind() {
        return Kind.OBJECT;
    }

    /** Builds a {@link JsonObject} member by member, in order. Not thread-safe. */
    public static final class Builder {
        private final LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds or replaces a member.
         *
         * @param name the member name
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder put(String name, JsonValue value) {
            members.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds or replaces a string member.
         *
         * @param name the member name
         * @param value the text
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder put(String name, String value) {
            return put(name, JsonValue.of(value));
        }

        /**
         * Adds or replaces every member of another object.
         *
         * @param other the object to copy members from
         * @return this builder
         */
        public Builder putAll(JsonObject other) {
            members.putAll(other.members());
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the object
         */
        public JsonObject build() {
            return new JsonObject(members);
        }
    }
}
