package dev.laurel.badges.examples.cli;

import dev.laurel.badges.json.CompactJws;
import dev.laurel.badges.json.JsonLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The inputs of {@code laurel verify -}: a stream (standard input) read line by line, each line told apart
 * by its content, like files are: a line whose first non-blank character is <code>{</code> is a JSON
 * credential; three base64url segments separated by dots whose first decodes to a JSON object (a JOSE
 * header) is a compact JWS/JWT; anything else is a path, a file or a folder as on the command line.
 * Blank lines are skipped (they still count for line numbers). A credential given inline is named
 * {@code -:N} in the output, N its line number from 1, so a script can find the line again; a path is
 * named as given.
 *
 * <p>Nothing here ends the stream: a path that is missing, not a file or folder, or an empty folder, and
 * a line longer than {@link #MAX_LINE_BYTES}, each become one input reported as not readable. A line is
 * never held beyond that limit (the rest of an over-long line is skipped as it is read), so hostile input
 * cannot exhaust memory; only what {@link Inputs.Source#next} hands out is kept.
 */
final class LineInputs implements Inputs.Source {

    /**
     * The longest line: the largest JSON document the verifier reads at all ({@link JsonLimits}), so that
     * no credential that could verify from a file is refused on a line.
     */
    static final int MAX_LINE_BYTES = JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES;

    /** The prefix of the name of a credential given inline, followed by its line number. */
    static final String INLINE_PREFIX = "-:";

    /** A line buffer larger than this is dropped after its line, so one long line does not stay in memory. */
    private static final int KEPT_LINE_BUFFER = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private boolean eof;
    private byte[] line = new byte[1024];
    private int length;
    private boolean tooLong;
    private long lineNumber;
    private final ArrayDeque<Inputs.Input> pending = new ArrayDeque<>();

    /**
     * Reads lines from a stream.
     *
     * @param in the stream (not closed here: it is standard input)
     */
    LineInputs(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    /**
     * Reads lines from a stream, with another line limit (tests use a small one).
     *
     * @param in the stream
     * @param maxLineBytes the longest line, in bytes, without its line end
     */
    LineInputs(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Inputs.Input next() throws IOException {
        while (pending.isEmpty()) {
            if (!readLine()) {
                return null;
            }
            lineNumber++;
            recognise();
        }
        return pending.poll();
    }

    /** Turns the line just read into zero (blank), one (a credential, a file) or more inputs (a folder). */
    private void recognise() {
        String name = INLINE_PREFIX + lineNumber;
        if (tooLong) {
            pending.add(Inputs.Input.unreadable(name, "line " + lineNumber + " of standard input is longer than "
                    + maxLineBytes + " bytes: not read"));
            return;
        }
        int stop = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        int start = 0;
        while (start < stop && isBlank(line[start])) {
            start++;
        }
        int last = stop;
        while (last > start && isBlank(line[last - 1])) {
            last--;
        }
        if (start == last) {
            return;
        }
        if (line[start] == '{' || looksLikeJwt(line, start, last)) {
            pending.add(Inputs.Input.inline(name, Arrays.copyOfRange(line, start, last)));
            return;
        }
        // A path is used exactly as given (only a CRLF line end is taken off): file names may hold spaces.
        String path = new String(line, 0, stop, StandardCharsets.UTF_8);
        try {
            pending.addAll(Inputs.expand(List.of(path)));
        } catch (UsageException e) {
            pending.add(Inputs.Input.unreadable(path, e.getMessage()));
        } catch (RuntimeException e) {
            // Path.of refuses a NUL character, for example: still only this line's failure.
            pending.add(Inputs.Input.unreadable(path, "not a usable path"));
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == 0x0B;
    }

    /**
     * Whether a line is a compact JWS: three base64url segments (the payload not empty; the signature may
     * be, the verifier then says why it fails) whose header decodes to a JSON object. Checking the header,
     * not only the shape, keeps a file name such as {@code badge.v2.json} a path.
     */
    static boolean looksLikeJwt(byte[] bytes, int start, int stop) {
        if (stop - start < 1 || isBlank(bytes[start]) || isBlank(bytes[stop - 1])
                || !CompactJws.looksCompact(bytes, start, stop)) {
            return false;
        }
        int firstDot = indexOf(bytes, (byte) '.', start, stop);
        if (bytes[firstDot + 1] == '.') {
            return false;
        }
        byte[] header;
        try {
            header = Base64.getUrlDecoder().decode(Arrays.copyOfRange(bytes, start, firstDot));
        } catch (IllegalArgumentException e) {
            return false;
        }
        int i = 0;
        while (i < header.length && (isBlank(header[i]) || header[i] == '\n')) {
            i++;
        }
        return i < header.length && header[i] == '{';
    }

    /**
     * Reads the next line into {@code line}/{@code length}, without its {@code \n}; past the limit the rest
     * of the line is skipped and {@code tooLong} set.
     *
     * @return false at the end of the stream (a last line without {@code \n} is still a line)
     */
    private boolean readLine() throws IOException {
        if (line.length > KEPT_LINE_BUFFER) {
            line = new byte[1024];
        }
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == end) {
                if (eof || !fill()) {
                    return any;
                }
            }
            any = true;
            int newline = -1;
            for (int i = position; i < end; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int chunkEnd = newline < 0 ? end : newline;
            append(position, chunkEnd);
            if (newline >= 0) {
                position = newline + 1;
                return true;
            }
            position = end;
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (tooLong || n == 0) {
            return;
        }
        if (length + n > maxLineBytes) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, length + n)));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            eof = true;
            return false;
        }
        position = 0;
        end = n;
        return true;
    }
}
