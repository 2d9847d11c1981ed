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
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the labeled-set tests share: reading a {@code manifest.csv} (file, language, level, justification),
 * classifying each badge with the standard classifier, and the accuracy figures.
 */
final class LabeledBadges {

    private LabeledBadges() {
    }

    /** One labeled badge and what the classifier said. */
    record Outcome(String file, String language, LevelKind expected, Classification got, String why) {

        boolean correct() {
            return got.kind().filter(expected::equals).isPresent();
        }

        boolean familyCorrect() {
            return got.kind().filter(k -> k.isFormal() == expected.isFormal()).isPresent();
        }
    }

    /** The folder of a manifest resource, such as {@code /taxonomy/labeled/manifest.csv}. */
    static Path folder(String manifest) throws URISyntaxException {
        return Path.of(LabeledBadges.class.getResource(manifest).toURI()).getParent();
    }

    /**
     * Classifies every badge a manifest lists and prints the wrong answers with their reasons.
     *
     * @param dir the folder of {@code manifest.csv} and the badges
     * @param source linked OB 2.0 badge classes
     * @return the outcomes, in manifest order
     */
    static List<Outcome> classify(Path dir, BadgeClassSource source) throws IOException {
        Classifier classifier = Classifier.standard();
        List<Outcome> outcomes = new ArrayList<>();
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
                c = classifier.classify(a, source);
            } else {
                throw new AssertionError(f[0] + " is a " + model.getClass().getSimpleName());
            }
            outcomes.add(new Outcome(f[0], f[1], LevelKind.fromId(f[2]).orElseThrow(), c, f[3]));
        }
        for (Outcome o : outcomes) {
            if (!o.correct()) {
                System.out.println("WRONG " + o.file() + ": expected " + o.expected().id() + ", got "
                        + o.got().kind().map(LevelKind::id).orElse("unclassified") + " " + o.got().confidence()
                        + "\n    " + String.join("\n    ", o.got().reasonTexts()));
            }
        }
        return outcomes;
    }

    /** One CSV line: commas separate cells, double quotes quote them, a doubled quote is a quote. */
    static String[] csv(String line) {
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

    static double rate(List<Outcome> list, Predicate<Outcome> ok) {
        return list.isEmpty() ? 1 : list.stream().filter(ok).count() / (double) list.size();
    }

    static List<Outcome> nonEnglish(List<Outcome> all) {
        return all.stream().filter(o -> !o.language().equals("en")).toList();
    }
}
