package dev.laurel.badges.core.model;

import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonValue;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a model object carries beyond its typed components, so that a badge moves between systems
 * with no loss: the properties it does not model (extensions, unknown terms, values of the wrong JSON
 * type, kept as written), and how list-valued properties were written.
 *
 * <p>Every model record has an {@code extensions} component. Objects built in code normally have
 * {@link #NONE}.
 *
 * @param properties the members the model does not map, in the order they were written
 * @param compacted the names of list-valued properties that were written as a single value rather than
 *     an array (JSON-LD "array-compacted" form, e.g. {@code "type": "Profile"}); a writer writes such a
 *     property as a single value again when its list has exactly one element
 */
public record Extensions(JsonObject properties, Set<String> compacted) {

    /** No extension properties, every list written as an array. */
    public static final Extensions NONE = new Extensions(JsonObject.EMPTY, Set.of());

    /**
     * Creates the record, copying the set and keeping its order.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public Extensions {
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(compacted, "compacted");
        compacted = compacted.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(compacted));
        compacted.forEach(name -> Objects.requireNonNull(name, "compacted name"));
    }

    /**
     * Returns extensions with the given properties and no compacted lists.
     *
     * @param properties the extension properties
     * @return the extensions
     */
    public static Extensions of(JsonObject properties) {
        return properties.isEmpty() ? NONE : new Extensions(properties, Set.of());
    }

    /**
     * Returns a copy with one extension property added or replaced.
     *
     * @param name the property name, usually a full IRI or a prefixed term
     * @param value the value
     * @return the new extensions
     * @throws NullPointerException if an argument is null
     */
    public Extensions with(String name, JsonValue value) {
        return new Extensions(properties.with(name, value), compacted);
    }

    /**
     * Tells whether there is nothing beyond the typed components.
     *
     * @return {@code true} if there are no properties and no compacted lists
     */
    public boolean isEmpty() {
        return properties.isEmpty() && compacted.isEmpty();
    }
}
