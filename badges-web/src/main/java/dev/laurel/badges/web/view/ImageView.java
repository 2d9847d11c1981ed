package dev.laurel.badges.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * The badge's image: shown inline only from a {@code data:} URI (the page loads nothing from elsewhere), else a
 * link to the remote image.
 *
 * @param dataUri a {@code data:image/...} URI to show in an {@code <img>}
 * @param link the remote image's address, shown as a link and never loaded
 * @param alt the alternative text
 */
public record ImageView(Optional<String> dataUri, Optional<String> link, String alt) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if dataUri is not a {@code data:image/} URI
     */
    public ImageView {
        Objects.requireNonNull(dataUri, "dataUri");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(alt, "alt");
        if (dataUri.isPresent() && !dataUri.get().startsWith("data:image/")) {
            throw new IllegalArgumentException("dataUri must be a data:image/ URI");
        }
    }
}
