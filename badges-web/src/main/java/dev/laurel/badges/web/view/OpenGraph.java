package dev.laurel.badges.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * The Open Graph ({@code og:}) and Twitter card values of a page's head, so that a shared link shows a preview.
 * Every address is absolute, built on the public base URL.
 *
 * @param title {@code og:title}
 * @param description {@code og:description}
 * @param url {@code og:url}
 * @param image {@code og:image}, when the badge has an image
 */
public record OpenGraph(String title, String description, String url, Optional<String> image) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public OpenGraph {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(image, "image");
    }

    /**
     * Returns the Twitter card type: a large image when there is one.
     *
     * @return {@code summary_large_image} or {@code summary}
     */
    public String twitterCard() {
        return image.isPresent() ? "summary_large_image" : "summary";
    }
}
