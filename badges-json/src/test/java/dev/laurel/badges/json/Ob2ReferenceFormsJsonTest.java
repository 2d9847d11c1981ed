package dev.laurel.badges.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * OB 2.0 documents, as JSON, in the forms 1EdTech's reference validator accepts with blank-node ids or
 * refuses with a data-URI assertion image (docs/VERIFICATION.md, "OB 2.0 as the reference validator
 * accepts it").
 */
class Ob2ReferenceFormsJsonTest {

    private static final BadgeJson JSON = BadgeJson.standard();

    private static String assertion(String extra) {
        return "{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"Assertion\","
                + " \"id\": \"https://example.org/beths-robotics-badge.json\","
                + " \"recipient\": {\"type\": \"email\", \"hashed\": true, \"salt\": \"deadsea\","
                + " \"identity\": \"sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942\"},"
                + " \"badge\": \"https://example.org/robotics-badge.json\", \"verification\": {\"type\": \"hosted\"},"
                + " \"issuedOn\": \"2016-12-31T23:59:59Z\"" + extra + "}";
    }

    private static final String EXTENSION = ", \"extensions:exampleExtension\": {"
            + "\"@context\": \"https://openbadgespec.org/extensions/exampleExtension/context.json\","
            + " \"type\": [\"Extension\", \"extensions:ExampleExtension\"], \"exampleProperty\": \"I'm a property\"";

    @Test
    void extensionWithABlankNodeIdIsValidWithAWarning() {
        ValidationResult result = JSON.validate(assertion(EXTENSION + ", \"id\": \"_:b0\"}"));
        assertThat(result.valid()).isTrue();
        assertThat(result.problems()).extracting(p -> p.code().name() + " " + p.path())
                .containsExactly("INVALID_IRI /extensions:exampleExtension/id");
        assertThat(result.problems()).noneMatch(Problem::isError);
    }

    @Test
    void extensionWithoutIdHasNoWarning() {
        assertThat(JSON.validate(assertion(EXTENSION + "}")).problems()).isEmpty();
    }

    @Test
    void extensionWithABlankNodeIdButNoContextIsStillRefused() {
        ValidationResult result = JSON.validate(assertion(", \"extensions:exampleExtension\": {\"id\": \"_:b0\","
                + " \"type\": [\"Extension\", \"extensions:ExampleExtension\"], \"exampleProperty\": \"x\"}"));
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).filteredOn(Problem::isError).extracting(Problem::path)
                .containsExactly("/extensions:exampleExtension/@context");
    }

    @Test
    void assertionWithADataUriImageIsInvalid() {
        ValidationResult result = JSON.validate(assertion(", \"image\": \"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYA"
                + "AAAfFcSJAAAADUlEQVR42mOUMyqsBwACeQFChxlltgAAAABJRU5ErkJggg==\""));
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).filteredOn(Problem::isError).extracting(Problem::path).containsExactly("/image");
    }
}
