package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.model.Term;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The kind of a result, e.g. a letter grade or a rubric level (OB 3.0 {@code ResultType}, an extensible vocabulary:
 * other values start with {@code ext:}).
 *
 * <p>A value outside the vocabulary is still held (and written back) as it is; {@link #isAllowed()} tells whether
 * it is a standard term or an {@code ext:} extension.
 *
 * @param value the term as written, e.g. {@code "GradePointAverage"}
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#resulttype">Open Badges 3.0, ResultType</a>
 */
public record ResultType(String value) implements Term {

    /** {@code GradePointAverage}: a grade point average. */
    public static final ResultType GRADE_POINT_AVERAGE = new ResultType("GradePointAverage");

    /** {@code LetterGrade}: a letter grade. */
    public static final ResultType LETTER_GRADE = new ResultType("LetterGrade");

    /** {@code Percent}: a percent score. */
    public static final ResultType PERCENT = new ResultType("Percent");

    /** {@code PerformanceLevel}: a performance level. */
    public static final ResultType PERFORMANCE_LEVEL = new ResultType("PerformanceLevel");

    /** {@code PredictedScore}: a predicted score. */
    public static final ResultType PREDICTED_SCORE = new ResultType("PredictedScore");

    /** {@code RawScore}: a raw score. */
    public static final ResultType RAW_SCORE = new ResultType("RawScore");

    /** {@code Result}: a generic result. */
    public static final ResultType RESULT = new ResultType("Result");

    /** {@code RubricCriterion}: a result from a rubric criterion. */
    public static final ResultType RUBRIC_CRITERION = new ResultType("RubricCriterion");

    /** {@code RubricCriterionLevel}: a rubric criterion level. */
    public static final ResultType RUBRIC_CRITERION_LEVEL = new ResultType("RubricCriterionLevel");

    /** {@code RubricScore}: a rubric score with a name and a numeric value. */
    public static final ResultType RUBRIC_SCORE = new ResultType("RubricScore");

    /** {@code ScaledScore}: a scaled score. */
    public static final ResultType SCALED_SCORE = new ResultType("ScaledScore");

    /** {@code Status}: the status of the achievement. */
    public static final ResultType STATUS = new ResultType("Status");

    private static final List<ResultType> STANDARD = List.of(
            GRADE_POINT_AVERAGE, LETTER_GRADE, PERCENT, PERFORMANCE_LEVEL, PREDICTED_SCORE, RAW_SCORE, RESULT,
            RUBRIC_CRITERION, RUBRIC_CRITERION_LEVEL, RUBRIC_SCORE, SCALED_SCORE, STATUS);

    private static final Set<String> STANDARD_VALUES =
            Set.copyOf(STANDARD.stream().map(ResultType::value).toList());

    /**
     * Creates a term.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public ResultType {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the term with the given value, standard or not.
     *
     * @param value the term as written
     * @return the term
     * @throws NullPointerException if {@code value} is null
     */
    public static ResultType of(String value) {
        return new ResultType(value);
    }

    /**
     * Returns the terms the specification defines, in its order.
     *
     * @return an immutable list
     */
    public static List<ResultType> standardValues() {
        return STANDARD;
    }

    @Override
    public boolean isStandard() {
        return STANDARD_VALUES.contains(value);
    }

    /**
     * Tells whether the value is an extension term: {@code ext:} followed by letters, digits, {@code .},
     * {@code -} or {@code _}.
     *
     * @return {@code true} for an extension term
     */
    public boolean isExtension() {
        return Ob3Terms.isExtensionTerm(value);
    }

    /**
     * Tells whether the value is allowed: a standard term or an extension term.
     *
     * @return {@code true} if allowed
     */
    public boolean isAllowed() {
        return isStandard() || isExtension();
    }
}
