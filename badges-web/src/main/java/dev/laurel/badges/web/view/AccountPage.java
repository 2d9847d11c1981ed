package dev.laurel.badges.web.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in learner's page ({@code GET /account}): every badge with its visibility, the pathway choice and the
 * upload form.
 *
 * @param site the page frame
 * @param status the HTTP status ({@code data-status})
 * @param owner the learner's name
 * @param csrf the session's CSRF token, in every form
 * @param message the outcome of the last action, shown once
 * @param badges the learner's badges
 * @param pathways the configured pathways, with the learner's choice
 * @param truncated whether the learner has more badges than the page lists
 * @param backpackHref the address of the learner's public backpack page
 */
public record AccountPage(Site site, int status, String owner, String csrf, Optional<String> message,
                          List<AccountBadge> badges, List<PathwayChoice> pathways, boolean truncated,
                          String backpackHref) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AccountPage {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(message, "message");
        badges = List.copyOf(badges);
        pathways = List.copyOf(pathways);
        Objects.requireNonNull(backpackHref, "backpackHref");
    }
}
