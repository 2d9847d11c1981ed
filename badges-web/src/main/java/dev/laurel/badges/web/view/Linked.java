package dev.laurel.badges.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * A named thing the badge points at (evidence, an alignment): its name, its address if any (shown as a link,
 * {@code http} and {@code https} only) and a line of detail.
 *
 * @param name the name shown
 * @param url the address, if it is an http(s) URL
 * @param detail more text (an evidence narrative, an alignment's framework and code), possibly empty
 */
public record Linked(String name, Optional<String> url, String detail) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Linked {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(detail, "detail");
    }
}
