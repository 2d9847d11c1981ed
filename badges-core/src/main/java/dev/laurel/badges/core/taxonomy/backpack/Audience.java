package dev.laurel.badges.core.taxonomy.backpack;

/** Who an export or a view of a backpack is for. */
public enum Audience {
    /** The learner: sees every credential. */
    OWNER,
    /** Someone the learner gave a link to: sees {@link Visibility#PUBLIC} and {@link Visibility#LINK}. */
    LINK_HOLDER,
    /** Anyone: sees {@link Visibility#PUBLIC} only. */
    PUBLIC
}
