package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dev.laurel.badges.core.constraint.Iri;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sure-valid walker knows every constraint annotation of the model, refuses loudly the ones it does not
 * know, and judges each constraint it knows as Hibernate Validator does.
 */
class ModelWalkerTest {

    /** Every record of the model packages, found on disk so that a new record cannot be missed. */
    static List<Class<?>> modelRecords() throws IOException, URISyntaxException {
        Path root = Path.of(OpenBadgeCredential.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path model = root.resolve("dev/laurel/badges/core/model");
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(model)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace('\\', '/').replace('/', '.');
                try {
                    Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
                    if (type.isRecord()) {
                        records.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return records;
    }

    @Test
    void everyConstraintOnTheModelIsOneTheWalkerKnows() throws Exception {
        List<Class<?>> records = modelRecords();
        assertThat(records).hasSizeGreaterThan(45).contains(OpenBadgeCredential.class,
                dev.laurel.badges.core.model.ob2.Assertion.class);
        List<String> seen = new ArrayList<>();
        for (Class<?> type : records) {
            assertThat(ModelWalker.understands(type)).as("%s", type).isTrue();
            for (Annotation a : type.getDeclaredAnnotations()) {
                knows(a, type.getName(), seen);
            }
            for (RecordComponent component : type.getRecordComponents()) {
                String where = type.getName() + "." + component.getName();
                Field field = type.getDeclaredField(component.getName());
                for (Annotation a : component.getDeclaredAnnotations()) {
                    knows(a, where, seen);
                }
                for (Annotation a : field.getDeclaredAnnotations()) {
                    knows(a, where, seen);
                }
                deep(field.getAnnotatedType(), where, seen);
            }
            for (Method method : type.getMethods()) {
                for (Annotation a : method.getDeclaredAnnotations()) {
                    knows(a, type.getName() + "." + method.getName(), seen);
                }
            }
        }
        // The scan reads type-use annotations deep inside containers (Optional<Ref<@Valid Profile>>).
        assertThat(seen).contains("Valid", "NotNull", "NotBlank", "NotEmpty", "Iri", "Pattern", "DecimalMin",
                "DecimalMax", "SpecRules");
    }

    private static void deep(AnnotatedType type, String where, List<String> seen) {
        for (Annotation a : type.getDeclaredAnnotations()) {
            knows(a, where, seen);
        }
        if (type instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
                deep(argument, where, seen);
            }
        }
    }

    private static void knows(Annotation a, String where, List<String> seen) {
        if (ModelWalker.isValidationAnnotation(a.annotationType())) {
            assertThat(ModelWalker.SUPPORTED).as("@%s on %s", a.annotationType().getName(), where)
                    .contains(a.annotationType());
            seen.add(a.annotationType().getSimpleName());
        }
    }

    record WithSize(@Size(max = 2) String name) {
    }

    record WithEmailInside(Optional<@Email String> email) {
    }

    record WithGetter(String name) {
        @NotNull
        public String getNickname() {
            return null;
        }
    }

    @Test
    void anUnknownConstraintFailsLoudly() {
        assertThatThrownBy(() -> ModelWalker.findsNothing(new WithSize("abc")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Size").hasMessageContaining("name");
        assertThatThrownBy(() -> ModelWalker.findsNothing(new WithEmailInside(Optional.of("x"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Email");
        assertThatThrownBy(() -> ModelWalker.findsNothing(new WithGetter("a")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("getNickname");
        // Through the front door too: never a silent pass for a type in Laurel's packages (an application's own
        // record goes to Hibernate Validator instead: org.example.walker.ForeignRecordTest).
        assertThatThrownBy(() -> BadgeValidator.standard().validate(new WithSize("abc")))
                .isInstanceOf(IllegalStateException.class);
    }

    record Inner(@NotBlank String text) {
    }

    record Sample(
            @NotEmpty List<String> list,
            Optional<@NotNull @Iri String> id,
            Optional<@NotBlank String> name,
            List<@Pattern(regexp = "[a-z]+", flags = Pattern.Flag.CASE_INSENSITIVE) String> words,
            Optional<@DecimalMin("-90") @DecimalMax(value = "90", inclusive = false) BigDecimal> latitude,
            Optional<@Valid Inner> inner,
            Map<@NotBlank String, @Valid Inner> byKey,
            List<@Iri String> iris) {
    }

    private static Sample sample() {
        return new Sample(List.of("a"), Optional.of("urn:x:1"), Optional.of("n"), List.of("abC"),
                Optional.of(new BigDecimal("-90")), Optional.of(new Inner("t")), Map.of("k", new Inner("v")),
                List.of("https://example.org/"));
    }

    @Test
    void eachKnownConstraintIsJudgedAsHibernateValidatorJudgesIt() {
        Sample valid = sample();
        List<Sample> cases = List.of(valid,
                new Sample(List.of(), valid.id(), valid.name(), valid.words(), valid.latitude(), valid.inner(),
                        valid.byKey(), valid.iris()),
                new Sample(valid.list(), Optional.empty(), valid.name(), valid.words(), valid.latitude(),
                        valid.inner(), valid.byKey(), valid.iris()),
                new Sample(valid.list(), Optional.of("no iri"), valid.name(), valid.words(), valid.latitude(),
                        valid.inner(), valid.byKey(), valid.iris()),
                new Sample(valid.list(), valid.id(), Optional.of(" \t"), valid.words(), valid.latitude(),
                        valid.inner(), valid.byKey(), valid.iris()),
                new Sample(valid.list(), valid.id(), Optional.empty(), valid.words(), valid.latitude(),
                        valid.inner(), valid.byKey(), valid.iris()),
                new Sample(valid.list(), valid.id(), valid.name(), List.of("ab1"), valid.latitude(),
                        valid.inner(), valid.byKey(), valid.iris()),
                new Sample(valid.list(), valid.id(), valid.name(), valid.words(), Optional.of(new BigDecimal("90")),
                        valid.inner(), valid.byKey(), valid.iris()),
                new Sample(valid.list(), valid.id(), valid.name(), valid.words(), Optional.of(new BigDecimal("-90.1")),
                        valid.inner(), valid.byKey(), valid.iris()),
                new Sample(valid.list(), valid.id(), valid.name(), valid.words(), Optional.empty(),
                        Optional.empty(), Map.of(), List.of()),
                new Sample(valid.list(), valid.id(), valid.name(), valid.words(), valid.latitude(),
                        Optional.of(new Inner("")), valid.byKey(), valid.iris()),
                new Sample(valid.list(), valid.id(), valid.name(), valid.words(), valid.latitude(),
                        valid.inner(), Map.of(" ", new Inner("v")), valid.iris()),
                new Sample(valid.list(), valid.id(), valid.name(), valid.words(), valid.latitude(),
                        valid.inner(), Map.of("k", new Inner(" ")), valid.iris()),
                new Sample(valid.list(), valid.id(), valid.name(), valid.words(), valid.latitude(),
                        valid.inner(), valid.byKey(), List.of("https://a", "x")));
        var validator = BadgeValidator.standard().factory().getValidator();
        for (Sample s : cases) {
            boolean hibernateClean = validator.validate(s).isEmpty();
            assertThat(ModelWalker.findsNothing(s)).as("%s", s).isEqualTo(hibernateClean);
        }
        assertThat(ModelWalker.findsNothing(valid)).isTrue();
    }

    /** Placements the model does not use, which Hibernate Validator reads in its own way. */
    record Legacy(@NotNull Optional<String> name, @Valid List<Inner> items, @Valid Optional<Inner> one,
            @Valid Map<String, Inner> byKey) {
    }

    @Test
    void constraintsOnContainersThemselvesFollowHibernateValidator() {
        Inner ok = new Inner("x");
        Inner bad = new Inner(" ");
        List<Legacy> cases = List.of(
                new Legacy(Optional.empty(), List.of(ok), Optional.of(ok), Map.of("k", ok)),
                new Legacy(Optional.of("n"), List.of(ok, bad), Optional.empty(), Map.of()),
                new Legacy(Optional.of("n"), List.of(), Optional.of(bad), Map.of()),
                new Legacy(Optional.of("n"), List.of(), Optional.empty(), Map.of("k", bad)));
        var validator = BadgeValidator.standard().factory().getValidator();
        for (Legacy s : cases) {
            assertThat(ModelWalker.findsNothing(s)).as("%s", s).isEqualTo(validator.validate(s).isEmpty());
        }
        assertThat(ModelWalker.findsNothing(cases.get(0))).isTrue();
    }

    @Test
    void aClassThatIsNotARecordIsLeftToHibernateValidator() {
        assertThat(ModelWalker.findsNothing(new Object())).isFalse();
        assertThat(BadgeValidator.standard().validate(new Object())).isEmpty();
    }
}
