package dev.laurel.badges.json.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A pull reader of PNG chunks that never holds more than one buffer of image data: it reads a chunk's
 * header, then the caller reads, copies or skips the data, then {@link #endChunk()} checks the CRC.
 *
 * @see <a href="https://www.w3.org/TR/png/#5Chunk-layout">PNG chunk layout</a>
 */
final class PngReader {

    /** The largest chunk length PNG allows (2^31 - 1). */
    static final long MAX_CHUNK_LENGTH = 0x7FFF_FFFFL;

    private final InputStream in;
    private final long maxImageBytes;
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[64 * 1024];
    private final byte[] header = new byte[8];

    private long offset;
    private long chunkOffset;
    private long length;
    private long remaining;
    private String type = "";
    private int chunks;

    PngReader(InputStream in, long maxImageBytes) {
        this.in = in;
        this.maxImageBytes = maxImageBytes;
    }

    /** Reads and checks the PNG signature. */
    void readSignature() {
        byte[] sig = new byte[8];
        readFully(sig, 0, 8);
        if (!Arrays.equals(sig, ImageFormat.pngSignature())) {
            throw new BakeException(BakeCode.NOT_AN_IMAGE, "not a PNG signature", 0, null);
        }
    }

    /**
     * Reads the next chunk header: its length and type. The first chunk must be {@code IHDR}.
     *
     * @throws BakeException if the stream ends, the length is too large or the type is not four letters
     */
    void nextChunk() {
        chunkOffset = offset;
        readFully(header, 0, 8);
        length = ((header[0] & 0xFFL) << 24) | ((header[1] & 0xFFL) << 16) | ((header[2] & 0xFFL) << 8) | (header[3] & 0xFFL);
        for (int i = 4; i < 8; i++) {
            int c = header[i] & 0xFF;
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                throw new BakeException(BakeCode.MALFORMED_PNG,
                        "chunk type is not four ASCII letters at offset " + chunkOffset, chunkOffset, null);
            }
        }
        type = new String(header, 4, 4, StandardCharsets.US_ASCII);
        if (length > MAX_CHUNK_LENGTH) {
            throw new BakeException(BakeCode.CHUNK_TOO_LARGE, "chunk " + type + " claims " + length
                    + " bytes, beyond the PNG maximum of 2^31 - 1", chunkOffset, null);
        }
        if (chunkOffset + 12 + length > maxImageBytes) {
            throw new BakeException(BakeCode.CHUNK_TOO_LARGE, "chunk " + type + " claims " + length
                    + " bytes, beyond the image limit of " + maxImageBytes, chunkOffset, null);
        }
        if (chunks++ == 0 && !"IHDR".equals(type)) {
            throw new BakeException(BakeCode.MALFORMED_PNG, "first chunk is " + type + ", not IHDR", chunkOffset, null);
        }
        crc.reset();
        crc.update(header, 4, 4);
        remaining = length;
    }

    /** Returns the type of the current chunk. */
    String type() {
        return type;
    }

    /** Returns the data length of the current chunk. */
    long length() {
        return length;
    }

    /** Returns the offset of the current chunk's length field. */
    long chunkOffset() {
        return chunkOffset;
    }

    /** Returns the 8 header bytes (length and type) of the current chunk; do not modify. */
    byte[] header() {
        return header;
    }

    /** Returns the data bytes of the current chunk not yet read. */
    long remaining() {
        return remaining;
    }

    /**
     * Reads up to {@code max} more data bytes of the current chunk.
     *
     * @return the bytes read (fewer than {@code max} only at the end of the data)
     */
    byte[] read(int max) {
        int n = (int) Math.min(max, remaining);
        byte[] data = new byte[n];
        readFully(data, 0, n);
        crc.update(data, 0, n);
        remaining -= n;
        return data;
    }

    /** Copies the rest of the current chunk's data to {@code out}, or skips it when {@code out} is null. */
    void transfer(OutputStream out) {
        while (remaining > 0) {
            int n = (int) Math.min(buffer.length, remaining);
            readFully(buffer, 0, n);
            crc.update(buffer, 0, n);
            remaining -= n;
            if (out != null) {
                write(out, buffer, 0, n);
            }
        }
    }

    /**
     * Reads the CRC of the current chunk, whose data must all have been read, and checks it.
     *
     * @return the four CRC bytes, as read
     */
    byte[] endChunk() {
        if (remaining != 0) {
            throw new IllegalStateException("chunk data not read: " + remaining);
        }
        byte[] stored = new byte[4];
        readFully(stored, 0, 4);
        long expected = ((stored[0] & 0xFFL) << 24) | ((stored[1] & 0xFFL) << 16) | ((stored[2] & 0xFFL) << 8) | (stored[3] & 0xFFL);
        if (expected != crc.getValue()) {
            throw new BakeException(BakeCode.BAD_CRC, "CRC of chunk " + type + " at offset " + chunkOffset
                    + " does not match its data", chunkOffset, null);
        }
        return stored;
    }

    /** Copies what follows {@code IEND} to {@code out} unchanged. */
    void copyTrailer(OutputStream out) {
        while (true) {
            int n;
            try {
                n = in.read(buffer, 0, buffer.length);
            } catch (IOException e) {
                throw ioError(e);
            }
            if (n < 0) {
                return;
            }
            offset += n;
            write(out, buffer, 0, n);
        }
    }

    private void readFully(byte[] b, int off, int len) {
        int done = 0;
        while (done < len) {
            int n;
            try {
                n = in.read(b, off + done, len - done);
            } catch (IOException e) {
                throw ioError(e);
            }
            if (n < 0) {
                throw new BakeException(BakeCode.TRUNCATED, "image ends at offset " + (offset + done)
                        + (type.isEmpty() ? "" : " in or after chunk " + type), offset + done, null);
            }
            done += n;
        }
        offset += len;
    }

    private BakeException ioError(IOException e) {
        return new BakeException(BakeCode.IO_ERROR, "reading the image failed at offset " + offset + ": " + e.getMessage(), offset, e);
    }

    static void write(OutputStream out, byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw new BakeException(BakeCode.IO_ERROR, "writing the image failed: " + e.getMessage(), -1, e);
        }
    }
}
