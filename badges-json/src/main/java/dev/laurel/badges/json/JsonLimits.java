package dev.laurel.badges.json;

/**
 * Limits that bound the work of reading untrusted JSON. Exceeding one is a {@link BadgeJsonException}
 * with the matching {@link JsonCode}, never an {@link OutOfMemoryError} or a hang.
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters (data URIs for images can be long)
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest property name, in characters
 */
public record JsonLimits(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
                         int maxNameLength) {

    /** Default largest document: 4 MiB. */
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
    /** Default deepest nesting: 64 levels (real badges use fewer than 12). */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** Default longest string: 3 MiB of characters, enough for an embedded image data URI. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 3 * 1024 * 1024;
    /** Default longest number: 100 characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** Default longest property name: 1,024 characters. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 1024;

    /** The defaults. */
    public static final JsonLimits DEFAULT = new JsonLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_NAME_LENGTH);

    /**
     * Creates limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public JsonLimits {
        requirePositive(maxDocumentBytes, "maxDocumentBytes");
        requirePositive(maxDepth, "maxDepth");
        requirePositive(maxStringLength, "maxStringLength");
        requirePositive(maxNumberLength, "maxNumberLength");
        requirePositive(maxNameLength, "maxNameLength");
    }

    /**
     * Returns a copy with another document size limit.
     *
     * @param bytes the largest document, in bytes
     * @return the new limits
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public JsonLimits withMaxDocumentBytes(int bytes) {
        return new JsonLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength);
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param depth the deepest nesting
     * @return the new limits
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public JsonLimits withMaxDepth(int depth) {
        return new JsonLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxNameLength);
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
