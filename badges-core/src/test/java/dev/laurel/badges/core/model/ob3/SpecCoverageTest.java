package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.model.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the records against the OB 3.0 data model source ({@code common_credentials.lines}): every property of
 * every class is a component of the same name, multi-valued properties (cardinality {@code 0..*}, {@code 1..*},
 * {@code 2..*}) are lists and single ones ({@code 1}, {@code 0..1}) optionals, {@code type} included, and each
 * vocabulary has a constant for every term.
 */
class SpecCoverageTest {

    /** A property line: name, type, cardinality. */
    private static final Pattern PROPERTY = Pattern.compile("^\\s+Property (\\S+) (\\S+) (\\S+)");
    private static final Pattern CLASS = Pattern.compile("^\\s+(?:Class|Include) (\\S+)");

    /** Spec class -> record, plus the spec classes whose properties the record also holds. */
    private static final Map<Class<? extends Record>, List<String>> MAPPING = new LinkedHashMap<>();

    static {
        MAPPING.put(OpenBadgeCredential.class,
                List.of("AchievementCredential", "VerifiableCredential", "AchievementCredentialv1p1",
                        "VerifiableCredentialv1p1"));
        MAPPING.put(EndorsementCredential.class,
                List.of("EndorsementCredential", "VerifiableCredential", "EndorsementCredentialv1p1",
                        "VerifiableCredentialv1p1"));
        MAPPING.put(AchievementSubject.class, List.of("AchievementSubject", "AchievementSubjectv1p1"));
        MAPPING.put(Achievement.class, List.of("Achievement", "Achievementv1p1"));
        MAPPING.put(Profile.class, List.of("Profile", "Profilev1p1"));
        for (Class<? extends Record> c : List.of(Address.class, Alignment.class, Criteria.class,
                EndorsementSubject.class, Evidence.class, GeoCoordinates.class, IdentifierEntry.class,
                IdentityObject.class, Image.class, Related.class, Result.class, ResultDescription.class,
                RubricCriterionLevel.class, CredentialSchema.class, CredentialStatus.class, Proof.class,
                RefreshService.class, TermsOfUse.class)) {
            MAPPING.put(c, List.of(c.getSimpleName()));
        }
    }

    /**
     * Properties that come from the common data model's mixins and included classes, which the lines file only
     * names; listed as in the official AchievementCredential JSON schema.
     */
    private static final Map<Class<?>, List<String>> CDM = Map.of(
            Profile.class, List.of("phone", "email", "familyName", "givenName", "additionalName", "patronymicName",
                    "honorificPrefix", "honorificSuffix", "familyNamePrefix"),
            Address.class, List.of("addressCountry", "addressCountryCode", "addressRegion", "addressLocality",
                    "streetAddress", "postOfficeBoxNumber", "postalCode", "geo"),
            GeoCoordinates.class, List.of("latitude", "longitude"),
            IdentifierEntry.class, List.of("identifier", "identifierType"));

    private static Map<String, List<String[]>> classes;

