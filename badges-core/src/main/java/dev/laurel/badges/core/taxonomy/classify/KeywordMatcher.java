package dev.laurel.badges.core.taxonomy.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds keywords and short phrases in free text in one pass: a trie over {@code a-z 0-9} and one word
 * separator. Text is first folded by {@link #fold} (accents removed, {@code ß} to {@code ss}; ASCII text
 * is not copied), then on the fly (ASCII letters to lower case; any run of characters that are not
 * letters or digits is one separator; letters outside Latin end a match). A pattern ending in {@code *}
 * is a stem that matches any word it begins; other patterns match whole words. At each word the longest
 * pattern wins, and the words it covers are not searched again. A pattern that begins with {@code *} is
 * a suffix ({@code *prufung} finds "Abschlussprüfung"), and one that also ends with {@code *} is found
 * inside a word; these are single words, tried only where no trie pattern matched.
 */
final class KeywordMatcher {

    private static final int SEP = 36;
    private static final int OTHER = -1;
    private static final int BREAK = -2;
    private static final int ALPHABET = 37;

    /**
     * One pattern: the text to find, the group it votes for, the word shown in reasons, an event kind,
     * and the language of the vocabulary it comes from.
     */
    record Pattern(String text, int group, String display, Optional<String> eventKind, String language) {

        Pattern(String text, int group, String display) {
            this(text, group, display, Optional.empty(), "en");
        }
    }

    private final List<Pattern> patterns;
    /** Suffix and infix patterns: their index, body, and whether they may sit anywhere in a word. */
    private final List<Affix> affixes = new ArrayList<>();

    private record Affix(int index, String body, boolean inside) {
    }
    private int[] next = new int[ALPHABET * 64];
    private int[] keyword = new int[64];
    private boolean[] stem = new boolean[64];
    private int nodes = 1;

    KeywordMatcher(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Arrays.fill(next, 0);
        Arrays.fill(keyword, -1);
        java.util.Set<String> affixTexts = new java.util.HashSet<>();
        for (int p = 0; p < this.patterns.size(); p++) {
            String text = this.patterns.get(p).text();
            if (text.startsWith("*")) {
                boolean inside = text.length() > 1 && text.endsWith("*");
                String body = text.substring(1, inside ? text.length() - 1 : text.length());
                if (body.isEmpty() || !body.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                    throw new IllegalArgumentException("pattern \"" + text + "\": a suffix or infix pattern is one "
                            + "word of a-z 0-9");
                }
                if (!affixTexts.add(text)) {
                    throw new IllegalArgumentException("duplicate pattern \"" + text + "\"");
                }
                affixes.add(new Affix(p, body, inside));
            } else {
                insert(text, p);
            }
        }
        next = Arrays.copyOf(next, nodes * ALPHABET);
        keyword = Arrays.copyOf(keyword, nodes);
        stem = Arrays.copyOf(stem, nodes);
    }

    int size() {
        return patterns.size();
    }

    Pattern pattern(int index) {
        return patterns.get(index);
    }

    private void insert(String text, int index) {
        boolean isStem = text.endsWith("*");
        String body = isStem ? text.substring(0, text.length() - 1) : text;
        int node = 0;
        for (int i = 0; i < body.length(); i++) {
            int c = code(body.charAt(i));
            if (c < 0) {
                throw new IllegalArgumentException("pattern \"" + text + "\" has a character outside a-z 0-9 space");
            }
            int slot = node * ALPHABET + c;
            if (next[slot] == 0) {
                grow();
                next[slot] = nodes++;
            }
            node = next[slot];
        }
        if (keyword[node] >= 0) {
            throw new IllegalArgumentException("duplicate pattern \"" + text + "\"");
        }
        keyword[node] = index;
        stem[node] = isStem;
    }

    private void grow() {
        if (nodes >= keyword.length) {
            int size = keyword.length * 2;
            next = Arrays.copyOf(next, size * ALPHABET);
            keyword = Arrays.copyOf(keyword, size);
            Arrays.fill(keyword, nodes, size, -1);
            stem = Arrays.copyOf(stem, size);
        }
    }

