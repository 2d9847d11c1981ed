package dev.laurel.badges.core.model;

/**
 * A value from a vocabulary, closed or extensible (OB 3.0 {@code AchievementType},
 * {@code ResultType}, {@code AlignmentTargetType}, {@code ResultStatusType}...). Vocabularies are
 * records of one string rather than enums so that a value no enum knows (an {@code ext:} extension, or
 * a mistake to report) is still held and written back unchanged.
 *
 * <p>Each implementation is a record with one component, {@code String value}, a static
 * {@code of(String)} factory, constants for the vocabulary's terms and a {@code isStandard()} check.
 */
public interface Term {

    /**
     * Returns the term as written, e.g. {@code "Certification"} or {@code "ext:Webinar"}.
     *
     * @return the term
     */
    String value();

    /**
     * Tells whether the value is one the specification defines (as opposed to an extension or an
     * unknown value).
     *
     * @return {@code true} for a defined term
     */
    boolean isStandard();
}