    private static synchronized Map<String, List<String[]>> classes() throws IOException {
        if (classes == null) {
            classes = new LinkedHashMap<>();
            String current = null;
            try (InputStream in = SpecCoverageTest.class.getResourceAsStream("/ob3/common_credentials.lines")) {
                assertThat(in).as("spec resource").isNotNull();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    Matcher c = CLASS.matcher(line);
                    if (c.find()) {
                        current = c.group(1);
                        classes.computeIfAbsent(current, k -> new ArrayList<>());
                        continue;
                    }
                    Matcher p = PROPERTY.matcher(line);
                    if (p.find() && current != null) {
                        classes.get(current).add(new String[] {p.group(1), p.group(2), p.group(3)});
                    }
                }
            }
        }
        return classes;
    }

    static Stream<Class<? extends Record>> mapped() {
        return MAPPING.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("mapped")
    void everySpecPropertyIsAComponentOfTheRightShape(Class<? extends Record> record) throws IOException {
        Map<String, RecordComponent> components = Arrays.stream(record.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        for (String specClass : MAPPING.get(record)) {
            List<String[]> properties = classes().get(specClass);
            assertThat(properties).as(specClass).isNotNull().isNotEmpty();
            for (String[] property : properties) {
                String name = property[0].equals("@context") ? "context" : property[0];
                assertThat(components).as(specClass + "." + property[0] + " in " + record.getSimpleName())
                        .containsKey(name);
                assertThat(components.get(name).getType())
                        .as(specClass + "." + property[0] + " " + property[1] + " " + property[2])
                        .isEqualTo(shapeOf(property[2]));
            }
        }
        for (String name : CDM.getOrDefault(record, List.of())) {
            assertThat(components).as("CDM " + name + " in " + record.getSimpleName()).containsKey(name);
        }
    }

    /**
     * The component type a cardinality maps to, with no exception for {@code type} or {@code @context}: a property
     * with at most one value ({@code 1}, {@code 0..1}) is an {@code Optional}, a multi-valued one ({@code 0..*},
     * {@code 1..*}, {@code 2..*}) a {@code List}.
     */
    private static Class<?> shapeOf(String cardinality) {
        switch (cardinality) {
            case "1":
            case "0..1":
                return Optional.class;
            case "0..*":
            case "1..*":
            case "2..*":
                return List.class;
            default:
                throw new AssertionError("unknown cardinality " + cardinality);
        }
    }

    @Test
    void singleValuedTypesAreExactlyTheCardinalityOneTypes() throws IOException {
        List<String> single = new ArrayList<>();
        for (Class<? extends Record> record : MAPPING.keySet()) {
            Optional<RecordComponent> type = Arrays.stream(record.getRecordComponents())
                    .filter(c -> c.getName().equals("type")).findFirst();
            for (String specClass : MAPPING.get(record)) {
                for (String[] property : classes().get(specClass)) {
                    if (!property[0].equals("type")) {
                        continue;
                    }
                    assertThat(type).as(record.getSimpleName() + ".type").isPresent();
                    Type element = ((ParameterizedType) type.get().getGenericType()).getActualTypeArguments()[0];
                    assertThat(element).as(record.getSimpleName() + ".type element").isEqualTo(String.class);
                    if (property[2].equals("1")) {
                        single.add(record.getSimpleName());
                        assertThat(type.get().getType()).as(record.getSimpleName() + ".type").isEqualTo(Optional.class);
                    } else {
                        assertThat(type.get().getType()).as(record.getSimpleName() + ".type").isEqualTo(List.class);
                    }
                }
            }
        }
        // The classes whose type the official JSON schema requires as a plain string, not an array.
        assertThat(single).containsExactlyInAnyOrder("GeoCoordinates", "IdentifierEntry", "IdentityObject", "Image",
                "CredentialSchema", "CredentialStatus", "Proof", "RefreshService", "TermsOfUse");
    }

    @ParameterizedTest
    @MethodSource("mapped")
    void noComponentBeyondTheSpecification(Class<? extends Record> record) throws IOException {
        List<String> known = new ArrayList<>(CDM.getOrDefault(record, List.of()));
        known.add("extensions");
        for (String specClass : MAPPING.get(record)) {
            for (String[] property : classes().get(specClass)) {
                known.add(property[0].equals("@context") ? "context" : property[0]);
            }
        }
        // The official schema also lists evidence on EndorsementCredential.
        if (record == EndorsementCredential.class) {
            known.add("evidence");
        }
        assertThat(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName))
                .as(record.getSimpleName()).allMatch(known::contains);
    }

    static Stream<Class<? extends Term>> vocabularies() {
        return Stream.of(AchievementType.class, AlignmentTargetType.class, ResultType.class, ResultStatusType.class);
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyVocabularyTermHasAStandardConstant(Class<? extends Term> vocabulary) throws Exception {
        List<String> terms = classes().get(vocabulary.getSimpleName()).stream().map(p -> p[0]).toList();
        assertThat(terms).isNotEmpty();
        List<String> constants = new ArrayList<>();
        for (java.lang.reflect.Field f : vocabulary.getFields()) {
            if (f.getType() == vocabulary) {
                constants.add(((Term) f.get(null)).value());
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(terms);
        for (String term : terms) {
            Term t = (Term) vocabulary.getMethod("of", String.class).invoke(null, term);
            assertThat(t.isStandard()).as(term).isTrue();
        }
    }

    @Test
    void achievementTypeCoversTheWholeEnumeration() throws IOException {
        List<String> terms = classes().get("AchievementType").stream().map(p -> p[0]).toList();
        assertThat(terms).hasSize(31).contains("MicroCredential", "Badge", "Achievement");
        assertThat(AchievementType.standardValues().stream().map(AchievementType::value))
                .containsExactlyElementsOf(terms);
    }

    @Test
    void everyRecordComponentTypeFollowsTheCodecContract() {
        for (Class<? extends Record> record : MAPPING.keySet()) {
            RecordComponent[] components = record.getRecordComponents();
            assertThat(components[components.length - 1].getName()).as(record.getSimpleName()).isEqualTo("extensions");
            for (RecordComponent c : components) {
                if (c.getName().equals("extensions")) {
                    continue;
                }
                assertThat(c.getType()).as(record.getSimpleName() + "." + c.getName()).isIn(List.class,
                        Optional.class);
                Type arg = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                Class<?> element = arg instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) arg;
                assertThat(element).as(record.getSimpleName() + "." + c.getName())
                        .isNotIn(List.class, Optional.class);
            }
        }
    }
}
