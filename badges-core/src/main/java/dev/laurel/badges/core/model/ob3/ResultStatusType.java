package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.model.Term;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The status of an achievement in a result (OB 3.0 {@code ResultStatusType}, a closed vocabulary).
 *
 * <p>A value outside the vocabulary is still held (and written back) as it is; {@link #isStandard()} tells whether
 * it is allowed.
 *
 * @param value the term as written, e.g. {@code "Completed"}
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#resultstatustype">Open Badges 3.0, ResultStatusType</a>
 */
public record ResultStatusType(String value) implements Term {

    /** {@code Completed}: completed successfully; the default when no status result is given. */
    public static final ResultStatusType COMPLETED = new ResultStatusType("Completed");

    /** {@code Enrolled}: enrolled in the activity. */
    public static final ResultStatusType ENROLLED = new ResultStatusType("Enrolled");

    /** {@code Failed}: completed unsuccessfully. */
    public static final ResultStatusType FAILED = new ResultStatusType("Failed");

    /** {@code InProgress}: started the activity. */
    public static final ResultStatusType IN_PROGRESS = new ResultStatusType("InProgress");

    /** {@code OnHold}: completed the activity, but successful completion is not yet awarded. */
    public static final ResultStatusType ON_HOLD = new ResultStatusType("OnHold");

    /** {@code Provisional}: completed the activity, but the result is not yet confirmed. */
    public static final ResultStatusType PROVISIONAL = new ResultStatusType("Provisional");

    /** {@code Withdrew}: withdrew before completion. */
    public static final ResultStatusType WITHDREW = new ResultStatusType("Withdrew");

    private static final List<ResultStatusType> STANDARD = List.of(
            COMPLETED, ENROLLED, FAILED, IN_PROGRESS, ON_HOLD, PROVISIONAL, WITHDREW);

    private static final Set<String> STANDARD_VALUES =
            Set.copyOf(STANDARD.stream().map(ResultStatusType::value).toList());

    /**
     * Creates a term.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public ResultStatusType {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the term with the given value, standard or not.
     *
     * @param value the term as written
     * @return the term
     * @throws NullPointerException if {@code value} is null
     */
    public static ResultStatusType of(String value) {
        return new ResultStatusType(value);
    }

    /**
     * Returns the terms the specification defines, in its order.
     *
     * @return an immutable list
     */
    public static List<ResultStatusType> standardValues() {
        return STANDARD;
    }

    @Override
    public boolean isStandard() {
        return STANDARD_VALUES.contains(value);
    }
}
