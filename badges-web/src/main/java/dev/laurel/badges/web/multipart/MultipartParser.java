package dev.laurel.badges.web.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A small, bounded reader of {@code multipart/form-data} bodies (RFC 7578 over RFC 2046 section 5.1). It reads
 * what browsers send: a boundary from the {@code Content-Type}, parts with a {@code Content-Disposition: form-data}
 * header naming the field (and the file), optional {@code Content-Type}, CRLF line ends. Every bound in
 * {@link MultipartLimits} is checked as the body is read, and any body, however broken, gives either the parts or a
 * {@link MultipartException}: never another exception.
 *
 * <pre>{@code
 * List<FormPart> parts = MultipartParser.parse(request.header("content-type").orElse(""), request.body(),
 *         MultipartLimits.ofMaxBytes(2 * 1024 * 1024));
 * }</pre>
 */
public final class MultipartParser {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartParser() {
    }

    /**
     * Parses a body.
     *
     * @param contentType the request's {@code Content-Type} value
     * @param body the request body
     * @param limits the bounds to enforce
     * @return the parts, in order
     * @throws MultipartException if the body is not a well-formed {@code multipart/form-data} body within the limits
     * @throws NullPointerException if an argument is null
     */
    public static List<FormPart> parse(String contentType, byte[] body, MultipartLimits limits)
            throws MultipartException {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(limits, "limits");
        if (body.length > limits.maxBytes()) {
            throw new MultipartException(MultipartCode.TOO_LARGE,
                    "the form is " + body.length + " bytes, more than the " + limits.maxBytes() + " allowed");
        }
        String boundary = boundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // The first delimiter may follow a preamble (RFC 2046: ignored); later ones follow a CRLF.
        int at = indexOf(body, delimiter, 0);
        if (at < 0 || at > 0 && (at < 2 || body[at - 2] != '\r' || body[at - 1] != '\n')) {
            throw malformed("the form has no opening boundary line");
        }
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = at + delimiter.length;
        List<FormPart> parts = new ArrayList<>();
        while (true) {
            if (startsWith(body, pos, new byte[] {'-', '-'})) {
                return List.copyOf(parts);  // the close delimiter; an epilogue is ignored
            }
            pos = skipLinearWhitespace(body, pos);
            if (!startsWith(body, pos, CRLF)) {
                throw malformed("a boundary line is not followed by a line end");
            }
            pos += 2;
            if (parts.size() == limits.maxParts()) {
                throw new MultipartException(MultipartCode.TOO_MANY_PARTS,
                        "the form has more than " + limits.maxParts() + " parts");
            }
            int headerEnd = indexOf(body, HEADER_END, pos, Math.min(body.length, pos + limits.maxHeaderBytes() + 4));
            String headers;
            int contentStart;
            if (startsWith(body, pos, CRLF)) {
                headers = "";
                contentStart = pos + 2;
            } else if (headerEnd < 0) {
                if (body.length - pos > limits.maxHeaderBytes()) {
                    throw new MultipartException(MultipartCode.HEADER_TOO_LARGE,
                            "a part's headers are longer than " + limits.maxHeaderBytes() + " bytes");
                }
                throw malformed("a part's headers do not end with an empty line");
            } else {
                headers = new String(body, pos, headerEnd - pos, StandardCharsets.UTF_8);
                contentStart = headerEnd + 4;
            }
            int contentEnd = indexOf(body, next, contentStart);
            if (contentEnd < 0) {
                throw malformed("the form ends without its closing boundary line");
            }
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
            pos = contentEnd + next.length;
        }
    }

