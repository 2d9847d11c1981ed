package dev.laurel.badges.core.validation;

/**
 * One model type's specification rules.
 *
 * @param <T> the model type
 */
@FunctionalInterface
interface SpecRule<T> {

    /**
     * Checks an object and reports what is wrong.
     *
     * @param value the object
     * @param sink where to report
     */
    void check(T value, RuleSink sink);
}
