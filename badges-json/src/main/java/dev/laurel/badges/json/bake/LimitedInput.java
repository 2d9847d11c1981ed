package dev.laurel.badges.json.bake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that counts the bytes read and refuses to read past the image limit. It remembers
 * why it failed, because an XML parser may wrap or swallow the exception on the way out.
 */
final class LimitedInput extends FilterInputStream {

    private final long limit;
    private final byte[] one = new byte[1];
    private long count;
    private boolean exceeded;
    private IOException ioFailure;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Returns the number of bytes read so far. */
    long count() {
        return count;
    }

    /** Returns whether a read went past the limit. */
    boolean exceeded() {
        return exceeded;
    }

    /** Returns the failure of the underlying stream, or null. */
    IOException ioFailure() {
        return ioFailure;
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        // Ask for one byte past the limit so that an image of exactly the limit passes and a longer one fails.
        long room = limit - count + 1;
        int want = (int) Math.min(len, room);
        int n;
        try {
            n = in.read(b, off, want);
        } catch (IOException e) {
            ioFailure = e;
            throw e;
        }
        if (n > 0) {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw tooLarge();
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping would bypass the count; callers read instead.
        return 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // Not supported: see markSupported().
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    /** Returns the exception for an image past the limit. */
    BakeException tooLarge() {
        return new BakeException(BakeCode.TOO_LARGE, "image is larger than the limit of " + limit + " bytes", limit, null);
    }
}
