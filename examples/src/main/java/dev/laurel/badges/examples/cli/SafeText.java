package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import java.util.Locale;

/**
 * Makes text from inputs (file names, issuer ids, messages that quote a document) safe to print: no
 * input can start a line of its own, move the cursor, recolour the terminal or reorder what is shown.
 *
 * <p>Escaped: C0 controls ({@code \n}, {@code \r}, {@code \t} as those two characters, the rest and ESC as
 * {@code \}{@code u001B}), DEL, C1 controls (U+0080 to U+009F, NEL and CSI among them), the line and
 * paragraph separators U+2028/U+2029, lone surrogates and every Unicode format character (bidi embeddings,
 * overrides and isolates, LRM/RLM, zero-width space, BOM, ...) except the zero-width joiner and non-joiner,
 * which scripts and emoji need and which cannot forge a line. Backslashes are left alone.
 */
final class SafeText {

    private SafeText() {
    }

    /**
     * Escapes a piece of text for one line of terminal output.
     *
     * @param text the text, or null
     * @return the escaped text ("" for null)
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        int i = 0;
        while (i < text.length() && !needsEscape(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(text, i)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return isUnsafe(c);
    }

    /** Whether a (non-surrogate) character must never reach a terminal raw. */
    static boolean isUnsafe(int c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if (c == 0x200C || c == 0x200D) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.CONTROL;
    }

    /**
     * Returns the mapper for JSON Lines, whose strings are escaped as {@link JsonEscapes} says: every
     * command that writes JSON Lines uses it. It is made on first use, not when picocli instantiates the
     * commands, so that {@code --version}, {@code --help} and commands that write no JSON do not pay for
     * Jackson's start-up (issue 19: start-up is most of a one-file run). Configured once, then shared:
     * Jackson's mapper is thread-safe for reading and writing.
     *
     * @return the shared mapper
     */
    static com.fasterxml.jackson.databind.ObjectMapper jsonLines() {
        return JsonLines.MAPPER;
    }

    /** Holds the mapper; the JVM initialises it, once and thread-safely, on the first {@link #jsonLines()}. */
    private static final class JsonLines {
        static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = create();

        private static com.fasterxml.jackson.databind.ObjectMapper create() {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            mapper.getFactory().setCharacterEscapes(new JsonEscapes());
            return mapper;
        }
    }

    /**
     * Jackson escapes for JSON Lines: besides what JSON requires (C0 controls, quote, backslash), DEL, C1
     * controls, U+2028/U+2029 and format characters are written as {@code \}{@code uXXXX}, so a line read
     * raw on a terminal is as safe as the text output. The value read back is unchanged.
     */
    static final class JsonEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii;

        JsonEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (Character.isSurrogate((char) ch) || !isUnsafe(ch)) {
                return null;
            }
            return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
        }
    }
}
