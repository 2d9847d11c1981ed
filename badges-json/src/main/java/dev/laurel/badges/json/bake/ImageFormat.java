package dev.laurel.badges.json.bake;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** An image format that can carry a baked badge. */
public enum ImageFormat {
    /** Portable Network Graphics: the badge is an {@code iTXt} chunk. */
    PNG,
    /** Scalable Vector Graphics: the badge is an element right after the {@code <svg>} start tag. */
    SVG;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /**
     * Tells the format from the first bytes of an image, whatever its file name: {@link #PNG} when they
     * are the PNG signature, {@link #SVG} when they look like the start of an XML document (a byte order
     * mark, white space or {@code <}). An {@code SVG} answer is a guess that reading confirms: the root
     * element must still be {@code <svg>}.
     *
     * @param head the first bytes of the image (at least 8 for a PNG answer)
     * @return the format, or empty if the bytes are neither
     * @throws NullPointerException if {@code head} is null
     */
    public static Optional<ImageFormat> detect(byte[] head) {
        Objects.requireNonNull(head, "head");
        return Optional.ofNullable(sniff(head, head.length));
    }

    /** Returns the format of the first {@code n} bytes of {@code head}, or null. */
    static ImageFormat sniff(byte[] head, int n) {
        if (n >= PNG_SIGNATURE.length && Arrays.equals(head, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return PNG;
        }
        return XmlPrefix.looksLikeXml(head, n) ? SVG : null;
    }

    /** Returns whether the first {@code n} bytes are a proper prefix of the PNG signature. */
    static boolean isPngPrefix(byte[] head, int n) {
        return n > 0 && n < PNG_SIGNATURE.length && Arrays.equals(head, 0, n, PNG_SIGNATURE, 0, n);
    }

    /** Returns a copy of the PNG signature. */
    static byte[] pngSignature() {
        return PNG_SIGNATURE.clone();
    }
}
