package dev.laurel.badges.core.taxonomy.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words the {@link Classifier} reads in one language: for each {@link VocabularyGroup}, the
 * patterns that vote for it. Laurel ships one rules file per language ({@link #STANDARD_LANGUAGES});
 * a deployment adds a language, or its own words to a shipped one, with
 * {@link Classifier.Builder#vocabulary(Vocabulary)}.
 *
 * <p>A rules file is UTF-8 text, one {@code key = value} line per group (a key may come back on several
 * lines; its patterns add up); {@code #} starts a comment line:
 *
 * <pre>
 * language = de
 * participation = teilnahme*, *teilnahme, webinar*=webinar, tagung*=conference
 * assessment = bestanden, *punkte
 * no-assessment = ohne prüfung
 * detect = der, die, das, und
 * </pre>
 *
 * <p>{@code language} (a BCP 47 primary tag such as {@code de}) is required and comes first. Patterns are
 * separated by commas and compared after folding (lower case, accents removed, {@code ß} as {@code ss}):
 * {@code word} matches the whole word, {@code stem*} every word it begins, {@code *suffix} every word
 * it ends (German compounds), {@code *infix*} every word that contains it, and {@code two words} a
 * phrase across any punctuation. A participation pattern may end with {@code =kind} to name the event
 * kind it stands for ({@code tagung*=conference}). docs/TAXONOMY.md lists the keys.
 *
 * <p>Immutable and thread-safe.
 */
public final class Vocabulary {

    /** The languages Laurel ships rules for. */
    public static final List<String> STANDARD_LANGUAGES = List.of("en", "de", "fr", "es", "pt", "nl");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, Vocabulary> CACHE = new ConcurrentHashMap<>();

    /**
     * One pattern of a vocabulary.
     *
     * @param group what it votes for
     * @param pattern the folded pattern, e.g. {@code teilnahme*}
     * @param display the pattern as written, for reasons
     * @param eventKind the event kind a participation pattern stands for, if named
     */
    public record Entry(VocabularyGroup group, String pattern, String display, Optional<String> eventKind) {

        /**
         * Creates an entry.
         *
         * @throws NullPointerException if a component is null
         */
        public Entry {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(display, "display");
            Objects.requireNonNull(eventKind, "eventKind");
        }
    }

    private final String language;
    private final List<Entry> entries;

    private Vocabulary(String language, List<Entry> entries) {
        this.language = language;
        this.entries = List.copyOf(entries);
    }

    /**
     * Returns the vocabulary Laurel ships for a language, read once and cached.
     *
     * @param language one of {@link #STANDARD_LANGUAGES}
     * @return the vocabulary
     * @throws IllegalArgumentException if Laurel ships no rules for the language
     * @throws NullPointerException if {@code language} is null
     */
    public static Vocabulary standard(String language) {
        Objects.requireNonNull(language, "language");
        if (!STANDARD_LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no standard vocabulary for language \"" + language
                    + "\": expected one of " + STANDARD_LANGUAGES);
        }
        return CACHE.computeIfAbsent(language, Vocabulary::load);
    }

    private static Vocabulary load(String language) {
        String name = "rules/" + language + ".rules";
        InputStream in = Vocabulary.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the bundled rules file " + name + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, language + ".rules");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled rules file " + name, e);
        }
    }

    /**
     * Reads a rules file.
     *
     * @param file the file, UTF-8
     * @return the vocabulary
     * @throws VocabularyException if the file cannot be read or is not valid
     * @throws NullPointerException if {@code file} is null
     */
    public static Vocabulary read(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName() == null ? file.toString() : file.getFileName().toString());
        } catch (IOException e) {
            throw new VocabularyException(VocabularyCode.IO_ERROR, file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reads rules from a reader, which is not closed.
     *
     * @param reader the text
     * @param source the name used in error messages
     * @return the vocabulary
     * @throws VocabularyException if the text cannot be read or is not valid
     * @throws NullPointerException if an argument is null
     */
    public static Vocabulary read(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String language = null;
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String text = line.strip();
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1).strip();
                }
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int eq = text.indexOf('=');
                if (eq <= 0) {
                    throw new VocabularyException(VocabularyCode.MALFORMED_LINE, source, number,
                            "expected key = value, got \"" + text + "\"");
                }
                String key = text.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = text.substring(eq + 1).strip();
                if (key.equals("language")) {
                    if (language != null || !LANGUAGE.matcher(value).matches()) {
                        throw new VocabularyException(VocabularyCode.BAD_LANGUAGE, source, number, language != null
                                ? "the language is given twice" : "\"" + value + "\" is not a language tag such as de");
                    }
                    language = value;
                    continue;
                }
                if (language == null) {
                    throw new VocabularyException(VocabularyCode.BAD_LANGUAGE, source, number,
                            "the first line must name the language (language = de)");
                }
                Optional<VocabularyGroup> known = VocabularyGroup.fromKey(key);
                if (known.isEmpty()) {
                    throw new VocabularyException(VocabularyCode.UNKNOWN_GROUP, source, number, "unknown key \""
                            + key + "\": expected language or one of " + keys());
                }
                VocabularyGroup group = known.get();
                for (String item : value.split(",")) {
                    String written = item.strip();
                    if (written.isEmpty()) {
                        continue;
                    }
                    Entry entry = entry(group, written, source, number);
                    if (!seen.add(key(entry))) {
                        throw new VocabularyException(VocabularyCode.DUPLICATE_PATTERN, source, number,
                                "\"" + written + "\" is listed twice");
                    }
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new VocabularyException(VocabularyCode.IO_ERROR, source, number, "cannot read: " + e.getMessage());
        }
        if (language == null) {
            throw new VocabularyException(VocabularyCode.BAD_LANGUAGE, source, 0, "no language = line");
        }
        return new Vocabulary(language, entries);
    }

    /**
     * What makes two entries the same for the matcher: a stem and a whole word with the same letters
     * end at the same place, so {@code test} and {@code test*} are the same entry.
     */
    static String key(Entry e) {
        if (e.group() == VocabularyGroup.DETECT) {
            return "detect:" + e.pattern();
        }
        String p = e.pattern();
        return p.startsWith("*") ? p : p.endsWith("*") ? p.substring(0, p.length() - 1) : p;
    }

    private static String keys() {
        StringBuilder out = new StringBuilder();
        for (VocabularyGroup g : VocabularyGroup.values()) {
            out.append(out.length() == 0 ? "" : ", ").append(g.key());
        }
        return out.toString();
    }

    private static Entry entry(VocabularyGroup group, String written, String source, int line) {
        String pattern = written;
        Optional<String> event = Optional.empty();
        int eq = written.indexOf('=');
        if (eq >= 0) {
            if (group != VocabularyGroup.PARTICIPATION || eq == 0 || eq == written.length() - 1) {
                throw new VocabularyException(VocabularyCode.BAD_PATTERN, source, line, "\"" + written
                        + "\": only a participation pattern may name an event kind (pattern=kind)");
            }
            pattern = written.substring(0, eq).strip();
            event = Optional.of(written.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
        }
        String folded = fold(pattern);
        boolean prefix = folded.startsWith("*");
        boolean suffix = folded.length() > 1 && folded.endsWith("*");
        String body = folded.substring(prefix ? 1 : 0, folded.length() - (suffix ? 1 : 0));
        boolean ok = !body.isEmpty() && !body.startsWith(" ") && !body.endsWith(" ") && !body.contains("  ")
                && body.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ')
                && !(prefix && body.contains(" ")) && !(group == VocabularyGroup.DETECT && (prefix || suffix));
        if (!ok) {
            throw new VocabularyException(VocabularyCode.BAD_PATTERN, source, line, "\"" + written + "\" is not a "
                    + "pattern: letters, digits and single spaces, with * to end a stem or begin a suffix "
                    + "(a suffix or infix is one word; detect words have no *)");
        }
        String display = pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) + "..." : pattern;
        display = display.startsWith("*") ? "..." + display.substring(1) : display;
        return new Entry(group, folded, display, event);
    }

    /** Folds a pattern the way text is folded before matching, and to lower case. */
    static String fold(String text) {
        String folded = KeywordMatcher.fold(text.strip()).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s'\\-]+", " ");
    }

    /**
     * Returns a vocabulary with this one's entries and then the other's, for the same language;
     * patterns already here are not added again.
     *
     * @param other more words for the language
     * @return the merged vocabulary
     * @throws IllegalArgumentException if the languages differ
     * @throws NullPointerException if {@code other} is null
     */
    public Vocabulary with(Vocabulary other) {
        Objects.requireNonNull(other, "other");
        if (!other.language.equals(language)) {
            throw new IllegalArgumentException("cannot merge " + other.language + " words into the " + language
                    + " vocabulary");
        }
        List<Entry> merged = new ArrayList<>(entries);
        Set<String> seen = new HashSet<>();
        entries.forEach(e -> seen.add(key(e)));
        for (Entry e : other.entries) {
            if (seen.add(key(e))) {
                merged.add(e);
            }
        }
        return new Vocabulary(language, merged);
    }

    /**
     * Returns the language, a BCP 47 primary tag such as {@code de}.
     *
     * @return the language
     */
    public String language() {
        return language;
    }

    /**
     * Returns every entry, in the order written.
     *
     * @return the entries
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the entries of one group.
     *
     * @param group the group
     * @return its entries, in order
     * @throws NullPointerException if {@code group} is null
     */
    public List<Entry> entries(VocabularyGroup group) {
        Objects.requireNonNull(group, "group");
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.group() == group) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "Vocabulary[" + language + ", " + entries.size() + " patterns]";
    }
}
