package dev.laurel.badges.web.view;

import java.util.Objects;

/**
 * One check as the report page lists it.
 *
 * @param id the check id ({@code jws.signature}, {@code proof.key-binding}...), as {@code laurel verify} prints it
 * @param outcome {@code failed}, {@code warning}, {@code passed} or {@code skipped}
 * @param text the finding in plain language
 * @param path the JSON Pointer of the finding ({@code ""} for the whole document)
 */
public record CheckView(String id, String outcome, String text, String path) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CheckView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Returns how the outcome reads to a person.
     *
     * @return {@code Failed}, {@code Warning}, {@code Passed} or {@code Skipped}
     */
    public String outcomeLabel() {
        return outcome.isEmpty() ? outcome : Character.toUpperCase(outcome.charAt(0)) + outcome.substring(1);
    }
}
