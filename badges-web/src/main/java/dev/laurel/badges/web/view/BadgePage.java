package dev.laurel.badges.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the badge page ({@code GET /badges/{id}}) shows: a shared credential's details, its level, its owner
 * and the Open Graph description of the page.
 *
 * @param site the page frame
 * @param details what the badge says about itself, when it could be read
 * @param ladder its level on the ladder
 * @param visibility {@code link} or {@code public} ({@code data-visibility})
 * @param owner the owner's name
 * @param ownerHref the address of the owner's backpack page, only when it has public badges
 * @param verifyHref the address of the "Verify this badge" link (relative)
 * @param openGraph the Open Graph and Twitter card values of the head
 * @param linkedIn LinkedIn's "add to profile" address, when it can be built
 */
public record BadgePage(Site site, Optional<BadgeDetails> details, LadderView ladder, String visibility, String owner,
                        Optional<String> ownerHref, String verifyHref, OpenGraph openGraph, Optional<String> linkedIn) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public BadgePage {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(ladder, "ladder");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ownerHref, "ownerHref");
        Objects.requireNonNull(verifyHref, "verifyHref");
        Objects.requireNonNull(openGraph, "openGraph");
        Objects.requireNonNull(linkedIn, "linkedIn");
    }

    /**
     * Returns the page's heading: the badge's name.
     *
     * @return the name, or {@code Badge} when it has none
     */
    public String title() {
        return openGraph.title();
    }
}
