package dev.laurel.badges.core.taxonomy.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words a classifier reads in one language, compiled: the language's own vocabulary, then the
 * English one (loanwords such as "webinar" or "skills" are common in every language), in one matcher.
 */
final class Lexicon {

    /** Group numbers are {@link VocabularyGroup} ordinals; the first six are also {@code LevelKind} ordinals. */
    static final int FORMAL = VocabularyGroup.ASSESSMENT.ordinal();
    static final int INFORMAL = VocabularyGroup.NO_ASSESSMENT.ordinal();
    static final int ACCREDITATION = VocabularyGroup.ACCREDITATION.ordinal();
    static final int PROFESSIONAL_BODY = VocabularyGroup.PROFESSIONAL_BODY.ordinal();
    /** Groups the matcher counts: every group but {@link VocabularyGroup#DETECT}. */
    static final int GROUPS = VocabularyGroup.DETECT.ordinal();

    private final String language;
    private final KeywordMatcher matcher;

    private Lexicon(String language, KeywordMatcher matcher) {
        this.language = language;
        this.matcher = matcher;
    }

    static Lexicon of(Vocabulary own, Optional<Vocabulary> english) {
        List<KeywordMatcher.Pattern> patterns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        add(own, patterns, seen);
        if (english.isPresent() && !english.get().language().equals(own.language())) {
            add(english.get(), patterns, seen);
        }
        return new Lexicon(own.language(), new KeywordMatcher(patterns));
    }

    private static void add(Vocabulary vocabulary, List<KeywordMatcher.Pattern> patterns, Set<String> seen) {
        for (Vocabulary.Entry e : vocabulary.entries()) {
            if (e.group() != VocabularyGroup.DETECT && seen.add(Vocabulary.key(e))) {
                patterns.add(new KeywordMatcher.Pattern(e.pattern(), e.group().ordinal(), e.display(), e.eventKind(),
                        vocabulary.language()));
            }
        }
    }

    String language() {
        return language;
    }

    KeywordMatcher matcher() {
        return matcher;
    }

    /** Detects a language from its common words, each shared word counting for every language that has it. */
    static final class Detector {
        private final Map<String, List<String>> words = new HashMap<>();

        Detector(List<Vocabulary> vocabularies) {
            for (Vocabulary v : vocabularies) {
                for (Vocabulary.Entry e : v.entries(VocabularyGroup.DETECT)) {
                    List<String> langs = words.computeIfAbsent(e.pattern(), k -> new ArrayList<>(2));
                    if (!langs.contains(v.language())) {
                        langs.add(v.language());
                    }
                }
            }
        }

        /**
         * Returns, per language, the weight of its common words in the texts, each distinct word once (a word
         * shared by several languages counts for each in part) and the distinct words found.
         */
        Map<String, Double> score(List<String> texts, Map<String, List<String>> found) {
            Map<String, Double> score = new HashMap<>();
            for (String text : texts) {
                String folded = KeywordMatcher.fold(text);
                int n = folded.length();
                int start = -1;
                for (int i = 0; i <= n; i++) {
                    char c = i < n ? folded.charAt(i) : ' ';
                    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                    if (letter && start < 0) {
                        start = i;
                    } else if (!letter && start >= 0) {
                        if (i - start <= 6) {
                            String word = folded.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                            List<String> langs = words.get(word);
                            if (langs != null) {
                                for (String lang : langs) {
                                    List<String> list = found.computeIfAbsent(lang, k -> new ArrayList<>());
                                    if (!list.contains(word)) {
                                        list.add(word);
                                        score.merge(lang, 1.0 / langs.size(), Double::sum);
                                    }
                                }
                            }
                        }
                        start = -1;
                    }
                }
            }
            return score;
        }
    }

    /**
     * Counts the distinct patterns of this lexicon's own language (not the English loanwords) found in
     * the texts, with the words, for language detection.
     */
    int ownHits(List<String> texts, List<String> words) {
        KeywordMatcher.Hits hits = new KeywordMatcher.Hits(matcher.size(), GROUPS);
        texts.forEach(t -> matcher.scan(t, hits));
        int count = 0;
        for (int index : hits.inOrder()) {
            KeywordMatcher.Pattern p = matcher.pattern(index);
            if (p.language().equals(language)) {
                count++;
                words.add(p.display());
            }
        }
        return count;
    }

    /** A detected language and the common words that gave it away. */
    record Detected(String language, List<String> words) {
    }
}
