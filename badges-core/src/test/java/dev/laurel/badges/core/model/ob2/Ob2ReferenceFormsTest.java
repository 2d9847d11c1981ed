package dev.laurel.badges.core.model.ob2;

import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.codes;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.errors;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.Extensions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * OB 2.0 forms that 1EdTech's reference validator (openbadges-validator-core) accepts or refuses, and
 * what Laurel's validation makes of them (docs/VERIFICATION.md, "OB 2.0 as the reference validator
 * accepts it").
 */
class Ob2ReferenceFormsTest {

    private static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mOU"
            + "MyqsBwACeQFChxlltgAAAABJRU5ErkJggg==";

    @Test
    void assertionImageAsDataUriIsRefusedAsTheValidatorRefusesIt() {
        Assertion inline = Ob2Fixtures.assertionBuilder().image(PNG).build();
        assertThat(errors(inline)).containsExactly("VALUE_NOT_ALLOWED /image");
        Assertion embedded = Ob2Fixtures.assertionBuilder().image(Image.of(PNG, "Beth's robot badge")).build();
        assertThat(errors(embedded)).containsExactly("VALUE_NOT_ALLOWED /image/id");
    }

    @Test
    void badgeClassImageAsDataUriStaysValid() {
        BadgeClass badge = Ob2Fixtures.badgeClass().toBuilder().image(PNG).build();
        assertThat(validate(badge)).isEmpty();
    }

    @Test
    void evidenceWithABlankNodeIdIsAWarning() {
        Evidence blank = new Evidence(Optional.of("_:b0"), List.of("Evidence"), Optional.of("Beth built a line follower."),
                Optional.of("Robot log"), Optional.empty(), Optional.empty(), Optional.empty(), Extensions.NONE);
        List<Problem> problems = validate(Ob2Fixtures.assertionBuilder().addEvidence(blank).build());
        assertThat(problems).extracting(p -> p.code().name() + " " + p.path()).containsExactly("INVALID_IRI /evidence/0/id");
        assertThat(problems).noneMatch(Problem::isError);
        assertThat(problems.get(0).message()).contains("blank-node id");
    }

    @Test
    void evidenceWithAnIdThatIsNeitherIriNorBlankNodeStaysAnError() {
        Evidence bad = new Evidence(Optional.of("b0"), List.of("Evidence"), Optional.of("Beth built a line follower."),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Extensions.NONE);
        assertThat(errors(Ob2Fixtures.assertionBuilder().addEvidence(bad).build())).containsExactly("INVALID_IRI /evidence/0/id");
    }

    @Test
    void narrativeCriteriaWithABlankNodeIdIsAWarning() {
        BadgeClass badge = Ob2Fixtures.badgeClass().toBuilder()
                .criteria(new Criteria(Optional.of("_:b1"), List.of(), Optional.of("Build and demonstrate a robot."),
                        Extensions.NONE))
                .build();
        assertThat(codes(badge)).containsExactly("INVALID_IRI /criteria/id");
        assertThat(errors(badge)).isEmpty();
    }

    @Test
    void blankNodeCriteriaWithoutNarrativeAreRefusedAsTheValidatorRefusesThem() {
        BadgeClass badge = Ob2Fixtures.badgeClass().toBuilder()
                .criteria(new Criteria(Optional.of("_:b1"), List.of(), Optional.empty(), Extensions.NONE))
                .build();
        assertThat(errors(badge)).containsExactly("REQUIRED_PROPERTY_MISSING /criteria/narrative");
    }
}
