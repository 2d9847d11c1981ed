package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Ob3SchemaTest {

    static JsonNode example(String name) throws IOException {
        try (InputStream in = Ob3SchemaTest.class.getResourceAsStream("/ob3/" + name)) {
            return StrictJson.of(JsonLimits.DEFAULT).parse(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ob_v3p0_docformat-00.json", "ob_v3p0_equality-and-comparison-00.json",
            "ob_v3p0_equality-and-comparison-02.json", "ob_v3p0_examples_achievementAlignmentCase-00.json",
            "ob_v3p0_examples_achievementAlignmentCe-00.json", "ob_v3p0_examples_basicOpenBadgeCredential-00.json",
            "ob_v3p0_examples_fullOpenBadge-00.json", "ob_v3p0_examples_skillAssertionCase-00.json",
            "ob_v3p0_examples_skillAssertionCtdl-00.json", "ob_v3p0_impl_recommended-practices-00.json",
            "ob_v3p0_impl_recommended-practices-04.json"})
    void officialCompleteCredentialsPassTheSchema(String name) throws IOException {
        assertThat(Ob3Schema.validate(example(name), false)).isEmpty();
    }

    @Test
    void examples01LacksSubjectTypeAndAchievement() throws IOException {
        List<Problem> problems = Ob3Schema.validate(example("ob_v3p0_examples-01.json"), false);
        assertThat(problems).extracting(Problem::path)
                .contains("/credentialSubject/type", "/credentialSubject/achievement");
        assertThat(problems).allMatch(Problem::isError);
        // The issuer object almost matches the Profile form: only what is missing is reported.
        assertThat(problems).extracting(Problem::path).contains("/issuer/type").doesNotContain("/issuer");
        assertThat(problems).extracting(Problem::message).noneMatch(m -> m.contains("one and only one"));
    }

    @Test
    void aOneOfThatNoFormMatchesIsOneProblemListingWhatEachFormWants() throws IOException {
        List<Problem> problems = Ob3Schema.validate(example("ob_v3p0_impl_migrating-04.json"), false);
        assertThat(problems).filteredOn(p -> p.path().equals("/issuer/otherIdentifier/0/type")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("matches none of the allowed forms"));
    }

    @Test
    void readme00LacksSubjectType() throws IOException {
        List<Problem> problems = Ob3Schema.validate(example("ob_v3p0_readme-00.json"), false);
        assertThat(problems).extracting(Problem::path).contains("/credentialSubject/type");
    }

    @Test
    void migrating04BreaksTheSchemaInItsIssuer() throws IOException {
        List<Problem> problems = Ob3Schema.validate(example("ob_v3p0_impl_migrating-04.json"), false);
        assertThat(problems).isNotEmpty().allMatch(p -> p.path().startsWith("/issuer"));
    }
}
