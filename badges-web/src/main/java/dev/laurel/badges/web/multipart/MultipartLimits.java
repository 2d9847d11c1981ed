package dev.laurel.badges.web.multipart;

/**
 * The bounds {@link MultipartParser} enforces, as one immutable value: a body over any of them is refused with a
 * {@link MultipartException} before more of it is examined.
 *
 * @param maxBytes the largest body, in bytes
 * @param maxParts the most parts
 * @param maxHeaderBytes the largest header section of one part, in bytes
 */
public record MultipartLimits(long maxBytes, int maxParts, int maxHeaderBytes) {

    /** A form of the verify page has three fields; a few more leave room for a browser's extras. */
    public static final int DEFAULT_MAX_PARTS = 16;
    /** Content-Disposition with a long file name and a Content-Type fit easily. */
    public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public MultipartLimits {
        if (maxBytes < 1 || maxParts < 1 || maxHeaderBytes < 1) {
            throw new IllegalArgumentException("every multipart limit must be positive: maxBytes " + maxBytes
                    + ", maxParts " + maxParts + ", maxHeaderBytes " + maxHeaderBytes);
        }
    }

    /**
     * Limits with the default part and header bounds.
     *
     * @param maxBytes the largest body, in bytes
     * @return the limits
     * @throws IllegalArgumentException if maxBytes is not positive
     */
    public static MultipartLimits ofMaxBytes(long maxBytes) {
        return new MultipartLimits(maxBytes, DEFAULT_MAX_PARTS, DEFAULT_MAX_HEADER_BYTES);
    }
}