    /** The boundary parameter of a {@code multipart/form-data} media type, unquoted (RFC 2046 5.1.1). */
    static String boundary(String contentType) throws MultipartException {
        String[] pieces = contentType.split(";");
        if (!pieces[0].strip().toLowerCase(Locale.ROOT).equals("multipart/form-data")) {
            throw new MultipartException(MultipartCode.NOT_MULTIPART,
                    "the form must be sent as multipart/form-data");
        }
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("boundary")) {
                String value = p.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (value.isEmpty() || value.length() > 70 || !value.chars().allMatch(MultipartParser::boundaryChar)
                        || value.endsWith(" ")) {
                    throw new MultipartException(MultipartCode.BAD_BOUNDARY,
                            "the form's boundary must be 1 to 70 letters, digits or '()+_,-./:=? characters");
                }
                return value;
            }
        }
        throw new MultipartException(MultipartCode.BAD_BOUNDARY, "the form's Content-Type names no boundary");
    }

    private static boolean boundaryChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "'()+_,-./:=? ".indexOf(c) >= 0;
    }

    /** One part from its header block and content. */
    private static FormPart part(String headers, byte[] content) throws MultipartException {
        String disposition = null;
        Optional<String> type = Optional.empty();
        for (String line : headers.split("\r\n", -1)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("a part has a header line without a name");
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-type")) {
                type = Optional.of(value);
            }
        }
        if (disposition == null) {
            throw malformed("a part has no Content-Disposition header");
        }
        List<String[]> params = parameters(disposition);
        if (!params.get(0)[0].equalsIgnoreCase("form-data")) {
            throw malformed("a part's Content-Disposition is not form-data");
        }
        String field = null;
        Optional<String> filename = Optional.empty();
        for (String[] p : params.subList(1, params.size())) {
            if (p[0].equalsIgnoreCase("name")) {
                field = p[1];
            } else if (p[0].equalsIgnoreCase("filename")) {
                filename = Optional.of(p[1]);
            }
        }
        if (field == null) {
            throw malformed("a part's Content-Disposition names no field");
        }
        return new FormPart(field, filename, type, content);
    }

    /**
     * The disposition type and its parameters ({@code name=value} or {@code name="quoted value"}); a quoted value
     * may hold {@code ;} and backslash escapes, as browsers write file names.
     */
    private static List<String[]> parameters(String value) throws MultipartException {
        List<String[]> out = new ArrayList<>();
        int i = 0;
        int n = value.length();
        int semi = value.indexOf(';');
        out.add(new String[] {(semi < 0 ? value : value.substring(0, semi)).strip(), ""});
        i = semi < 0 ? n : semi + 1;
        while (i < n) {
            int eq = value.indexOf('=', i);
            if (eq < 0) {
                if (value.substring(i).isBlank()) {
                    break;
                }
                throw malformed("a part's Content-Disposition has a parameter without a value");
            }
            String name = value.substring(i, eq).strip();
            i = eq + 1;
            while (i < n && value.charAt(i) == ' ') {
                i++;
            }
            StringBuilder v = new StringBuilder();
            if (i < n && value.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = value.charAt(i++);
                    if (c == '\\' && i < n) {
                        v.append(value.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        v.append(c);
                    }
                }
                if (!closed) {
                    throw malformed("a part's Content-Disposition has an unclosed quoted value");
                }
                int next = value.indexOf(';', i);
                if (next >= 0 && !value.substring(i, next).isBlank() || next < 0 && !value.substring(i).isBlank()) {
                    throw malformed("a part's Content-Disposition has text after a quoted value");
                }
                i = next < 0 ? n : next + 1;
            } else {
                int next = value.indexOf(';', i);
                v.append((next < 0 ? value.substring(i) : value.substring(i, next)).strip());
                i = next < 0 ? n : next + 1;
            }
            if (name.isEmpty()) {
                throw malformed("a part's Content-Disposition has a parameter without a name");
            }
            out.add(new String[] {name, v.toString()});
        }
        return out;
    }

    private static int skipLinearWhitespace(byte[] body, int pos) {
        // RFC 2046 allows transport padding (spaces and tabs) after a boundary line.
        while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
            pos++;
        }
        return pos;
    }

    private static MultipartException malformed(String message) {
        return new MultipartException(MultipartCode.MALFORMED, message);
    }

    private static boolean startsWith(byte[] body, int pos, byte[] prefix) {
        if (pos < 0 || pos + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[pos + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        return indexOf(body, target, from, body.length);
    }

    /** The first index at or after from where target starts and ends by end, or -1. */
    private static int indexOf(byte[] body, byte[] target, int from, int end) {
        outer:
        for (int i = Math.max(0, from); i + target.length <= end; i++) {
            for (int j = 0; j < target.length; j++) {
                if (body[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
