package dev.laurel.badges.core;

import java.util.List;
import java.util.Objects;

/**
 * A {@link LaurelException} that reports every problem found at once, each with its code, severity and JSON
 * Pointer; its own code is the first problem's. Thrown where a caller's whole request is refused (an invalid
 * set of pathways, a CLR that cannot be assembled), never for an untrusted badge.
 */
public class ProblemsException extends LaurelException {

    private static final long serialVersionUID = 1L;

    /** The problems found. */
    private final transient List<Problem> problems;

    /**
     * Creates the exception; its message is {@code what}, a colon, and the problems separated by semicolons.
     *
     * @param what what was refused, e.g. {@code "invalid pathways"}
     * @param problems the problems, at least one; the first one's code is the exception's
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if an argument is or holds null
     */
    public ProblemsException(String what, List<Problem> problems) {
        super(first(problems).code(), message(Objects.requireNonNull(what, "what"), problems));
        this.problems = List.copyOf(problems);
    }

    private static Problem first(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        return problems.get(0);
    }

    private static String message(String what, List<Problem> problems) {
        StringBuilder out = new StringBuilder(what).append(": ");
        for (int i = 0; i < problems.size(); i++) {
            out.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        return out.toString();
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, in the order found
     */
    public List<Problem> problems() {
        return problems;
    }
}
