package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.codes;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadgeClassTest {

    private static BadgeClass full() {
        return Ob2Fixtures.badgeClass().toBuilder()
                .type("BadgeClass", "ext:Micro")
                .image(Image.of("https://example.org/robotics-badge.png", "A robot"))
                .criteria(Criteria.of("https://example.org/robotics-badge.html", "Build a robot."))
                .issuer(Ob2Fixtures.issuer().toBuilder().context(List.of()).build())
                .related(List.of(Ref.iri("https://example.org/robotics-badge-es.json")))
                .version(JsonValue.of(2))
                .addEndorsement("https://example.org/endorsement-124.json")
                .extension("schema:comment", JsonValue.of("note"))
                .build();
    }

    @Test
    void builderRoundTripKeepsEveryComponent() {
        BadgeClass badge = full();
        assertThat(badge.toBuilder().build()).isEqualTo(badge);
        assertThat(Ob2Fixtures.badgeClass().toBuilder().build()).isEqualTo(Ob2Fixtures.badgeClass());
    }

    @Test
    void builderDefaultsToTheOb2ContextAndBadgeClassType() {
        BadgeClass badge = Ob2Fixtures.badgeClass();
        assertThat(badge.context()).containsExactly(JsonValue.of(Ob2Vocabulary.CONTEXT));
        assertThat(badge.type()).containsExactly("BadgeClass");
        assertThat(badge.tags()).containsExactly("robots", "awesome");
    }

    @Test
    void buildNamesEveryMissingRequiredProperty() {
        assertThatThrownBy(() -> BadgeClass.builder().name("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("id, description, image, criteria, issuer");
    }

    @Test
    void toBuilderOfAnIncompleteRecordRefusesToBuild() {
        BadgeClass noCriteria = ReflectiveRecords.copyWith(Ob2Fixtures.badgeClass(), "criteria", Optional.empty());
        assertThatThrownBy(() -> noCriteria.toBuilder().build()).hasMessageEndingWith(": criteria");
    }

    @Test
    void validBadgeClassesHaveNoProblems() {
        assertThat(validate(Ob2Fixtures.badgeClass())).isEmpty();
        assertThat(validate(full())).isEmpty();
    }

    @Test
    void everyRequiredPropertyIsReported() {
        BadgeClass empty = new BadgeClass(List.of(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                Optional.empty(), List.of(), Extensions.NONE);
        assertThat(codes(empty)).containsExactly(
                "REQUIRED_PROPERTY_MISSING /criteria",
                "REQUIRED_PROPERTY_MISSING /description",
                "REQUIRED_PROPERTY_MISSING /id",
                "REQUIRED_PROPERTY_MISSING /image",
                "REQUIRED_PROPERTY_MISSING /issuer",
                "REQUIRED_PROPERTY_MISSING /name",
                "REQUIRED_PROPERTY_MISSING /type");
    }

    @Test
    void blankNameIsABlankValue() {
        BadgeClass badge = Ob2Fixtures.badgeClass().toBuilder().name("  ").build();
        assertThat(codes(badge)).containsExactly("BLANK_VALUE /name");
    }

    @Test
    void typeWithoutBadgeClassIsMissingType() {
        assertThat(codes(Ob2Fixtures.badgeClass().toBuilder().type("Achievement").build()))
                .containsExactly("MISSING_TYPE /type");
    }

    @Test
    void embeddedCriteriaNeedAnIdOrANarrative() {
        Criteria empty = new Criteria(Optional.empty(), List.of("Criteria"), Optional.of(" "), Extensions.NONE);
        assertThat(codes(Ob2Fixtures.badgeClass().toBuilder().criteria(empty).build()))
                .containsExactly("REQUIRED_PROPERTY_MISSING /criteria/narrative");
    }

    @Test
    void criteriaByRelativeIriIsInvalid() {
        assertThat(codes(Ob2Fixtures.badgeClass().toBuilder().criteria("robotics-badge.html").build()))
                .containsExactly("INVALID_IRI /criteria");
    }

    @Test
    void embeddedIssuerIsValidatedAsAnIssuer() {
        Profile recipientLike = new Profile(List.of(), Optional.of(Ob2Fixtures.ISSUER_ID), List.of("Profile"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                List.of(), Extensions.NONE);
        assertThat(codes(Ob2Fixtures.badgeClass().toBuilder().issuer(recipientLike).build())).containsExactly(
                "REQUIRED_PROPERTY_MISSING /issuer/email",
                "REQUIRED_PROPERTY_MISSING /issuer/name",
                "REQUIRED_PROPERTY_MISSING /issuer/url");
    }

    @Test
    void embeddedImageNeedsAnId() {
        Image noId = new Image(Optional.empty(), List.of(), Optional.of("caption"), Optional.empty(),
                Extensions.NONE);
        assertThat(codes(Ob2Fixtures.badgeClass().toBuilder().image(noId).build()))
                .containsExactly("REQUIRED_PROPERTY_MISSING /image/id");
    }

    @Test
    void alignmentNeedsTargetNameAndTargetUrl() {
        AlignmentObject incomplete = new AlignmentObject(List.of(), Optional.empty(), Optional.empty(),
                Optional.of("A standard"), Optional.empty(), Optional.empty(), Extensions.NONE);
        assertThat(codes(Ob2Fixtures.badgeClass().toBuilder().alignment(List.of(incomplete)).build()))
                .containsExactly("REQUIRED_PROPERTY_MISSING /alignment/0/targetName",
                        "REQUIRED_PROPERTY_MISSING /alignment/0/targetUrl");
    }

    @Test
    void blankTagIsABlankValue() {
        assertThat(codes(Ob2Fixtures.badgeClass().toBuilder().tags("robots", "").build()))
                .containsExactly("BLANK_VALUE /tags/1");
    }

    @Test
    void relatedEmbeddedVersionIsNotValidatedAsAFullBadgeClass() {
        BadgeClass partial = new BadgeClass(List.of(), Optional.of("https://example.org/robotics-badge.json"),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of(), Optional.of(JsonValue.of(1)), List.of(), Extensions.NONE);
        BadgeClass badge = Ob2Fixtures.badgeClass().toBuilder().related(List.of(Ref.embedded(partial))).build();
        assertThat(validate(badge)).isEmpty();
    }

    @Test
    void settersRejectNull() {
        BadgeClass.Builder builder = BadgeClass.builder();
        assertThatThrownBy(() -> builder.name(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> builder.criteria((Criteria) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.tags("a", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.alignment(null)).hasMessage("alignment");
    }
}