    /** Trie codes of the ASCII characters, so that only other characters need a Unicode look-up. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            int code;
            if (c >= 'a' && c <= 'z') {
                code = c - 'a';
            } else if (c >= 'A' && c <= 'Z') {
                code = c - 'A';
            } else if (c >= '0' && c <= '9') {
                code = 26 + (c - '0');
            } else {
                code = c == ' ' ? SEP : BREAK;
            }
            ASCII[c] = (byte) code;
        }
    }

    private static int code(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        return Character.isLetterOrDigit(c) ? OTHER : BREAK;
    }

    private static boolean isSeparator(char c) {
        int code = code(c);
        return code == BREAK || code == SEP;
    }

    /**
     * Folds text for matching: letters with diacritics lose them ({@code é} to {@code e}, {@code ü} to
     * {@code u}), {@code ß} becomes {@code ss}, {@code æ} {@code ae}, {@code œ} {@code oe}, {@code ø}
     * {@code o}. ASCII text is returned as it is; case is folded later, on the fly.
     *
     * @param text the text
     * @return the folded text
     */
    static String fold(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return text;
        }
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (c < 128) {
                out.append(c);
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case '\u00df' -> out.append("ss");
                case '\u1e9e' -> out.append("SS");
                case '\u00e6' -> out.append("ae");
                case '\u00c6' -> out.append("AE");
                case '\u0153' -> out.append("oe");
                case '\u0152' -> out.append("OE");
                case '\u00f8' -> out.append('o');
                case '\u00d8' -> out.append('O');
                case '\u0142' -> out.append('l');
                case '\u0141' -> out.append('L');
                case '\u0131' -> out.append('i');
                case '\u2019', '\u2018', '\u00b4' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Scans text and records every pattern found in {@code hits}.
     *
     * @param original the text
     * @param hits where matches go
     */
    void scan(String original, Hits hits) {
        String text = fold(original);
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return;
            }
            int node = 0;
            int j = i;
            int bestEnd = -1;
            int bestKeyword = -1;
            while (true) {
                int k = keyword[node];
                if (k >= 0 && (stem[node] || j >= n || isSeparator(text.charAt(j)))) {
                    bestEnd = j;
                    bestKeyword = k;
                }
                if (j >= n) {
                    break;
                }
                char ch = text.charAt(j);
                int c = code(ch);
                if (c == BREAK || c == SEP) {
                    int child = next[node * ALPHABET + SEP];
                    if (child == 0 || node == 0) {
                        break;
                    }
                    node = child;
                    while (j < n && isSeparator(text.charAt(j))) {
                        j++;
                    }
                    continue;
                }
                if (c == OTHER) {
                    break;
                }
                int child = next[node * ALPHABET + c];
                if (child == 0) {
                    break;
                }
                node = child;
                j++;
            }
            if (bestKeyword >= 0) {
                hits.add(bestKeyword, patterns.get(bestKeyword).group());
                i = bestEnd;
            } else if (!affixes.isEmpty()) {
                int end = i;
                while (end < n && !isSeparator(text.charAt(end))) {
                    end++;
                }
                affix(text, i, end, hits);
            }
            while (i < n && !isSeparator(text.charAt(i))) {
                i++;
            }
        }
    }

    private void affix(String text, int start, int end, Hits hits) {
        int length = end - start;
        for (Affix a : affixes) {
            int size = a.body().length();
            if (size > length) {
                continue;
            }
            if (a.inside()) {
                for (int at = start; at + size <= end; at++) {
                    if (text.regionMatches(true, at, a.body(), 0, size)) {
                        hits.add(a.index(), patterns.get(a.index()).group());
                        return;
                    }
                }
            } else if (text.regionMatches(true, end - size, a.body(), 0, size)) {
                hits.add(a.index(), patterns.get(a.index()).group());
                return;
            }
        }
    }

    /** The patterns found in some text, each once, in the order first found, counted per group. */
    static final class Hits {
        private final long[] seen;
        private final int[] perGroup;
        private final List<Integer> order = new ArrayList<>(4);

        Hits(int patterns, int groups) {
            seen = new long[(patterns + 63) / 64];
            perGroup = new int[groups];
        }

        void add(int pattern, int group) {
            long bit = 1L << (pattern & 63);
            if ((seen[pattern >>> 6] & bit) == 0) {
                seen[pattern >>> 6] |= bit;
                perGroup[group]++;
                order.add(pattern);
            }
        }

        /** Forgets every hit, so that one buffer serves several texts. */
        void clear() {
            java.util.Arrays.fill(seen, 0L);
            java.util.Arrays.fill(perGroup, 0);
            order.clear();
        }

        int count(int group) {
            return perGroup[group];
        }

        boolean isEmpty() {
            return order.isEmpty();
        }

        List<Integer> inOrder() {
            return order;
        }
    }
}
