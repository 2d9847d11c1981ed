package dev.laurel.badges.core.validation;

import java.util.Map;

/** The OB 2.0 rules beyond single-property constraints, by model type. */
final class Ob2Rules {

    private Ob2Rules() {
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
