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
 * @param maxNestedCredentials the most credentials a CLR may nest in {@code credentialSubject.verifiableCredential}
 *     ({@link JsonCode#TOO_MANY_NESTED_CREDENTIALS}); depth and size limits apply to the whole CLR as well
 */
public record JsonLimits(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
                         int maxNameLength, int maxNestedCredentials) {

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

    /**
     * Default most nested credentials in a CLR: 1,000 (a long record of courses, modules and skills stays well
     * below; each one is verified on its own, so this also bounds the work of verifying one CLR).
     */
    public static final int DEFAULT_MAX_NESTED_CREDENTIALS = 1000;

    /** The defaults. */
    public static final JsonLimits DEFAULT = new JsonLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_NAME_LENGTH,
            DEFAULT_MAX_NESTED_CREDENTIALS);

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
        requirePositive(maxNestedCredentials, "maxNestedCredentials");
    }

    /**
     * Creates limits with the default {@link #DEFAULT_MAX_NESTED_CREDENTIALS} (the constructor of the limits
     * before CLR support).
     *
     * @param maxDocumentBytes the largest document, in bytes
     * @param maxDepth the deepest nesting of objects and arrays
     * @param maxStringLength the longest string value, in characters
     * @param maxNumberLength the longest number, in characters
     * @param maxNameLength the longest property name, in characters
     * @throws IllegalArgumentException if a limit is not positive
     */
    public JsonLimits(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
                      int maxNameLength) {
        this(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength,
                DEFAULT_MAX_NESTED_CREDENTIALS);
    }

    /**
     * Returns a copy with another document size limit.
     *
     * @param bytes the largest document, in bytes
     * @return the new limits
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public JsonLimits withMaxDocumentBytes(int bytes) {
        return new JsonLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength, maxNestedCredentials);
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param depth the deepest nesting
     * @return the new limits
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public JsonLimits withMaxDepth(int depth) {
        return new JsonLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxNameLength,
                maxNestedCredentials);
    }

    /**
     * Returns a copy with another limit on the credentials a CLR nests.
     *
     * @param count the most nested credentials
     * @return the new limits
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public JsonLimits withMaxNestedCredentials(int count) {
        return new JsonLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength, count);
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
