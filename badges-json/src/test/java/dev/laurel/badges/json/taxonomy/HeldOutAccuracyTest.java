package dev.laurel.badges.json.taxonomy;

import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.classify.BadgeClassSource;
import dev.laurel.badges.json.taxonomy.LabeledBadges.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out set (src/test/resources/taxonomy/heldout): badges written blind, before their author looked
 * at the classifier's rules, source or the labeled set those rules were tuned on, and never used to tune
 * anything. {@link LabeledSetAccuracyTest} measures the set the rules were tuned on; this test measures
 * how the classifier does on badges it has not seen.
 *
 * <p>The floors below are the measured values minus a margin (about 5 points, rounded down to 0.05): they
 * guard against regressions, they are not the targets. The targets (overall 0.90, non-English 0.85,
 * formal vs informal 0.97, no wrong answer at confidence 0.8 or more) and which of them the held-out set
 * meets are in docs/TAXONOMY.md, "Held-out accuracy". Do not tune the classifier to this set: a rule
 * written to fix one of these badges makes the set stop measuring anything. Run
 * {@code mvn -B -o test -pl badges-core,badges-json -Dtest=HeldOutAccuracyTest -Dsurefire.failIfNoSpecifiedTests=false}
 * to print the table and every wrong answer with its reasons.
 */
class HeldOutAccuracyTest {

    /** Measured 0.907 (88/97). */
    static final double OVERALL_FLOOR = 0.85;
    /** Measured 0.917 (55/60). */
    static final double NON_ENGLISH_FLOOR = 0.85;
    /** Measured 0.959 (93/97; the four misses are abstentions, no badge is put in the wrong family). */
    static final double FORMAL_INFORMAL_FLOOR = 0.90;
    /** Wrong answers at confidence 0.8 or more: measured 1 (the target is 0), plus a margin of 1. */
    static final int CONFIDENT_WRONG_MAX = 2;
    static final double CONFIDENT = 0.80;

    private static List<Outcome> outcomes;

    static boolean confidentlyWrong(Outcome o) {
        return !o.correct() && o.got().confidence() >= CONFIDENT;
    }

    @BeforeAll
    static void classifyTheSet() throws IOException, URISyntaxException {
        Path dir = LabeledBadges.folder("/taxonomy/heldout/manifest.csv");
        // Every held-out assertion embeds its badge class; nothing is fetched.
        BadgeClassSource nothing = id -> Optional.empty();
        outcomes = LabeledBadges.classify(dir, nothing);
        System.out.println(table(outcomes));
    }

    /** The Markdown tables docs/TAXONOMY.md shows: per level, per language, and the headline figures. */
    static String table(List<Outcome> all) {
        StringBuilder out = new StringBuilder("| level | correct | accuracy | formal vs informal |\n|---|---|---|---|\n");
        for (LevelKind k : LevelKind.values()) {
            row(out, k.id(), all.stream().filter(o -> o.expected() == k).toList());
        }
        row(out, "formal (4 levels)", all.stream().filter(o -> o.expected().isFormal()).toList());
        row(out, "informal (2 levels)", all.stream().filter(o -> !o.expected().isFormal()).toList());
        out.append("\n| language | correct | accuracy | formal vs informal |\n|---|---|---|---|\n");
        for (String language : List.of("en", "de", "fr", "es", "pt", "nl")) {
            row(out, language, all.stream().filter(o -> o.language().equals(language)).toList());
        }
        row(out, "non-English", LabeledBadges.nonEnglish(all));
        row(out, "**all**", all);
        long confidentWrong = all.stream().filter(HeldOutAccuracyTest::confidentlyWrong).count();
        long unclassified = all.stream().filter(o -> o.got().kind().isEmpty()).count();
        double wrongMax = all.stream().filter(o -> !o.correct()).mapToDouble(o -> o.got().confidence()).max().orElse(0);
        out.append(String.format(Locale.ROOT, "%noverall %.1f %%, non-English %.1f %%, formal vs informal %.1f %%, "
                        + "unclassified %d, wrong answers with confidence >= %.2f: %d, highest confidence of a wrong "
                        + "answer %.2f%n", 100 * LabeledBadges.accuracy(all), 100 * LabeledBadges.accuracy(LabeledBadges.nonEnglish(all)), 100 * LabeledBadges.family(all),
                unclassified, CONFIDENT, confidentWrong, wrongMax));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, List<Outcome> list) {
        long ok = list.stream().filter(Outcome::correct).count();
        out.append(String.format(Locale.ROOT, "| %s | %d/%d | %.1f %% | %.1f %% |%n", label, ok, list.size(),
                100 * LabeledBadges.accuracy(list), 100 * LabeledBadges.family(list)));
    }

    @Test
    void theSetCoversEveryLevelAndLanguage() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(90);
        for (LevelKind k : LevelKind.values()) {
            assertThat(outcomes.stream().filter(o -> o.expected() == k).count()).as(k.id()).isGreaterThanOrEqualTo(12);
        }
        for (String language : List.of("de", "fr", "es", "pt", "nl")) {
            assertThat(outcomes.stream().filter(o -> o.language().equals(language)).count()).as(language)
                    .isGreaterThanOrEqualTo(10);
        }
        assertThat(outcomes).allSatisfy(o -> assertThat(o.why()).as(o.file()).isNotBlank());
        assertThat(outcomes.stream().map(Outcome::file).distinct().count()).isEqualTo(outcomes.size());
    }

    @Test
    void overallAccuracyStaysAboveTheFloor() {
        assertThat(LabeledBadges.accuracy(outcomes)).as(table(outcomes)).isGreaterThanOrEqualTo(OVERALL_FLOOR);
    }

    @Test
    void nonEnglishAccuracyStaysAboveTheFloor() {
        assertThat(LabeledBadges.accuracy(LabeledBadges.nonEnglish(outcomes))).as(table(outcomes)).isGreaterThanOrEqualTo(NON_ENGLISH_FLOOR);
    }

    @Test
    void formalVersusInformalStaysAboveTheFloor() {
        assertThat(LabeledBadges.family(outcomes)).as(table(outcomes)).isGreaterThanOrEqualTo(FORMAL_INFORMAL_FLOOR);
    }

    @Test
    void confidentWrongAnswersDoNotGrow() {
        assertThat(outcomes.stream().filter(HeldOutAccuracyTest::confidentlyWrong).count()).as(table(outcomes))
                .isLessThanOrEqualTo(CONFIDENT_WRONG_MAX);
    }
}
