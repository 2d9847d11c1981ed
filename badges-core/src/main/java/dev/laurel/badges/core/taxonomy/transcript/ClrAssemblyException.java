package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.ProblemsException;

import java.util.List;

/**
 * Thrown when a {@link ClrAssembler} refuses to assemble a CLR; {@link #problems()} gives every reason at once,
 * each with a {@link TranscriptCode} and a JSON Pointer into the CLR it would have built.
 */
public class ClrAssemblyException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one; the first one's code is the exception's
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if {@code problems} is or holds null
     */
    public ClrAssemblyException(List<Problem> problems) {
        super("cannot assemble the CLR", problems);
    }
}
