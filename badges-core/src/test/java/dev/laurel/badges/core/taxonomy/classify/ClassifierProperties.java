package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifierProperties {

    /** Words the classifier reacts to, mixed with others, so generated text exercises every rule. */
    private static final List<String> WORDS = List.of("attend", "webinar", "nominated", "peers", "quiz", "exam",
            "knowledge", "portfolio", "hands-on", "capstone", "project", "certified", "accredited", "pass", "score",
            "no assessment", "ungraded", "the", "robot", "data", "and", "of", "İstanbul", "ß", "-", ",");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(WORDS).list().ofMaxSize(25).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<Achievement> anyAchievement() {
        Arbitrary<Optional<AchievementType>> type = Arbitraries.of(AchievementType.standardValues())
                .optional(0.7);
        Arbitrary<List<String>> tags = Arbitraries.of(WORDS).list().ofMaxSize(3);
        Arbitrary<Boolean> aligned = Arbitraries.of(true, false);
        return Combinators.combine(text(), text(), type, tags, aligned).as((criteria, description, t, tg, al) -> {
            Achievement.Builder b = Achievement.builder().id("urn:example:p").name("Generated")
                    .description(description.isBlank() ? "x" : description)
                    .criteria(Criteria.ofNarrative(criteria)).tag(tg);
            t.ifPresent(b::achievementType);
            if (al) {
                b.addAlignment(Alignment.of("Competency", "https://example.org/competency"));
            }
            return b.build();
        });
    }

    @Property
    void laurelWrittenLevelClassifiesBackToItselfWithFullConfidence(@ForAll("anyAchievement") Achievement base,
            @ForAll LevelKind kind) {
        Achievement leveled = base.toBuilder().level(CredentialLevel.of(kind)).build();

        Classification ofAchievement = Classifier.standard().classify(leveled);
        Classification ofCredential = Classifier.standard().classify(Badges.credential("urn:example:c", leveled));

        for (Classification c : List.of(ofAchievement, ofCredential)) {
            assertThat(c.kind()).contains(kind);
            assertThat(c.confidence()).isEqualTo(1.0);
            assertThat(c.basis()).isEqualTo(Basis.DECLARED);
        }
        assertThat(ofAchievement.level()).isEqualTo(leveled.level());
    }

    @Property
    void rewritingTheLevelReplacesItOnTheWire(@ForAll("anyAchievement") Achievement base, @ForAll LevelKind first,
            @ForAll LevelKind second) {
        Achievement twice = base.toBuilder().level(CredentialLevel.of(first)).level(CredentialLevel.of(second))
                .build();

        assertThat(Classifier.standard().classify(twice).kind()).contains(second);
    }

    @Property
    void classificationIsDeterministicAndWellFormed(@ForAll("anyAchievement") Achievement a) {
        Classification first = Classifier.standard().classify(a);
        Classification again = Classifier.standard().classify(a.toBuilder().build());

        assertThat(again).isEqualTo(first);
        assertThat(first.confidence()).isBetween(0.0, 0.95);
        assertThat(first.reasons()).isNotEmpty();
        ReasonCode last = first.reasons().get(first.reasons().size() - 1).code();
        if (first.isClassified()) {
            assertThat(last).isEqualTo(ReasonCode.INFERRED);
            assertThat(first.confidence()).isGreaterThanOrEqualTo(0.30);
        } else {
            assertThat(last).isIn(ReasonCode.WEAK_EVIDENCE, ReasonCode.NO_EVIDENCE);
        }
    }

    @Property
    void classifyingNeverThrowsOnArbitraryText(@ForAll String criteria, @ForAll String description,
            @ForAll List<String> tags) {
        Achievement a = Achievement.builder().id("urn:example:p").name("n").description(description)
                .criteria(Criteria.ofNarrative(criteria)).tag(tags.stream().map(t -> t == null ? "" : t).toList())
                .build();

        assertThat(Classifier.standard().classify(a).confidence()).isBetween(0.0, 1.0);
    }
}
