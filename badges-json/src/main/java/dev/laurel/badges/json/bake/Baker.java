package dev.laurel.badges.json.bake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point of baking: embeds an Open Badges 2.0 or 3.0 payload in a PNG or SVG image, and
 * extracts it again. The format is told from the image's bytes, never from a file name.
 *
 * <p>PNG: the badge is one uncompressed {@code iTXt} chunk with keyword {@code openbadges} (OB 2.0) or
 * {@code openbadgecredential} (OB 3.0), placed before {@code IEND}, or where the badge chunk it replaces
 * stood; every other chunk is copied byte for byte. Extraction streams the chunks and checks every CRC;
 * it never decodes pixels, inflates only a badge chunk and only within {@link BakeLimits#maxInflatedBytes()},
 * and also reads the legacy {@code tEXt} {@code openbadges} chunk.
 *
 * <p>SVG: the badge is an {@code <openbadges:assertion>} (OB 2.0, namespace {@code http://openbadges.org})
 * or {@code <openbadges:credential>} (OB 3.0, namespace {@code https://purl.imsglobal.org/ob/v3p0})
 * element inserted directly after the {@code <svg>} start tag, which gains the {@code xmlns:openbadges}
 * declaration if it lacks it; every other byte stays as it was. Extraction uses an XML reader with DTDs
 * and entities off: a DOCTYPE is read but never loaded, and a document that declares or uses entities is
 * refused.
 *
 * <p>An image carries one badge: a second badge chunk or element is refused ({@link BakeCode#DUPLICATE_BADGE}).
 * Input the baker cannot read safely fails with a {@link BakeException}, never with another exception,
 * a hang or an {@link OutOfMemoryError}. A baker is immutable and thread-safe.
 *
 * <pre>{@code
 * byte[] baked = Baker.standard().bake(png, BadgePayload.ob3Json(credentialJson));
 * Optional<BakedBadge> badge = Baker.standard().extract(baked);
 * }</pre>
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/baking/">Open Badges 2.0 Baking</a>
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#baked-badge">Open Badges 3.0 Baked Badge</a>
 */
public final class Baker {

    private static final Baker STANDARD = new Baker(BakeLimits.defaults());

    private final BakeLimits limits;
    private final PngCodec png;
    private final SvgCodec svg;

    private Baker(BakeLimits limits) {
        this.limits = limits;
        this.png = new PngCodec(limits);
        this.svg = new SvgCodec(limits);
    }

    /**
     * Returns a baker with the {@linkplain BakeLimits#defaults() default limits}.
     *
     * @return the standard baker
     */
    public static Baker standard() {
        return STANDARD;
    }

    /**
     * Returns a baker with the given limits.
     *
     * @param limits the limits
     * @return the baker
     * @throws NullPointerException if {@code limits} is null
     */
    public static Baker withLimits(BakeLimits limits) {
        return new Baker(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits this baker keeps.
     *
     * @return the limits
     */
    public BakeLimits limits() {
        return limits;
    }

    /**
     * Bakes a payload into an image, replacing the badge it already carries.
     *
     * @param image the PNG or SVG image
     * @param payload the payload
     * @return the baked image
     * @throws NullPointerException if an argument is null
     * @throws BakeException if the image cannot be read, breaks a limit, already carries two badges, or
     *     the payload text is longer than the badge text limit
     */
    public byte[] bake(byte[] image, BadgePayload payload) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(payload, "payload");
        checkSize(image.length);
        if (format(image, image.length) == ImageFormat.SVG) {
            return svg.bake(image, payload);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length + payload.text().length() + 64);
        png.bake(new ByteArrayInputStream(image), out, payload);
        return out.toByteArray();
    }

    /**
     * Bakes a payload into an image read from a stream, writing the baked image to another. A PNG is
     * streamed chunk by chunk; an SVG is read whole (within the image limit) first. Neither stream is
     * closed. On failure the output holds a partial image and must be discarded.
     *
     * @param image the PNG or SVG image
     * @param out where the baked image is written
     * @param payload the payload
     * @throws NullPointerException if an argument is null
     * @throws BakeException if the image cannot be read, breaks a limit or already carries two badges,
     *     or a stream fails ({@link BakeCode#IO_ERROR})
     */
    public void bake(InputStream image, OutputStream out, BadgePayload payload) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(payload, "payload");
        PushbackInputStream in = new PushbackInputStream(image, 8);
        ImageFormat format = sniff(in);
        LimitedInput limited = new LimitedInput(in, limits.maxImageBytes());
        if (format == ImageFormat.PNG) {
            png.bake(limited, out, payload);
        } else {
            byte[] baked = svg.bake(readAll(limited), payload);
            PngReader.write(out, baked, 0, baked.length);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new BakeException(BakeCode.IO_ERROR, "writing the image failed: " + e.getMessage(), -1, e);
        }
    }

    /**
     * Extracts the badge baked in an image.
     *
     * @param image the PNG or SVG image
     * @return the badge, or empty if the image carries none
     * @throws NullPointerException if {@code image} is null
     * @throws BakeException if the image cannot be read safely, breaks a limit, carries two badges, or
     *     its badge text is not a badge payload
     */
    public Optional<BakedBadge> extract(byte[] image) {
        Objects.requireNonNull(image, "image");
        checkSize(image.length);
        ImageFormat format = format(image, image.length);
        LimitedInput in = new LimitedInput(new ByteArrayInputStream(image), limits.maxImageBytes());
        return format == ImageFormat.PNG ? png.extract(in) : svg.extract(in, in);
    }

    /**
     * Extracts the badge baked in an image read from a stream, holding in memory only the badge text and
     * small buffers: a 64 KiB chunk buffer for a PNG; for an SVG, its prolog (at most 1 MiB) and the XML
     * reader's buffer. A PNG is read up to {@code IEND}, an SVG to its end (within the image limit), to
     * check that the image carries one badge only. The stream is not closed.
     *
     * @param image the PNG or SVG image
     * @return the badge, or empty if the image carries none
     * @throws NullPointerException if {@code image} is null
     * @throws BakeException if the image cannot be read safely, breaks a limit, carries two badges, its
     *     badge text is not a badge payload, or the stream fails ({@link BakeCode#IO_ERROR})
     */
    public Optional<BakedBadge> extract(InputStream image) {
        Objects.requireNonNull(image, "image");
        PushbackInputStream in = new PushbackInputStream(image, 8);
        ImageFormat format = sniff(in);
        LimitedInput limited = new LimitedInput(in, limits.maxImageBytes());
        return format == ImageFormat.PNG ? png.extract(limited) : svg.extract(limited, limited);
    }

    private void checkSize(long length) {
        if (length > limits.maxImageBytes()) {
            throw new BakeException(BakeCode.TOO_LARGE, "image is " + length + " bytes, beyond the limit of "
                    + limits.maxImageBytes(), limits.maxImageBytes(), null);
        }
    }

    private static ImageFormat format(byte[] head, int n) {
        ImageFormat format = ImageFormat.sniff(head, n);
        if (format != null) {
            return format;
        }
        if (ImageFormat.isPngPrefix(head, n)) {
            throw new BakeException(BakeCode.TRUNCATED, "image ends inside the PNG signature", n, null);
        }
        throw new BakeException(BakeCode.NOT_AN_IMAGE, n == 0 ? "the image is empty" : "neither a PNG nor an SVG", 0, null);
    }

    /** Reads up to 8 bytes, pushes them back and tells the format. */
    private static ImageFormat sniff(PushbackInputStream in) {
        byte[] head = new byte[8];
        int n = 0;
        try {
            while (n < head.length) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            in.unread(head, 0, n);
        } catch (IOException e) {
            throw new BakeException(BakeCode.IO_ERROR, "reading the image failed: " + e.getMessage(), n, e);
        }
        return format(head, n);
    }

    private static byte[] readAll(LimitedInput in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buf = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buf, 0, buf.length)) >= 0) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new BakeException(BakeCode.IO_ERROR, "reading the image failed: " + e.getMessage(), in.count(), e);
        }
        return out.toByteArray();
    }
}
