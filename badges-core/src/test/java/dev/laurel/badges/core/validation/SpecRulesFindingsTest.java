package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.ob2.Assertion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SpecRulesFindingsTest {

    @Test
    void findingsWithTheSameMessageAreAllKept() {
        // An assertion missing several required properties: the rules report each with the same
        // message; every one must survive Hibernate Validator's merging of equal violations.
        Assertion assertion = new Assertion(List.of(JsonValue.of("https://w3id.org/openbadges/v2")),
                Optional.of("https://example.org/a/1"), List.of("Assertion"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(),
                Extensions.NONE);
        List<Problem> problems = BadgeValidator.standard().validate(assertion);
        assertThat(problems).filteredOn(p -> p.code() == ValidationCode.REQUIRED_PROPERTY_MISSING)
                .extracting(Problem::path)
                .contains("/recipient", "/badge", "/verification", "/issuedOn");
        assertThat(problems).extracting(Problem::path).noneMatch(path -> path.contains("<"));
        assertThat(problems).extracting(Problem::message).noneMatch(m -> m.contains("(at /"));
    }
}
