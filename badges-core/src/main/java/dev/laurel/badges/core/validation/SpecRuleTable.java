package dev.laurel.badges.core.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * The specification rules of every {@code @SpecRules} model type, by exact class. Kept apart from
 * {@link SpecRulesValidator} because that class names Hibernate Validator types: {@link ModelWalker} runs the
 * same rules on valid input without loading Hibernate Validator at all.
 */
final class SpecRuleTable {

    private static final Map<Class<?>, SpecRule<?>> RULES;

    static {
        Map<Class<?>, SpecRule<?>> rules = new HashMap<>(Ob3Rules.all());
        rules.putAll(Ob2Rules.all());
        rules.putAll(ClrRules.all());
        RULES = Map.copyOf(rules);
    }

    private SpecRuleTable() {
    }

    /**
     * Returns the rules of a model type.
     *
     * @param type the exact class of the object checked (model records are final)
     * @return the rules, or null when the type has none
     */
    @SuppressWarnings("unchecked")
    static SpecRule<Object> ruleFor(Class<?> type) {
        return (SpecRule<Object>) RULES.get(type);
    }
}
