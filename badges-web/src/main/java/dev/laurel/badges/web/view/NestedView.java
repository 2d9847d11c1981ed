package dev.laurel.badges.web.view;

import java.util.Objects;

/**
 * One credential inside a presentation or a CLR, with its own verdict.
 *
 * @param label where it sits and what it is (its JSON Pointer, its name when known)
 * @param verified its verdict
 * @param reason its first failed check in plain language, or empty when verified
 */
public record NestedView(String label, boolean verified, String reason) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public NestedView {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
    }
}
