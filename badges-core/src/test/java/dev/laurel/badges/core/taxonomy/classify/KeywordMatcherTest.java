package dev.laurel.badges.core.taxonomy.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeywordMatcherTest {

    private static final KeywordMatcher MATCHER = new KeywordMatcher(List.of(
            new KeywordMatcher.Pattern("attend*", 0, "attend..."),
            new KeywordMatcher.Pattern("pass", 1, "pass"),
            new KeywordMatcher.Pattern("hands on", 2, "hands on"),
            new KeywordMatcher.Pattern("recogni*", 3, "recogni..."),
            new KeywordMatcher.Pattern("industry recogni*", 4, "industry recogni..."),
            new KeywordMatcher.Pattern("no test", 5, "no test"),
            new KeywordMatcher.Pattern("test", 6, "test")));

    private static List<String> found(String text) {
        KeywordMatcher.Hits hits = new KeywordMatcher.Hits(MATCHER.size(), 7);
        MATCHER.scan(text, hits);
        List<String> out = new ArrayList<>();
        hits.inOrder().forEach(i -> out.add(MATCHER.pattern(i).text()));
        return out;
    }

    @Test
    void stemMatchesEveryWordItBegins() {
        assertThat(found("attended")).containsExactly("attend*");
        assertThat(found("Attendance")).containsExactly("attend*");
    }

    @Test
    void stemDoesNotMatchInsideAWord() {
        assertThat(found("reattend")).isEmpty();
    }

    @Test
    void wholeWordPatternNeedsAWordBoundary() {
        assertThat(found("passion passed bypass")).isEmpty();
        assertThat(found("you pass.")).containsExactly("pass");
    }

    @Test
    void phraseMatchesAcrossAnyRunOfSeparators() {
        assertThat(found("hands-on")).containsExactly("hands on");
        assertThat(found("hands  ,  on")).containsExactly("hands on");
        assertThat(found("hands")).isEmpty();
    }

    @Test
    void longestPatternWinsAndItsWordsAreNotSearchedAgain() {
        assertThat(found("industry-recognised")).containsExactly("industry recogni*");
        assertThat(found("no test needed, then a test")).containsExactly("no test", "test");
    }

    @Test
    void eachPatternIsCountedOnce() {
        KeywordMatcher.Hits hits = new KeywordMatcher.Hits(MATCHER.size(), 7);
        MATCHER.scan("test test test attend attending", hits);
        assertThat(hits.count(6)).isEqualTo(1);
        assertThat(hits.count(0)).isEqualTo(1);
    }

    @Test
    void accentsAreFoldedBeforeMatching() {
        assertThat(found("testé")).isEmpty();
        assertThat(found("tést")).containsExactly("test");
        assertThat(found("ünd test")).containsExactly("test");
        assertThat(KeywordMatcher.fold("Prüfung bestätigt, Straße")).isEqualTo("Prufung bestatigt, Strasse");
        assertThat(KeywordMatcher.fold("plain ascii")).isSameAs(KeywordMatcher.fold("plain ascii"));
    }

    @Test
    void lettersOutsideLatinEndAMatch() {
        assertThat(found("testλ")).isEmpty();
        assertThat(found("тест test")).containsExactly("test");
    }

    @Test
    void suffixAndInfixPatternsMatchInsideCompounds() {
        KeywordMatcher m = new KeywordMatcher(List.of(
                new KeywordMatcher.Pattern("teilnahme*", 0, "teilnahme..."),
                new KeywordMatcher.Pattern("*prufung", 1, "...prufung"),
                new KeywordMatcher.Pattern("*kompetenz*", 2, "...kompetenz...")));
        KeywordMatcher.Hits hits = new KeywordMatcher.Hits(m.size(), 3);
        m.scan("Abschlussprüfung; Handlungskompetenzen; Teilnahmebestätigung; Prüfungen", hits);
        assertThat(hits.count(1)).isEqualTo(1);
        assertThat(hits.count(2)).isEqualTo(1);
        assertThat(hits.count(0)).isEqualTo(1);
        KeywordMatcher.Hits none = new KeywordMatcher.Hits(m.size(), 3);
        m.scan("Prüfungen Kompass", none);
        assertThat(none.isEmpty()).isTrue();
    }

    @Test
    void emptyAndSeparatorOnlyTextFindNothing() {
        assertThat(found("")).isEmpty();
        assertThat(found(" \t\n,.;-- ")).isEmpty();
    }

    @Test
    void patternsOutsideTheAlphabetAreRefused() {
        assertThatThrownBy(() -> new KeywordMatcher(List.of(new KeywordMatcher.Pattern("café", 0, "cafe"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicatePatternsAreRefused() {
        assertThatThrownBy(() -> new KeywordMatcher(List.of(new KeywordMatcher.Pattern("a", 0, "a"),
                new KeywordMatcher.Pattern("a", 1, "a")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStandardLanguageBuildsWithEnglishBeside() {
        for (String language : Vocabulary.STANDARD_LANGUAGES) {
            Lexicon lexicon = Lexicon.of(Vocabulary.standard(language), java.util.Optional.of(Vocabulary.standard("en")));
            assertThat(lexicon.matcher().size()).as(language).isGreaterThan(80);
        }
    }
}
