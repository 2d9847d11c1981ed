package dev.laurel.badges.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * The sign-in page ({@code GET /login}, and {@code POST /login} when it fails).
 *
 * @param site the page frame
 * @param status the HTTP status ({@code data-status}: 200, 401 wrong name or password, 403 form expired, 429)
 * @param problem what went wrong, if anything
 * @param name the name typed, kept in the field
 * @param csrf the form's CSRF token
 */
public record LoginPage(Site site, int status, Optional<String> problem, String name, String csrf) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public LoginPage {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(csrf, "csrf");
    }
}
