package dev.laurel.badges.json.taxonomy;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.json.BadgeJsonException;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when {@link TaxonomyJson} cannot read a policy, pathways, a backpack export or a credential:
 * {@link #problems()} lists every finding, each with a JSON Pointer to the bad value, and
 * {@link #taxonomyCode()} says what kind of failure it is (the first finding's code, or
 * {@link TaxonomyJsonCode#INVALID_PATHWAY} when the findings are those of
 * {@link dev.laurel.badges.core.taxonomy.pathway.Pathways#validate}).
 *
 * <pre>{@code
 * try {
 *     Policy policy = TaxonomyJson.standard().readPolicy(text);
 * } catch (TaxonomyJsonException e) {
 *     e.problems().forEach(p -> System.out.println(p)); // "/conditions/0/minimumLevel: ... [UNKNOWN_LEVEL]"
 * }
 * }</pre>
 */
public class TaxonomyJsonException extends BadgeJsonException {

    private static final long serialVersionUID = 1L;

    /** How many problems the message spells out; {@link #problems()} has them all. */
    private static final int MESSAGE_PROBLEMS = 10;

    /** The stable code, typed. */
    private final TaxonomyJsonCode taxonomyCode;
    /** Every finding, in document order. */
    private final transient List<Problem> problems;

    /**
     * Creates an exception.
     *
     * @param code what kind of failure this is
     * @param what what was being read, e.g. {@code "policy"}, for the message
     * @param problems the findings, at least one
     * @param line the 1-based line of a syntax error, or -1
     * @param column the 1-based column of a syntax error, or -1
     * @param cause the underlying exception, may be null
     * @throws NullPointerException if {@code code}, {@code what} or {@code problems} is or holds null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public TaxonomyJsonException(TaxonomyJsonCode code, String what, List<Problem> problems, long line, long column,
            Throwable cause) {
        super(code, message(what, problems), line, column, cause);
        this.taxonomyCode = code;
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates an exception with one finding.
     *
     * @param code the finding's code
     * @param what what was being read, for the message
     * @param pointer the JSON Pointer to the bad value ({@code ""} for the whole input)
     * @param message what is wrong
     * @throws NullPointerException if an argument is null
     */
    public TaxonomyJsonException(TaxonomyJsonCode code, String what, String pointer, String message) {
        this(code, what, List.of(Problem.error(code, pointer, message)), -1, -1, null);
    }

    private static String message(String what, List<Problem> problems) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        StringBuilder out = new StringBuilder("cannot read the ").append(what).append(": ");
        int shown = Math.min(problems.size(), MESSAGE_PROBLEMS);
        for (int i = 0; i < shown; i++) {
            out.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        if (problems.size() > shown) {
            out.append("; and ").append(problems.size() - shown).append(" more");
        }
        return out.toString();
    }

    /**
     * Returns the stable code, typed.
     *
     * @return the code
     */
    public TaxonomyJsonCode taxonomyCode() {
        return taxonomyCode;
    }

    /**
     * Returns every finding, in document order; each has a JSON Pointer into the input.
     *
     * @return the problems, at least one
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns the JSON Pointer of the first finding.
     *
     * @return the pointer, {@code ""} for the whole input
     */
    public String pointer() {
        return problems.get(0).path();
    }
}
