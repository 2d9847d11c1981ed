package dev.laurel.badges.json.taxonomy;

import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.classify.BadgeClassSource;
import dev.laurel.badges.core.taxonomy.classify.Classification;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.json.BadgeJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

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

    /** One held-out badge and what the classifier said. */
    record Outcome(String file, String language, LevelKind expected, Classification got, String why) {

        boolean correct() {
            return got.kind().filter(expected::equals).isPresent();
        }

        boolean familyCorrect() {
            return got.kind().filter(k -> k.isFormal() == expected.isFormal()).isPresent();
        }

        boolean confidentlyWrong() {
            return !correct() && got.confidence() >= CONFIDENT;
        }
    }

    private static List<Outcome> outcomes;

    @BeforeAll
    static void classifyTheSet() throws IOException, URISyntaxException {
        Path dir = Path.of(HeldOutAccuracyTest.class.getResource("/taxonomy/heldout/manifest.csv").toURI()).getParent();
        // Every held-out assertion embeds its badge class; nothing is fetched.
        BadgeClassSource nothing = id -> Optional.empty();
        Classifier classifier = Classifier.standard();
        outcomes = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("manifest.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = csv(line);
            Object model = BadgeJson.standard().read(Files.readAllBytes(dir.resolve(f[0]))).model()
                    .orElseThrow(() -> new AssertionError(f[0] + " is not read as a badge"));
            Classification c;
            if (model instanceof OpenBadgeCredential cred) {
                c = classifier.classify(cred);
            } else if (model instanceof Achievement a) {
                c = classifier.classify(a);
            } else if (model instanceof BadgeClass b) {
                c = classifier.classify(b);
            } else if (model instanceof Assertion a) {
                c = classifier.classify(a, nothing);
            } else {
                throw new AssertionError(f[0] + " is a " + model.getClass().getSimpleName());
            }
            outcomes.add(new Outcome(f[0], f[1], LevelKind.fromId(f[2]).orElseThrow(), c, f[3]));
        }
        System.out.println(table(outcomes));
        for (Outcome o : outcomes) {
            if (!o.correct()) {
                System.out.println("WRONG " + o.file() + ": expected " + o.expected().id() + ", got "
                        + o.got().kind().map(LevelKind::id).orElse("unclassified") + " " + o.got().confidence()
                        + "\n    " + String.join("\n    ", o.got().reasonTexts()));
            }
        }
    }

    private static String[] csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out.toArray(new String[0]);
    }

    static double accuracy(List<Outcome> list) {
        return rate(list, Outcome::correct);
    }

    static double family(List<Outcome> list) {
        return rate(list, Outcome::familyCorrect);
    }

    private static double rate(List<Outcome> list, Predicate<Outcome> ok) {
        return list.isEmpty() ? 1 : list.stream().filter(ok).count() / (double) list.size();
    }

    private static List<Outcome> nonEnglish(List<Outcome> all) {
        return all.stream().filter(o -> !o.language().equals("en")).toList();
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
        row(out, "non-English", nonEnglish(all));
        row(out, "**all**", all);
        long confidentWrong = all.stream().filter(Outcome::confidentlyWrong).count();
        long unclassified = all.stream().filter(o -> o.got().kind().isEmpty()).count();
        double wrongMax = all.stream().filter(o -> !o.correct()).mapToDouble(o -> o.got().confidence()).max().orElse(0);
        out.append(String.format(Locale.ROOT, "%noverall %.1f %%, non-English %.1f %%, formal vs informal %.1f %%, "
                        + "unclassified %d, wrong answers with confidence >= %.2f: %d, highest confidence of a wrong "
                        + "answer %.2f%n", 100 * accuracy(all), 100 * accuracy(nonEnglish(all)), 100 * family(all),
                unclassified, CONFIDENT, confidentWrong, wrongMax));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, List<Outcome> list) {
        long ok = list.stream().filter(Outcome::correct).count();
        out.append(String.format(Locale.ROOT, "| %s | %d/%d | %.1f %% | %.1f %% |%n", label, ok, list.size(),
                100 * accuracy(list), 100 * family(list)));
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
        assertThat(accuracy(outcomes)).as(table(outcomes)).isGreaterThanOrEqualTo(OVERALL_FLOOR);
    }

    @Test
    void nonEnglishAccuracyStaysAboveTheFloor() {
        assertThat(accuracy(nonEnglish(outcomes))).as(table(outcomes)).isGreaterThanOrEqualTo(NON_ENGLISH_FLOOR);
    }

    @Test
    void formalVersusInformalStaysAboveTheFloor() {
        assertThat(family(outcomes)).as(table(outcomes)).isGreaterThanOrEqualTo(FORMAL_INFORMAL_FLOOR);
    }

    @Test
    void confidentWrongAnswersDoNotGrow() {
        assertThat(outcomes.stream().filter(Outcome::confidentlyWrong).count()).as(table(outcomes))
                .isLessThanOrEqualTo(CONFIDENT_WRONG_MAX);
    }
}
