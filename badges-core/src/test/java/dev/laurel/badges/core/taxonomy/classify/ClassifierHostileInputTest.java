package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.taxonomy.LevelKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Badges written to trouble a classifier: each must still give a classification, quickly. */
class ClassifierHostileInputTest {

    private static Achievement withCriteria(String narrative) {
        return Achievement.builder().id("urn:example:hostile").name("Hostile").description("Hostile.")
                .criteria(Criteria.ofNarrative(narrative)).build();
    }

    @Test
    void megabyteOfRepeatedKeywordsIsLinearAndCapped() {
        String text = String.join(" ", Collections.nCopies(150_000, "attend webinar"));
        Classification c = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Classifier.standard().classify(withCriteria(text)));

        assertThat(c.kind()).contains(LevelKind.PARTICIPATION);
        assertThat(c.reasons().get(0).weight()).isEqualTo(0.40);
    }

    @Test
    void megabyteOfSeparatorsFindsNothing() {
        String text = ",".repeat(1_000_000);
        Classification c = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Classifier.standard().classify(withCriteria(text)));

        assertThat(c.level()).isEmpty();
    }

    @Test
    void longWordThatFollowsAPatternPrefixDoesNotBacktrack() {
        String text = ("certif" + "i".repeat(10_000) + " ").repeat(50);
        Classification c = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Classifier.standard().classify(withCriteria(text)));

        assertThat(c.level()).isEmpty();
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreSeparators() {
        Classification c = Classifier.standard().classify(withCriteria("\u0000attend\uD800webinar\u0007"));

        assertThat(c.hasReason(ReasonCode.CRITERIA_KEYWORDS)).isTrue();
    }

    @Test
    void nonLatinScriptIsReadWithoutError() {
        Classification c = Classifier.standard().classify(withCriteria("参加者はウェビナーに出席しました。 Ελληνικά"));

        assertThat(c.level()).isEmpty();
        assertThat(c.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NO_EVIDENCE);
    }

    @Test
    void fakeLevelUrlWithUnknownIdDeclaresNothing() {
        Achievement a = withCriteria("x").toBuilder()
                .addAlignment(Alignment.of("Guru", "https://laurel.dev/taxonomy/levels/v1#guru")).build();

        Classification c = Classifier.standard().classify(a);

        assertThat(c.basis()).isNotEqualTo(Basis.DECLARED);
        // A Laurel-framework URL is not a competency either.
        assertThat(c.hasReason(ReasonCode.COMPETENCY_ALIGNMENT)).isFalse();
    }

    @Test
    void thousandsOfTagsAndAlignmentsStayBounded() {
        List<String> tags = Collections.nCopies(10_000, "accredited");
        Achievement a = withCriteria("x").toBuilder().tag(tags)
                .alignment(Collections.nCopies(10_000, Alignment.of("c", "https://example.org/c"))).build();

        Classification c = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Classifier.standard().classify(a));

        assertThat(c.kind()).contains(LevelKind.CERTIFICATION);
        assertThat(c.reasons()).hasSizeLessThan(7);
    }

    @Test
    void typeWithControlCharactersIsNotInterpreted() {
        Achievement a = withCriteria("x").toBuilder().achievementType(AchievementType.of("Certification\u0000"))
                .build();

        assertThat(Classifier.standard().classify(a).hasReason(ReasonCode.UNKNOWN_ACHIEVEMENT_TYPE)).isTrue();
    }
}
