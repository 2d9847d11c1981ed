package dev.laurel.badges.verify.report;

/** The result of one {@link Check}. */
public enum Outcome {
    /** The check ran and the input satisfies it. */
    PASSED,
    /** The check ran and the input breaks it: the badge is not verified. */
    FAILED,
    /** The check ran and found something worth knowing (an older form, an unconfirmed key); never fails. */
    WARNING,
    /** The check did not apply or could not run because an earlier step failed. */
    SKIPPED
}
