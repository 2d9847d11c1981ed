package dev.laurel.badges.json.taxonomy;

import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.classify.Basis;
import dev.laurel.badges.core.taxonomy.classify.Classification;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.classify.ReasonCode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.ExamplesConformanceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every official example file that is a badge document, read with {@link BadgeJson} and classified with
 * {@link Classifier#standard()}: the level (or unclassified) each should get by the rules of
 * docs/TAXONOMY.md is written down here, with the arithmetic.
 *
 * <p>Profiles, keys, revocation lists and endorsements are badge documents but not awards or badge
 * definitions: the classifier takes none of them, and they are listed as such.
 */
class ExamplesClassificationTest {

    /** What the classifier should say about one file. */
    record Expected(Optional<LevelKind> level, double confidence, ReasonCode last, String why) {

        static Expected level(LevelKind level, double confidence, String why) {
            return new Expected(Optional.of(level), confidence, ReasonCode.INFERRED, why);
        }

        static Expected weak(String why) {
            return new Expected(Optional.empty(), 0, ReasonCode.WEAK_EVIDENCE, why);
        }

        static Expected nothing(String why) {
            return new Expected(Optional.empty(), 0, ReasonCode.NO_EVIDENCE, why);
        }

        /** A badge document that is neither an award nor a badge definition. */
        static Expected notClassifiable(String why) {
            return new Expected(Optional.empty(), -1, ReasonCode.NO_EVIDENCE, why);
        }

        boolean classifiable() {
            return confidence >= 0;
        }
    }

    private static final String TEAMWORK = "\"nominated by their peers and recognized\": criteria recognition 0.50 "
            + "(three words), description \"recognized\" 0.15; 0.65 of 0.65, confidence 0.65";
    private static final String CASE_ONLY = "only a CASE/CTDL alignment speaks (formal 0.15, to knowledge as the "
            + "first rung): below the 0.40 a level needs";
    private static final String NO_ACHIEVEMENT = "the subject carries no achievement; nothing else points to a level";

    static final Map<String, Expected> EXPECTED = Map.ofEntries(
            entry("ob3/ob_v3p0_docformat-00.json", Expected.level(LevelKind.RECOGNITION, 0.65, TEAMWORK)),
            entry("ob3/ob_v3p0_equality-and-comparison-00.json", Expected.level(LevelKind.RECOGNITION, 0.65, TEAMWORK)),
            entry("ob3/ob_v3p0_equality-and-comparison-02.json", Expected.level(LevelKind.RECOGNITION, 0.65, TEAMWORK)),
            entry("ob3/ob_v3p0_examples_basicOpenBadgeCredential-00.json",
                    Expected.level(LevelKind.RECOGNITION, 0.65, TEAMWORK)),
            entry("ob3/ob_v3p0_examples-01.json", Expected.nothing(NO_ACHIEVEMENT)),
            entry("ob3/ob_v3p0_readme-00.json", Expected.nothing(NO_ACHIEVEMENT)),
            entry("ob3/ob_v3p0_examples_achievementAlignmentCase-00.json", Expected.weak(CASE_ONLY)),
            entry("ob3/ob_v3p0_examples_achievementAlignmentCe-00.json", Expected.weak(CASE_ONLY)),
            entry("ob3/ob_v3p0_impl_recommended-practices-00.json", Expected.weak(CASE_ONLY)),
            entry("ob3/ob_v3p0_examples_fullOpenBadge-00.json", Expected.level(LevelKind.CERTIFICATION, 0.83,
                    "Degree: certification 0.80, licenceNumber +0.50; formal 1.05 (result descriptions 0.40, credits "
                            + "0.15, CFItem alignment 0.15, results 0.20, evidence 0.15) to every formal level; rubric "
                            + "skill 0.20; certification 2.35 of 2.55 before the evidence words (\"project\" ability 0.20, \"source code\" skill 0.20) and the ladder: 3.00 of 3.45 = 0.83")),
            entry("ob3/ob_v3p0_examples_skillAssertionCase-00.json", Expected.level(LevelKind.SKILL, 0.84,
                    "Competency skill 0.60, \"source code\" and \"perform\" 0.40, alignment and evidence formal "
                            + "0.30: 1.30 of 1.30, capped at 0.95")),
            entry("ob3/ob_v3p0_examples_skillAssertionCtdl-00.json", Expected.level(LevelKind.SKILL, 0.74,
                    "Competency skill 0.60, \"demonstrate\" 0.30, alignment formal 0.15 against \"understanding\" "
                            + "knowledge 0.30: 1.05 of 1.35 = 0.74")),
            entry("ob3/ob_v3p0_impl_recommended-practices-04.json", Expected.level(LevelKind.SKILL, 0.68,
                    "as skillAssertionCtdl-00 without the alignment: 0.90 of 1.20, 0.90 x 0.90 / 1.20 = 0.68")),
            entry("ob3/ob_v3p0_impl_migrating-04.json", Expected.weak(
                    "\"competency\" in the description (skill 0.15) and evidence (formal 0.15): 0.30 < 0.40")),
            entry("ob3/ob_v3p0_impl_migrating-01.json", Expected.nothing(
                    "an OB 2.0 badge class that only links its OB 3.0 achievement (\"related\")")),
            entry("ob3/ob_v3p0_impl_migrating-03.json", Expected.notClassifiable("an OB 2.0 issuer profile")),
            entry("ob2/ob_v2p0_index-00.json", Expected.level(LevelKind.KNOWLEDGE, 0.66,
                    "criteria \"tested\", \"knowledge\", \"test\" 0.50 and description 0.20 for knowledge, "
                            + "\"performance\" skill 0.30, assessment words formal 0.30, the issuer a \"Society\" certification 0.15: 1.00 of 1.45 = 0.66")),
            entry("ob2/ob_v2p0_examples_index-00.json", Expected.weak(
                    "the badge class is only an IRI; the evidence alone (formal 0.15) is too little")),
            entry("ob2/ob_v2p0_examples_index-06.json", Expected.weak(
                    "the signed assertion's payload: badge by IRI, evidence alone (formal 0.15)")),
            entry("ob2/ob_v2p0_extensions_endorsement_index-00.json", Expected.nothing(
                    "\"Endorser's badge of support... vetted by the Endorser\": no word points to a level")),
            entry("ob2/ob_v2p0_extensions_endorsement_index-01.json", Expected.nothing(
                    "an assertion of a badge class given by IRI, with nothing else to read")),
            // The stem licens* is the certification keyword for professional licences; here "Licensed" is about
            // a Creative Commons licence. One description keyword (0.15) never decides, so no harm is done.
            entry("ob2/ob_v2p0_extensions_index-04.json", Expected.weak(
                    "\"Licensed Badge\": licens* votes certification 0.15, too little")),
            entry("ob2/ob_v2p0_examples_index-02.json", Expected.notClassifiable("an issuer profile")),
            entry("ob2/ob_v2p0_examples_index-08.json", Expected.notClassifiable("a cryptographic key")),
            entry("ob2/ob_v2p0_examples_index-09.json", Expected.notClassifiable("a revocation list")),
            entry("ob2/ob_v2p0_examples_index-24.json", Expected.notClassifiable("an endorsement")),
            entry("ob2/ob_v2p0_examples_index-25.json", Expected.notClassifiable("an endorsement")),
            entry("ob2/ob_v2p0_examples_index-26.json", Expected.notClassifiable("an endorsement")),
            entry("ob2/ob_v2p0_index-02.json", Expected.notClassifiable("an endorsement")));

    static Stream<String> badges() {
        return ExamplesConformanceTest.KINDS.entrySet().stream()
                // A CLR is classified through its nested credentials (a transcript), which comes with issue 16's
                // taxonomy part; here only single badges and their definitions.
                .filter(e -> e.getValue() != DocumentKind.NOT_A_BADGE && e.getValue() != DocumentKind.CLR_CREDENTIAL)
                .map(Map.Entry::getKey).sorted();
    }

    @Test
    void everyBadgeExampleHasAnExpectationAndNothingElseHasOne() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(badges().toList());
    }

    @ParameterizedTest
    @MethodSource("badges")
    void eachBadgeExampleIsClassifiedAsTheRulesSay(String file) {
        Expected expected = EXPECTED.get(file);
        BadgeDocument doc = BadgeJson.standard().read(ExamplesConformanceTest.resource(file));
        Optional<Classification> c = classify(doc.model().orElseThrow());

        if (!expected.classifiable()) {
            assertThat(c).as(file + ": " + expected.why()).isEmpty();
            return;
        }
        assertThat(c).as(file).isPresent();
        Classification got = c.get();
        assertThat(got.kind()).as(file + ": " + expected.why()).isEqualTo(expected.level());
        assertThat(got.confidence()).as(file + ": " + expected.why()).isEqualTo(expected.confidence());
        assertThat(got.basis()).isEqualTo(expected.level().isPresent() ? Basis.INFERRED : Basis.UNCLASSIFIED);
        assertThat(got.reasons().get(got.reasons().size() - 1).code()).as(file).isEqualTo(expected.last());
    }

    /** Classifies the model when it is an award or a badge definition. */
    private static Optional<Classification> classify(Object model) {
        Classifier classifier = Classifier.standard();
        if (model instanceof OpenBadgeCredential c) {
            return Optional.of(classifier.classify(c));
        }
        if (model instanceof Assertion a) {
            return Optional.of(classifier.classify(a));
        }
        if (model instanceof Achievement a) {
            return Optional.of(classifier.classify(a));
        }
        if (model instanceof BadgeClass b) {
            return Optional.of(classifier.classify(b));
        }
        return Optional.empty();
    }
}
