package dev.laurel.badges.json.bake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Byte-level positions of markup in a well-formed XML document in an ASCII-compatible encoding: the
 * parts of a start tag, and the byte range of an element. The XML reader has already checked the
 * document, so this only needs to find boundaries, which in such encodings are always ASCII bytes.
 */
final class SvgMarkup {

    private SvgMarkup() {
    }

    /**
     * An attribute of a start tag.
     *
     * @param name the qualified name
     * @param valueStart the offset of the first value byte (after the quote)
     * @param valueEnd the offset of the closing quote
     */
    record Attribute(String name, int valueStart, int valueEnd) {
    }

    /**
     * A start tag.
     *
     * @param start the offset of {@code <}
     * @param name the qualified name
     * @param attributes the attributes in order
     * @param contentEnd the offset just after the name or the last attribute's closing quote
     * @param close the offset of {@code />} or {@code >}
     * @param end the offset just after the tag
     * @param selfClosing whether the tag ends with {@code />}
     */
    record StartTag(int start, String name, List<Attribute> attributes, int contentEnd, int close, int end,
            boolean selfClosing) {
        StartTag {
            attributes = List.copyOf(attributes);
        }
    }

    /** Parses the start tag whose {@code <} is at {@code lt}. */
    static StartTag startTag(byte[] b, int lt) {
        int i = lt + 1;
        int nameStart = i;
        while (i < b.length && !isSpace(b[i]) && b[i] != '>' && b[i] != '/') {
            i++;
        }
        String name = ascii(b, nameStart, i);
        int contentEnd = i;
        List<Attribute> attributes = new ArrayList<>();
        while (true) {
            while (i < b.length && isSpace(b[i])) {
                i++;
            }
            if (i >= b.length) {
                throw broken(lt);
            }
            if (b[i] == '>') {
                return new StartTag(lt, name, attributes, contentEnd, i, i + 1, false);
            }
            if (b[i] == '/') {
                if (i + 1 >= b.length || b[i + 1] != '>') {
                    throw broken(lt);
                }
                return new StartTag(lt, name, attributes, contentEnd, i, i + 2, true);
            }
            int attrStart = i;
            while (i < b.length && !isSpace(b[i]) && b[i] != '=') {
                i++;
            }
            String attrName = ascii(b, attrStart, i);
            while (i < b.length && isSpace(b[i])) {
                i++;
            }
            if (i >= b.length || b[i] != '=') {
                throw broken(lt);
            }
            i++;
            while (i < b.length && isSpace(b[i])) {
                i++;
            }
            if (i >= b.length || (b[i] != '"' && b[i] != '\'')) {
                throw broken(lt);
            }
            byte quote = b[i];
            int valueStart = ++i;
            while (i < b.length && b[i] != quote) {
                i++;
            }
            if (i >= b.length) {
                throw broken(lt);
            }
            attributes.add(new Attribute(attrName, valueStart, i));
            i++;
            contentEnd = i;
        }
    }

    /**
     * Returns the byte range {start, end} of the {@code ordinal}-th start tag (1-based) at or after
     * {@code from}, through its end tag.
     */
    static int[] element(byte[] b, int from, int ordinal) {
        int count = 0;
        int i = from;
        int target = -1;
        int depth = 0;
        while (i < b.length) {
            if (b[i] != '<') {
                i++;
                continue;
            }
            if (startsWith(b, i, "<!--")) {
                i = after(b, i + 4, "-->");
            } else if (startsWith(b, i, "<![CDATA[")) {
                i = after(b, i + 9, "]]>");
            } else if (startsWith(b, i, "<?")) {
                i = after(b, i + 2, "?>");
            } else if (startsWith(b, i, "</")) {
                i = after(b, i + 2, ">");
                if (target >= 0 && --depth == 0) {
                    return new int[] {target, i};
                }
            } else {
                StartTag tag = startTag(b, i);
                if (target < 0 && ++count == ordinal) {
                    if (tag.selfClosing()) {
                        return new int[] {i, tag.end()};
                    }
                    target = i;
                    depth = 1;
                } else if (target >= 0 && !tag.selfClosing()) {
                    depth++;
                }
                i = tag.end();
            }
        }
        throw broken(from);
    }

    private static boolean startsWith(byte[] b, int i, String s) {
        if (i + s.length() > b.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int after(byte[] b, int i, String s) {
        for (int j = i; j + s.length() <= b.length; j++) {
            if (startsWith(b, j, s)) {
                return j + s.length();
            }
        }
        throw broken(i);
    }

    private static String ascii(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static BakeException broken(int at) {
        // The XML reader accepted the document, so this means markup this scanner does not follow.
        return new BakeException(BakeCode.MALFORMED_XML, "cannot follow the markup at offset " + at, at, null);
    }
}
