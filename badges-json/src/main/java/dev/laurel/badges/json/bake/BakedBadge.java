package dev.laurel.badges.json.bake;

import dev.laurel.badges.json.BadgeVersion;
import java.util.Objects;

/**
 * A badge found baked in an image: the payload (its text exactly as embedded, its kind and version) and
 * the format of the image it came from.
 *
 * @param payload the baked payload
 * @param format the image format
 */
public record BakedBadge(BadgePayload payload, ImageFormat format) {

    /**
     * Creates a baked badge.
     *
     * @param payload the baked payload
     * @param format the image format
     * @throws NullPointerException if an argument is null
     */
    public BakedBadge {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(format, "format");
    }

    /**
     * Returns the embedded text exactly as embedded.
     *
     * @return the text
     */
    public String text() {
        return payload.text();
    }

    /**
     * Returns what the embedded text is.
     *
     * @return the kind
     */
    public BadgePayload.Kind kind() {
        return payload.kind();
    }

    /**
     * Returns the Open Badges version, as the PNG keyword or SVG namespace tells it.
     *
     * @return the version
     */
    public BadgeVersion version() {
        return payload.version();
    }
}
