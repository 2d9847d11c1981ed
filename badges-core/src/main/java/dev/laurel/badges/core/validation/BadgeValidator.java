package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.Problem;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;

import java.util.List;
import java.util.Objects;

/**
 * Validates model objects (OB 2.0 and OB 3.0 records) against their Jakarta Validation constraints
 * and the specification rules beyond them, and returns what it finds as {@link Problem}s with stable
 * codes and JSON Pointers.
 *
 * <p>Runs on Hibernate Validator with parameter interpolation only, so applications need no
 * Expression Language implementation. Valid input does not need Hibernate Validator at all: a walker that
 * checks the same constraints and rules answers first, and Hibernate Validator (started on first need, then
 * kept) runs only when that walker finds something, so every problem is reported exactly as Hibernate
 * Validator reports it. Thread-safe.
 *
 * <pre>{@code
 * List<Problem> problems = BadgeValidator.standard().validate(credential);
 * boolean valid = problems.stream().noneMatch(Problem::isError);
 * }</pre>
 */
public final class BadgeValidator {

    private static final BadgeValidator STANDARD = new BadgeValidator();

    /**
     * Hibernate Validator, started on first need: valid input never needs it (see {@link ModelWalker}), and
     * loading it costs about 0.1 s at start-up.
     */
    private static final class Lazy {
        static final HibernateChecks CHECKS;

        static {
            CHECKS = HibernateChecks.create();
            hibernateStarted = true;
        }
    }

    /** Set once {@link Lazy} has built the Hibernate Validator factory; read by tests. */
    private static volatile boolean hibernateStarted;

    private BadgeValidator() {
    }

    /**
     * Returns the shared validator.
     *
     * @return the validator
     */
    public static BadgeValidator standard() {
        return STANDARD;
    }

    /**
     * Validates a model object and everything it contains.
     *
     * @param model an OB 2.0 or OB 3.0 model record
     * @return the problems, errors first, then by path; empty when the object is valid
     * @throws NullPointerException if {@code model} is null
     */
    public List<Problem> validate(Object model) {
        Objects.requireNonNull(model, "model");
        if (ModelWalker.findsNothing(model)) {
            // The walker never finds nothing where Hibernate Validator would find something.
            return List.of();
        }
        return Lazy.CHECKS.validate(model);
    }

    /**
     * Tells whether a model object has no errors (warnings allowed).
     *
     * @param model the model object
     * @return {@code true} if valid
     */
    public boolean isValid(Object model) {
        return validate(model).stream().noneMatch(Problem::isError);
    }

    /**
     * Returns the underlying Jakarta factory, for applications that validate the model with their own
     * groups. Do not close it.
     *
     * @return the factory
     */
    public ValidatorFactory factory() {
        return Lazy.CHECKS.factory();
    }

    /**
     * Tells whether this class has started Hibernate Validator, for tests of its laziness.
     *
     * @return {@code true} once the factory has been built
     */
    static boolean hibernateStarted() {
        return hibernateStarted;
    }

    /** Turns a Jakarta property path into a JSON Pointer over the JSON names. */
    static String pointer(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                out.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                out.append('/').append(JsonPointers.escape(String.valueOf(node.getKey())));
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                continue;
            }
            out.append('/').append(JsonPointers.escape(jsonName(name)));
        }
        return out.toString();
    }

    /** The JSON name of a record component: {@code context} is {@code @context}. */
    static String jsonName(String component) {
        return component.equals("context") ? "@context" : component;
    }
}
