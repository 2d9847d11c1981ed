package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document as {@link BadgeJson} read it: what it is, its model, its JSON, and what reading found.
 *
 * <p>For a compact JWS input (an OB 2.0 signed badge or an OB 3.0 VC-JWT), {@link #json()} and
 * {@link #model()} are those of the payload's badge and {@link #jws()} holds the token.
 *
 * @param kind what the document is
 * @param model the model record ({@code OpenBadgeCredential}, {@code Assertion}...), empty for
 *     {@link DocumentKind#NOT_A_BADGE}
 * @param json the document's JSON (treat as read-only)
 * @param jws the compact JWS the document came in, if any
 * @param description for {@link DocumentKind#NOT_A_BADGE}, what the document is instead; otherwise empty
 * @param problems what reading found: values of the wrong type (kept as written), legacy forms
 */
public record BadgeDocument(DocumentKind kind, Optional<Object> model, ObjectNode json, Optional<CompactJws> jws,
                            String description, List<Problem> problems) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public BadgeDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(jws, "jws");
        Objects.requireNonNull(description, "description");
        problems = List.copyOf(problems);
    }

    /**
     * Returns the Open Badges version.
     *
     * @return the version, empty when the document is not a badge
     */
    public Optional<BadgeVersion> version() {
        return kind.version();
    }

    /**
     * Returns the model as the given type.
     *
     * @param type the model class, e.g. {@code OpenBadgeCredential.class}
     * @param <T> the type
     * @return the model, or empty when the document is another kind
     */
    public <T> Optional<T> model(Class<T> type) {
        return model.filter(type::isInstance).map(type::cast);
    }

    /**
     * Tells whether the document is an Open Badges document.
     *
     * @return {@code false} for {@link DocumentKind#NOT_A_BADGE}
     */
    public boolean isBadge() {
        return kind != DocumentKind.NOT_A_BADGE;
    }
}
