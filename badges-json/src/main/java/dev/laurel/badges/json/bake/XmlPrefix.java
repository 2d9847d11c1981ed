package dev.laurel.badges.json.bake;

/**
 * A scanner of the start of an XML document, up to its root element: it tells the encoding family from
 * the first bytes (XML 1.0, appendix F), finds where the root start tag begins, and refuses a document
 * type declaration that declares entities. The XML reader ignores such declarations anyway (DTD support
 * is off), so this check only gives the refusal its precise code and stops before any parsing.
 */
final class XmlPrefix {

    /** How characters of the markup are laid out in bytes. */
    enum Mode {
        /** One byte per ASCII character: UTF-8, US-ASCII, ISO-8859-x and the like. */
        BYTE(1),
        /** UTF-16, big-endian. */
        UTF16BE(2),
        /** UTF-16, little-endian. */
        UTF16LE(2);

        final int width;

        Mode(int width) {
            this.width = width;
        }
    }

    /**
     * Where the root element starts.
     *
     * @param mode the encoding family
     * @param bom the length of the byte order mark, 0 if none
     * @param rootOffset the byte offset of the {@code <} of the root start tag
     */
    record Prolog(Mode mode, int bom, int rootOffset) {
    }

    private final byte[] b;
    private final Mode mode;
    private final int bom;
    private final int units;

    private XmlPrefix(byte[] b, int n, Mode mode, int bom) {
        this.b = b;
        this.mode = mode;
        this.bom = bom;
        this.units = (n - bom) / mode.width;
    }

    /** Returns whether the first {@code n} bytes could start an XML document. */
    static boolean looksLikeXml(byte[] head, int n) {
        if (n == 0) {
            return false;
        }
        int[] layout = layout(head, n);
        if (layout == null) {
            return false;
        }
        XmlPrefix p = new XmlPrefix(head, n, Mode.values()[layout[0]], layout[1]);
        if (p.units == 0) {
            return layout[1] > 0;
        }
        // White space may precede the markup, but the first other character must open it: a JSON
        // document that starts with a newline is not an SVG.
        for (int i = 0; i < p.units; i++) {
            int c = p.unit(i);
            if (!isSpace(c)) {
                return c == '<';
            }
        }
        return false;
    }

    /**
     * Scans the first {@code n} bytes for the root start tag.
     *
     * @param eof whether these are all the bytes of the document
     * @return the prolog, or null if more bytes are needed
     * @throws BakeException if the bytes are not an XML document, or declare entities
     */
    static Prolog scan(byte[] b, int n, boolean eof) {
        int[] layout = layout(b, n);
        if (layout == null) {
            if (n < 4 && !eof) {
                return null;
            }
            throw new BakeException(BakeCode.NOT_AN_IMAGE, "not an XML document in a supported encoding", 0, null);
        }
        XmlPrefix p = new XmlPrefix(b, n, Mode.values()[layout[0]], layout[1]);
        int root = p.findRoot();
        if (root == NEED_MORE) {
            if (eof) {
                throw new BakeException(BakeCode.NOT_AN_IMAGE, "the document has no root element", -1, null);
            }
            return null;
        }
        return new Prolog(p.mode, p.bom, p.bom + root * p.mode.width);
    }

    private static final int NEED_MORE = -1;

    /** Returns {mode ordinal, bom length}, or null for UTF-32 and other layouts we do not read. */
    private static int[] layout(byte[] b, int n) {
        int b0 = n > 0 ? b[0] & 0xFF : -1;
        int b1 = n > 1 ? b[1] & 0xFF : -1;
        int b2 = n > 2 ? b[2] & 0xFF : -1;
        int b3 = n > 3 ? b[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new int[] {Mode.BYTE.ordinal(), 3};
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new int[] {Mode.UTF16BE.ordinal(), 2};
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            if (b2 == 0 && b3 == 0) {
                return null;
            }
            return new int[] {Mode.UTF16LE.ordinal(), 2};
        }
        if (b0 == 0 && b1 == 0) {
            return null;
        }
        if (b0 == 0 && b1 > 0) {
            return new int[] {Mode.UTF16BE.ordinal(), 0};
        }
        if (b0 > 0 && b1 == 0) {
            if (b2 == 0) {
                return null;
            }
            return new int[] {Mode.UTF16LE.ordinal(), 0};
        }
        return new int[] {Mode.BYTE.ordinal(), 0};
    }

    private int unit(int i) {
        int at = bom + i * mode.width;
        switch (mode) {
            case UTF16BE:
                return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
            case UTF16LE:
                return ((b[at + 1] & 0xFF) << 8) | (b[at] & 0xFF);
            case BYTE:
            default:
                return b[at] & 0xFF;
        }
    }

    private boolean startsWith(int i, String s) {
        if (i + s.length() > units) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (unit(i + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the index after the first {@code s} at or after {@code i}, or NEED_MORE. */
    private int after(int i, String s) {
        for (int j = i; j + s.length() <= units; j++) {
            if (startsWith(j, s)) {
                return j + s.length();
            }
        }
        return NEED_MORE;
    }

    private int findRoot() {
        int i = 0;
        while (true) {
            while (i < units && isSpace(unit(i))) {
                i++;
            }
            if (i >= units || (unit(i) == '<' && i + 1 >= units)) {
                return NEED_MORE;
            }
            if (unit(i) != '<') {
                throw new BakeException(BakeCode.NOT_AN_IMAGE, "text before the root element", bom + i * mode.width, null);
            }
            if (startsWith(i, "<?")) {
                i = after(i + 2, "?>");
            } else if (startsWith(i, "<!--")) {
                i = after(i + 4, "-->");
            } else if (startsWith(i, "<!DOCTYPE")) {
                i = afterDoctype(i + 9);
            } else if (unit(i + 1) == '!') {
                if (i + 9 > units) {
                    return NEED_MORE;
                }
                throw new BakeException(BakeCode.MALFORMED_XML, "markup before the root element that is no comment or DOCTYPE",
                        bom + i * mode.width, null);
            } else {
                return i;
            }
            if (i == NEED_MORE) {
                return NEED_MORE;
            }
        }
    }

    /** Skips a document type declaration; refuses one whose internal subset declares entities. */
    private int afterDoctype(int i) {
        int quote = 0;
        boolean subset = false;
        for (int j = i; j < units; j++) {
            int c = unit(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (subset) {
                if (startsWith(j, "<!--")) {
                    int end = after(j + 4, "-->");
                    if (end == NEED_MORE) {
                        return NEED_MORE;
                    }
                    j = end - 1;
                } else if (startsWith(j, "<?")) {
                    int end = after(j + 2, "?>");
                    if (end == NEED_MORE) {
                        return NEED_MORE;
                    }
                    j = end - 1;
                } else if (startsWith(j, "<!ENTITY")) {
                    throw new BakeException(BakeCode.XML_FORBIDDEN, "the DOCTYPE declares entities; entities are never expanded",
                            bom + j * mode.width, null);
                } else if (c == ']') {
                    subset = false;
                }
            } else if (c == '[') {
                subset = true;
            } else if (c == '>') {
                return j + 1;
            }
        }
        return NEED_MORE;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
