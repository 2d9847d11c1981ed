package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.validation.BadgeValidator;

/**
 * Validates the specification's full example credential and prints how many problems were found; run in a
 * JVM of its own by {@code HibernateLazinessTest} to see which classes that loads.
 */
public final class ValidateValidCredentialMain {

    private ValidateValidCredentialMain() {
    }

    /**
     * Runs the validation.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        int problems = BadgeValidator.standard().validate(Ob3Fixtures.credential()).size()
                + BadgeValidator.standard().validate(Ob3Fixtures.minimal()).size();
        System.out.println("problems=" + problems);
    }
}
