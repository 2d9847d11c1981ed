package dev.laurel.badges.core.validation;

import java.util.Map;

/** The OB 3.0 rules beyond single-property constraints, by model type. */
final class Ob3Rules {

    private Ob3Rules() {
    }

    /**
     * Returns the rules by model type.
     *
     * @return an immutable map
     */
    static Map<Class<?>, SpecRule<?>> all() {
        return Map.of();
    }
}
