package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.LaurelException;
import dev.laurel.badges.core.Problem;

import java.util.List;
import java.util.Objects;

/** Thrown when a set of pathways is not valid; {@link #problems()} says every reason, with pointers. */
public class InvalidPathwayException extends LaurelException {

    private static final long serialVersionUID = 1L;

    /** The problems found. */
    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one; the first one's code is the exception's
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if {@code problems} is or holds null
     */
    public InvalidPathwayException(List<Problem> problems) {
        super(first(problems).code(), message(problems));
        this.problems = List.copyOf(problems);
    }

    private static Problem first(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        return problems.get(0);
    }

    private static String message(List<Problem> problems) {
        StringBuilder out = new StringBuilder("invalid pathways: ");
        for (int i = 0; i < problems.size(); i++) {
            out.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        return out.toString();
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, in document order
     */
    public List<Problem> problems() {
        return problems;
    }
}
