package dev.laurel.badges.json.bake;

/**
 * The limits a {@link Baker} keeps while reading untrusted images: one immutable value with documented
 * defaults. Input beyond a limit is refused with a {@link BakeException}, never read further.
 *
 * @param maxImageBytes the largest image read, in bytes ({@link BakeCode#TOO_LARGE} beyond)
 * @param maxBadgeTextBytes the longest badge text baked or extracted, in UTF-8 bytes
 *     ({@link BakeCode#BADGE_TOO_LARGE} beyond)
 * @param maxInflatedBytes the most bytes a compressed PNG text chunk may inflate to
 *     ({@link BakeCode#INFLATE_LIMIT} beyond)
 * @param maxXmlDepth the deepest SVG element nesting read ({@link BakeCode#MALFORMED_XML} beyond)
 */
public record BakeLimits(int maxImageBytes, int maxBadgeTextBytes, int maxInflatedBytes, int maxXmlDepth) {

    /** Default {@link #maxImageBytes()}: 32 MiB, far above any badge image. */
    public static final int DEFAULT_MAX_IMAGE_BYTES = 32 * 1024 * 1024;
    /** Default {@link #maxBadgeTextBytes()}: 4 MiB, room for a credential with large embedded evidence. */
    public static final int DEFAULT_MAX_BADGE_TEXT_BYTES = 4 * 1024 * 1024;
    /** Default {@link #maxInflatedBytes()}: 4 MiB, the same as the badge text. */
    public static final int DEFAULT_MAX_INFLATED_BYTES = 4 * 1024 * 1024;
    /** Default {@link #maxXmlDepth()}: 256 nested elements. */
    public static final int DEFAULT_MAX_XML_DEPTH = 256;

    /** The largest array the JVM reliably allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    private static final BakeLimits DEFAULTS = new BakeLimits(DEFAULT_MAX_IMAGE_BYTES,
            DEFAULT_MAX_BADGE_TEXT_BYTES, DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MAX_XML_DEPTH);

    /**
     * Creates limits.
     *
     * @param maxImageBytes the largest image read, in bytes
     * @param maxBadgeTextBytes the longest badge text, in UTF-8 bytes
     * @param maxInflatedBytes the most bytes a compressed text chunk may inflate to
     * @param maxXmlDepth the deepest SVG element nesting
     * @throws IllegalArgumentException if a limit is not positive, or an image limit exceeds what an
     *     array can hold
     */
    public BakeLimits {
        positive("maxImageBytes", maxImageBytes);
        positive("maxBadgeTextBytes", maxBadgeTextBytes);
        positive("maxInflatedBytes", maxInflatedBytes);
        positive("maxXmlDepth", maxXmlDepth);
        if (maxImageBytes > MAX_ARRAY) {
            throw new IllegalArgumentException("maxImageBytes must be at most " + MAX_ARRAY + ": " + maxImageBytes);
        }
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults
     */
    public static BakeLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these limits with another image limit.
     *
     * @param bytes the largest image read, in bytes
     * @return the new limits
     * @throws IllegalArgumentException if {@code bytes} is out of range
     */
    public BakeLimits withMaxImageBytes(int bytes) {
        return new BakeLimits(bytes, maxBadgeTextBytes, maxInflatedBytes, maxXmlDepth);
    }

    /**
     * Returns these limits with another badge text limit.
     *
     * @param bytes the longest badge text, in UTF-8 bytes
     * @return the new limits
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public BakeLimits withMaxBadgeTextBytes(int bytes) {
        return new BakeLimits(maxImageBytes, bytes, maxInflatedBytes, maxXmlDepth);
    }

    /**
     * Returns these limits with another inflation limit.
     *
     * @param bytes the most bytes a compressed text chunk may inflate to
     * @return the new limits
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public BakeLimits withMaxInflatedBytes(int bytes) {
        return new BakeLimits(maxImageBytes, maxBadgeTextBytes, bytes, maxXmlDepth);
    }

    /**
     * Returns these limits with another XML depth limit.
     *
     * @param depth the deepest SVG element nesting
     * @return the new limits
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public BakeLimits withMaxXmlDepth(int depth) {
        return new BakeLimits(maxImageBytes, maxBadgeTextBytes, maxInflatedBytes, depth);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
