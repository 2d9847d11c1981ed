package dev.laurel.badges.json;

import dev.laurel.badges.core.validation.BadgeValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core's sure-valid walker (the check {@code BadgeValidator} makes before it needs Hibernate Validator) over
 * every example document these tests read into the model: the official OB 2.0 and 3.0 examples, the
 * conversion sources and the labelled taxonomy badges. Where the walker finds nothing, Hibernate Validator
 * must find nothing; and every document Hibernate Validator finds clean must pass the walker (else valid input
 * would pay for Hibernate Validator after all).
 *
 * <p>The walker is package-private in core; this test reaches it reflectively, as tests run on the class path.
 */
class ModelWalkerExamplesTest {

    private static final List<String> FOLDERS = List.of("ob2", "ob3", "convert", "taxonomy/labeled",
            "taxonomy/heldout");

    static List<String> documents() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = Path.of(ModelWalkerExamplesTest.class.getResource("/" + folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                        .forEach(n -> out.add(folder + "/" + n));
            }
        }
        return out;
    }

    @Test
    void walkerAgreesWithHibernateValidatorOnEveryExample() throws Exception {
        Method findsNothing = Class.forName("dev.laurel.badges.core.validation.ModelWalker")
                .getDeclaredMethod("findsNothing", Object.class);
        findsNothing.setAccessible(true);
        var hibernate = BadgeValidator.standard().factory().getValidator();
        int models = 0;
        int clean = 0;
        int found = 0;
        for (String file : documents()) {
            BadgeDocument doc = BadgeJson.standard().read(ExamplesConformanceTest.resource(file));
            if (doc.model().isEmpty()) {
                continue;
            }
            Object model = doc.model().get();
            models++;
            boolean nothing = (Boolean) findsNothing.invoke(null, model);
            boolean hibernateNothing = hibernate.validate(model).isEmpty();
            if (nothing) {
                assertThat(hibernateNothing).as("walker found nothing in %s, Hibernate Validator did", file).isTrue();
                assertThat(BadgeValidator.standard().validate(model)).as(file).isEmpty();
                clean++;
            } else {
                assertThat(hibernateNothing).as("walker found something in %s, Hibernate Validator nothing", file)
                        .isFalse();
                found++;
            }
        }
        // Enough of both kinds for the comparison to mean something.
        assertThat(models).isGreaterThan(300);
        assertThat(clean).isGreaterThanOrEqualTo(5);
        assertThat(found).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theCompleteOfficialCredentialsWithoutWarningsPassTheWalker() throws Exception {
        Method findsNothing = Class.forName("dev.laurel.badges.core.validation.ModelWalker")
                .getDeclaredMethod("findsNothing", Object.class);
        findsNothing.setAccessible(true);
        int passed = 0;
        for (String name : ExamplesConformanceTest.VALID_OB3) {
            String file = "ob3/ob_v3p0_" + name + ".json";
            Object model = BadgeJson.standard().read(ExamplesConformanceTest.resource(file)).model().orElseThrow();
            // Some carry warnings (a SHOULD not met): those go to Hibernate Validator, which reports them.
            boolean warned = !BadgeValidator.standard().factory().getValidator().validate(model).isEmpty();
            assertThat((Boolean) findsNothing.invoke(null, model)).as(file).isEqualTo(!warned);
            passed += warned ? 0 : 1;
        }
        assertThat(passed).isGreaterThanOrEqualTo(5);
    }
}
