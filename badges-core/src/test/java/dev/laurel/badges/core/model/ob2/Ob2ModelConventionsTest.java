package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Term;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.constraint.Iri;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The reflective contract the JSON codec relies on, checked for every record of the package. */
class Ob2ModelConventionsTest {

    private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, BigDecimal.class,
            Integer.class, Timestamp.class, JsonValue.class, JsonObject.class);

    static Stream<Class<? extends Record>> records() {
        return ReflectiveRecords.RECORDS.stream();
    }

    @Test
    void recordListCoversEveryRecordOfThePackage() throws IOException, URISyntaxException {
        Path dir = Path.of(Assertion.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Assertion.class.getPackageName().replace('.', '/'));
        Set<String> found;
        try (Stream<Path> files = Files.list(dir)) {
            found = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> Assertion.class.getPackageName() + "." + n.substring(0, n.length() - 6))
                    .filter(n -> {
                        try {
                            return Class.forName(n).isRecord();
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .collect(Collectors.toSet());
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(
                ReflectiveRecords.RECORDS.stream().map(Class::getName).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @MethodSource("records")
    void lastComponentIsExtensions(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        RecordComponent last = components[components.length - 1];
        assertThat(last.getName()).isEqualTo("extensions");
        assertThat(last.getType()).isEqualTo(Extensions.class);
    }

    @ParameterizedTest
    @MethodSource("records")
    void contextComesFirstAsJsonValues(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals("context")) {
                assertThat(i).isZero();
                assertThat(components[i].getGenericType().getTypeName())
                        .isEqualTo("java.util.List<dev.laurel.badges.core.json.JsonValue>");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void recordsWithAnIdAreIdentifiedAndTheIdIsAnIri(Class<? extends Record> type) {
        Optional<RecordComponent> id = component(type, "id");
        assertThat(Identified.class.isAssignableFrom(type)).isEqualTo(id.isPresent());
        id.ifPresent(c -> {
            assertThat(c.getGenericType().getTypeName()).isEqualTo("java.util.Optional<java.lang.String>");
            AnnotatedType argument = ((AnnotatedParameterizedType) c.getAnnotatedType())
                    .getAnnotatedActualTypeArguments()[0];
            assertThat(argument.isAnnotationPresent(Iri.class)).as(type.getSimpleName() + ".id is @Iri").isTrue();
        });
    }

    @ParameterizedTest
    @MethodSource("records")
    void typeIsAListOfStrings(Class<? extends Record> type) {
        component(type, "type").ifPresent(c -> assertThat(c.getGenericType().getTypeName())
                .isEqualTo("java.util.List<java.lang.String>"));
    }

    @ParameterizedTest
    @MethodSource("records")
    void everyComponentIsOptionalListOrExtensionsOfAnAllowedType(Class<? extends Record> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == Extensions.class) {
                continue;
            }
            assertThat(c.getType()).as(type.getSimpleName() + "." + c.getName()).isIn(Optional.class, List.class);
            Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            assertThat(isAllowedElement(element)).as(type.getSimpleName() + "." + c.getName() + ": " + element)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void recordsArePublicAndFinal(Class<? extends Record> type) {
        assertThat(Modifier.isPublic(type.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(type.getModifiers())).isTrue();
        assertThat(Modifier.isPublic(ReflectiveRecords.canonical(type).getModifiers())).isTrue();
    }

    @Test
    void theThreeCoreClassesHaveBuilders() throws NoSuchMethodException {
        for (Class<?> type : List.of(Assertion.class, BadgeClass.class, Profile.class)) {
            assertThat(Modifier.isStatic(type.getMethod("builder").getModifiers())).isTrue();
            assertThat(type.getMethod("toBuilder").getReturnType().getMethod("build").getReturnType()).isEqualTo(type);
        }
    }

    private static boolean isAllowedElement(Type element) {
        if (element instanceof ParameterizedType p) {
            if (p.getRawType() != Ref.class) {
                return false;
            }
            Type target = p.getActualTypeArguments()[0];
            return target instanceof Class<?> c && ReflectiveRecords.RECORDS.contains(c);
        }
        Class<?> c = (Class<?>) element;
        return SCALARS.contains(c) || ReflectiveRecords.RECORDS.contains(c) || (c.isRecord()
                && Term.class.isAssignableFrom(c));
    }

    private static Optional<RecordComponent> component(Class<?> type, String name) {
        return Stream.of(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst();
    }
}
