package dev.laurel.badges.core;

/** How serious a {@link Problem} is. */
public enum Severity {
    /** The input breaks a MUST of the specification: it is not valid. */
    ERROR,
    /** The input is usable but departs from a SHOULD, or uses an older form. */
    WARNING,
    /** Worth knowing; never affects validity. */
    INFO
}
