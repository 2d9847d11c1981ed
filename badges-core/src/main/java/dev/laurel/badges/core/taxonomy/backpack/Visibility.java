package dev.laurel.badges.core.taxonomy.backpack;

import java.util.Objects;

/**
 * Who may see a credential in a backpack; the learner chooses, and exports and share links honour it.
 * New entries are {@link #PRIVATE}.
 */
public enum Visibility {
    /** Only the learner. Never exported to others and never shared. */
    PRIVATE,
    /** Anyone the learner gives a link to. In link exports and share links, not in public exports. */
    LINK,
    /** Anyone. In every export. */
    PUBLIC;

    /**
     * Tells whether an audience may see a credential with this visibility.
     *
     * @param audience who is looking
     * @return {@code true} if visible to them
     * @throws NullPointerException if {@code audience} is null
     */
    public boolean isVisibleTo(Audience audience) {
        return switch (Objects.requireNonNull(audience, "audience")) {
            case OWNER -> true;
            case LINK_HOLDER -> this != PRIVATE;
            case PUBLIC -> this == PUBLIC;
        };
    }
}
