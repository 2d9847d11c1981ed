package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.LaurelException;
import dev.laurel.badges.core.Problem;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a {@link ClrAssembler} refuses to assemble a CLR; {@link #problems()} gives every reason at once,
 * each with a {@link TranscriptCode} and a JSON Pointer into the CLR it would have built.
 */
public class ClrAssemblyException extends LaurelException {

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
    public ClrAssemblyException(List<Problem> problems) {
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
        StringBuilder out = new StringBuilder("cannot assemble the CLR: ");
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
