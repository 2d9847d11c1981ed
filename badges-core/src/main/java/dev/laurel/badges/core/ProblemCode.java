package dev.laurel.badges.core;

/**
 * A stable, machine-readable problem code. Each module defines its codes as an enum implementing this
 * interface; callers branch on the code (or its {@link #name()}), never on a message.
 */
public interface ProblemCode {

    /**
     * Returns the stable code, an upper-case identifier such as {@code REQUIRED_PROPERTY_MISSING}.
     *
     * @return the code
     */
    String name();
}
