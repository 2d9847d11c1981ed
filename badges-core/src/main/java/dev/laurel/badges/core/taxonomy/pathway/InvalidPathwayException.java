package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.ProblemsException;

import java.util.List;

/** Thrown when a set of pathways is not valid; {@link #problems()} says every reason, with pointers. */
public class InvalidPathwayException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one; the first one's code is the exception's
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if {@code problems} is or holds null
     */
    public InvalidPathwayException(List<Problem> problems) {
        super("invalid pathways", problems);
    }

}
