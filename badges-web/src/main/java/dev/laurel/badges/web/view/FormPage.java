package dev.laurel.badges.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * The verify page, and the problem pages that show its form again.
 *
 * @param site the page frame
 * @param status the HTTP status the page answers with (200 for the verify page, 400, 413, 502...)
 * @param problem what was wrong with the last submission, if anything
 */
public record FormPage(Site site, int status, Optional<String> problem) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FormPage {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(problem, "problem");
    }
}
