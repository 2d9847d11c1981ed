package dev.laurel.badges.verify.fetch;

import java.net.URI;
import java.util.Arrays;

/** A byte buffer that refuses to grow past a limit, with {@link FetchCode#TOO_LARGE}. */
final class BoundedBytes {

    private final long max;
    private final URI uri;
    private final String what;
    private byte[] data = new byte[4096];
    private int size;

    /**
     * Creates an empty buffer.
     *
     * @param max the most bytes it may hold
     * @param uri the address the bytes come from, for the message
     * @param what what the bytes are ("response", "decompressed response"), for the message
     */
    BoundedBytes(long max, URI uri, String what) {
        this.max = max;
        this.uri = uri;
        this.what = what;
    }

    int size() {
        return size;
    }

    void write(byte[] src, int off, int len) {
        if (size + (long) len > max) {
            throw tooLarge(max, uri, what);
        }
        if (size + len > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(max, Math.max(size + (long) len, data.length * 2L)));
        }
        System.arraycopy(src, off, data, size, len);
        size += len;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    static FetchException tooLarge(long max, URI uri, String what) {
        return new FetchException(FetchCode.TOO_LARGE, what + " from " + uri + " exceeds " + max + " bytes");
    }
}
