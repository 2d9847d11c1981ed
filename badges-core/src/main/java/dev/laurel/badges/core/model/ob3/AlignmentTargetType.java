package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.model.Term;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The kind of node an alignment points to in its framework (OB 3.0 {@code AlignmentTargetType}, an extensible
 * vocabulary: other values start with {@code ext:}).
 *
 * <p>A value outside the vocabulary is still held (and written back) as it is; {@link #isAllowed()} tells whether
 * it is a standard term or an {@code ext:} extension.
 *
 * @param value the term as written, e.g. {@code "ceasn:Competency"}
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#alignmenttargettype">Open Badges 3.0, AlignmentTargetType</a>
 */
public record AlignmentTargetType(String value) implements Term {

    /** {@code ceasn:Competency}: a CTDL-ASN/CTDL competency published by Credential Engine. */
    public static final AlignmentTargetType CEASN_COMPETENCY = new AlignmentTargetType("ceasn:Competency");

    /** {@code ceterms:Credential}: a CTDL credential published by Credential Engine. */
    public static final AlignmentTargetType CETERMS_CREDENTIAL = new AlignmentTargetType("ceterms:Credential");

    /** {@code CFItem}: a CASE framework item. */
    public static final AlignmentTargetType CF_ITEM = new AlignmentTargetType("CFItem");

    /** {@code CFRubric}: a CASE framework rubric. */
    public static final AlignmentTargetType CF_RUBRIC = new AlignmentTargetType("CFRubric");

    /** {@code CFRubricCriterion}: a CASE framework rubric criterion. */
    public static final AlignmentTargetType CF_RUBRIC_CRITERION = new AlignmentTargetType("CFRubricCriterion");

    /** {@code CFRubricCriterionLevel}: a CASE framework rubric criterion level. */
    public static final AlignmentTargetType CF_RUBRIC_CRITERION_LEVEL =
            new AlignmentTargetType("CFRubricCriterionLevel");

    /** {@code CTDL}: a Credential Engine item. */
    public static final AlignmentTargetType CTDL = new AlignmentTargetType("CTDL");

    private static final List<AlignmentTargetType> STANDARD = List.of(
            CEASN_COMPETENCY, CETERMS_CREDENTIAL, CF_ITEM, CF_RUBRIC, CF_RUBRIC_CRITERION,
            CF_RUBRIC_CRITERION_LEVEL, CTDL);

    private static final Set<String> STANDARD_VALUES =
            Set.copyOf(STANDARD.stream().map(AlignmentTargetType::value).toList());

    /**
     * Creates a term.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public AlignmentTargetType {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the term with the given value, standard or not.
     *
     * @param value the term as written
     * @return the term
     * @throws NullPointerException if {@code value} is null
     */
    public static AlignmentTargetType of(String value) {
        return new AlignmentTargetType(value);
    }

    /**
     * Returns the terms the specification defines, in its order.
     *
     * @return an immutable list
     */
    public static List<AlignmentTargetType> standardValues() {
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
