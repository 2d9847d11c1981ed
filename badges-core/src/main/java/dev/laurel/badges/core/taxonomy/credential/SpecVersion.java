package dev.laurel.badges.core.taxonomy.credential;

/** The Open Badges version a badge was written in. */
public enum SpecVersion {
    /** Open Badges 2.0: an {@code Assertion} of a {@code BadgeClass}. */
    OB_2_0,
    /** Open Badges 3.0: an {@code OpenBadgeCredential} about an {@code Achievement}. */
    OB_3_0
}
