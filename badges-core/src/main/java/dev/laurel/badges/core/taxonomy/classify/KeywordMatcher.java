package dev.laurel.badges.core.taxonomy.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds keywords and short phrases in free text in one pass and without allocating per token: a trie
 * over {@code a-z 0-9} and one word separator. Text is folded on the fly (ASCII letters to lower case;
 * any run of characters that are not letters or digits is one separator; other letters end a match).
 * A pattern ending in {@code *} is a stem that matches any word it begins; other patterns match whole
 * words. At each word the longest pattern wins, and the words it covers are not searched again.
 */
final class KeywordMatcher {

    private static final int SEP = 36;
    private static final int OTHER = -1;
    private static final int BREAK = -2;
    private static final int ALPHABET = 37;

    /** One pattern: the text to find, the group it votes for, the word shown in reasons, and an event kind. */
    record Pattern(String text, int group, String display, Optional<String> eventKind) {

        Pattern(String text, int group, String display) {
            this(text, group, display, Optional.empty());
        }
    }

    private final List<Pattern> patterns;
    private int[] next = new int[ALPHABET * 64];
    private int[] keyword = new int[64];
    private boolean[] stem = new boolean[64];
    private int nodes = 1;

    KeywordMatcher(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Arrays.fill(next, 0);
        Arrays.fill(keyword, -1);
        for (int p = 0; p < this.patterns.size(); p++) {
            insert(this.patterns.get(p).text(), p);
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
     * Scans text and records every pattern found in {@code hits}.
     *
     * @param text the text
     * @param hits where matches go
     */
    void scan(String text, Hits hits) {
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
            }
            while (i < n && !isSeparator(text.charAt(i))) {
                i++;
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
