package dev.laurel.badges.json.taxonomy;

import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.classify.BadgeClassSource;
import dev.laurel.badges.core.taxonomy.classify.ReasonCode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.taxonomy.LabeledBadges.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Laurel's labeled set (src/test/resources/taxonomy/labeled, written by
 * src/test/python/generate_labeled_set.py): badges as issuers write them, in six languages, each with the
 * level the definitions give it. The standard classifier must stay above the floors docs/TAXONOMY.md
 * states; the measured table is printed (run {@code mvn -B -o test -pl badges-json -am
 * -Dtest=LabeledSetAccuracyTest -Dsurefire.failIfNoSpecifiedTests=false}).
 */
class LabeledSetAccuracyTest {


    static final double OVERALL_FLOOR = 0.90;
    static final double NON_ENGLISH_FLOOR = 0.85;
    static final double FORMAL_INFORMAL_FLOOR = 0.97;
    static final double WRONG_CONFIDENCE_CEILING = 0.80;

    private static List<Outcome> outcomes;

    @BeforeAll
    static void classifyTheSet() throws IOException, URISyntaxException {
        Path dir = LabeledBadges.folder("/taxonomy/labeled/manifest.csv");
        Map<String, BadgeClass> linked = new HashMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("linked"))) {
            for (Path p : files.sorted().toList()) {
                BadgeClass bc = (BadgeClass) BadgeJson.standard().read(Files.readAllBytes(p)).model().orElseThrow();
                linked.put(bc.id().orElseThrow(), bc);
            }
        }
        BadgeClassSource source = id -> Optional.ofNullable(linked.get(id));
        outcomes = LabeledBadges.classify(dir, source);
        System.out.println(table(outcomes));
    }

    /** The Markdown table docs/TAXONOMY.md shows: accuracy per language and level, correct/total. */
    static String table(List<Outcome> all) {
        Map<String, List<Outcome>> byLanguage = new TreeMap<>();
        all.forEach(o -> byLanguage.computeIfAbsent(o.language(), k -> new ArrayList<>()).add(o));
        StringBuilder out = new StringBuilder("| language |");
        for (LevelKind k : LevelKind.values()) {
            out.append(' ').append(k.id()).append(" |");
        }
        out.append(" all |\n|---|");
        out.append("---|".repeat(LevelKind.values().length + 1)).append('\n');
        for (Map.Entry<String, List<Outcome>> e : byLanguage.entrySet()) {
            out.append("| ").append(e.getKey()).append(" |");
            for (LevelKind k : LevelKind.values()) {
                out.append(' ').append(cell(e.getValue().stream().filter(o -> o.expected() == k).toList())).append(" |");
            }
            out.append(' ').append(cell(e.getValue())).append(" |\n");
        }
        out.append("| all |");
        for (LevelKind k : LevelKind.values()) {
            out.append(' ').append(cell(all.stream().filter(o -> o.expected() == k).toList())).append(" |");
        }
        out.append(' ').append(cell(all)).append(" |\n");
        List<Outcome> nonEnglish = all.stream().filter(o -> !o.language().equals("en")).toList();
        double family = all.stream().filter(Outcome::familyCorrect).count() / (double) all.size();
        double wrongMax = all.stream().filter(o -> !o.correct()).mapToDouble(o -> o.got().confidence()).max().orElse(0);
        long unclassified = all.stream().filter(o -> o.got().kind().isEmpty()).count();
        out.append(String.format(Locale.ROOT, "%noverall %.1f %%, non-English %.1f %%, formal vs informal %.1f %%, "
                        + "unclassified %d, highest confidence of a wrong answer %.2f%n", 100 * LabeledBadges.accuracy(all),
                100 * LabeledBadges.accuracy(nonEnglish), 100 * family, unclassified, wrongMax));
        return out.toString();
    }

    private static String cell(List<Outcome> list) {
        if (list.isEmpty()) {
            return "–";
        }
        long ok = list.stream().filter(Outcome::correct).count();
        return String.format(Locale.ROOT, "%d/%d (%.0f %%)", ok, list.size(), 100.0 * ok / list.size());
    }

    @Test
    void theSetIsLargeAndCoversEveryLevelAndLanguage() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(200);
        for (String language : List.of("en", "de", "fr", "es", "pt", "nl")) {
            for (LevelKind k : LevelKind.values()) {
                assertThat(outcomes.stream().filter(o -> o.language().equals(language) && o.expected() == k).count())
                        .as(language + " " + k.id()).isGreaterThanOrEqualTo(4);
            }
        }
        assertThat(outcomes).allSatisfy(o -> assertThat(o.why()).as(o.file()).isNotBlank());
    }

    @Test
    void overallAccuracyIsAboveTheFloor() {
        assertThat(LabeledBadges.accuracy(outcomes)).as(table(outcomes)).isGreaterThanOrEqualTo(OVERALL_FLOOR);
    }

    @Test
    void nonEnglishAccuracyIsAboveTheFloor() {
        List<Outcome> nonEnglish = outcomes.stream().filter(o -> !o.language().equals("en")).toList();
        assertThat(LabeledBadges.accuracy(nonEnglish)).as(table(outcomes)).isGreaterThanOrEqualTo(NON_ENGLISH_FLOOR);
    }

    @Test
    void formalVersusInformalIsAboveTheFloor() {
        double family = outcomes.stream().filter(Outcome::familyCorrect).count() / (double) outcomes.size();
        assertThat(family).as(table(outcomes)).isGreaterThanOrEqualTo(FORMAL_INFORMAL_FLOOR);
    }

    @Test
    void noWrongAnswerIsConfident() {
        assertThat(outcomes.stream().filter(o -> !o.correct() && o.got().confidence() >= WRONG_CONFIDENCE_CEILING))
                .extracting(Outcome::file).isEmpty();
    }

    @Test
    void linkedBadgeClassesAreReadThroughTheSource() {
        List<Outcome> linked = outcomes.stream().filter(o -> o.got().hasReason(ReasonCode.BADGE_CLASS_FETCHED)).toList();
        assertThat(linked).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void nonEnglishBadgesAreReadInTheirLanguageAndSaySo() {
        List<Outcome> nonEnglish = outcomes.stream().filter(o -> !o.language().equals("en")).toList();
        List<Outcome> named = nonEnglish.stream().filter(o -> o.got().hasReason(ReasonCode.LANGUAGE)).toList();
        // A few badges are too short to tell their language (a degree with a name and a credit count).
        assertThat(named.size()).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * nonEnglish.size()));
        assertThat(named).allSatisfy(o -> assertThat(o.got().reasons()).as(o.file())
                .anySatisfy(r -> assertThat(r.message()).startsWith("language " + o.language() + ",")));
        assertThat(outcomes.stream().filter(o -> o.language().equals("en")).flatMap(o -> o.got().reasons().stream())
                .filter(r -> r.code() == ReasonCode.LANGUAGE)).allSatisfy(r -> assertThat(r.message()).startsWith("language en,"));
    }
}
