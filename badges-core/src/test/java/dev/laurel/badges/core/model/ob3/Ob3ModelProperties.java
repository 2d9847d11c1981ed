package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.testing.Ob3Arbitraries;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.validation.BadgeValidator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invariants of every OB 3.0 record, and builder round trips over random valid objects. */
class Ob3ModelProperties {

    private static final List<Class<? extends Record>> RECORDS = recordsOfThePackage();

    // ------------------------------------------------------------------ builders

    @Property(tries = 200)
    void achievementSurvivesToBuilderAndBuild(@ForAll("achievementsArb") Achievement achievement) {
        assertThat(achievement.toBuilder().build()).isEqualTo(achievement);
    }

    @Property(tries = 100)
    void credentialSurvivesToBuilderAndBuild(@ForAll("credentialsArb") OpenBadgeCredential credential) {
        OpenBadgeCredential again = credential.toBuilder().build();
        assertThat(again).isEqualTo(credential);
        assertThat(again.hashCode()).isEqualTo(credential.hashCode());
    }

    @Property(tries = 100)
    void randomValidCredentialsHaveNoErrors(@ForAll("credentialsArb") OpenBadgeCredential credential) {
        assertThat(BadgeValidator.standard().validate(credential)).noneMatch(p -> p.isError());
    }

    @Property(tries = 100)
    void levelWrittenByTheBuilderIsReadBack(@ForAll("achievementsArb") Achievement achievement,
            @ForAll LevelKind kind) {
        Achievement leveled = achievement.toBuilder().level(CredentialLevel.of(kind)).build();
        assertThat(leveled.level()).contains(CredentialLevel.of(kind));
        assertThat(leveled.alignment().stream().filter(a -> a.targetFramework()
                .filter("Laurel Credential Levels"::equals).isPresent())).hasSize(1);
    }

    @Property(tries = 100)
    void singleTypedObjectsFromTheFactoriesCarryTheirOneTypeAndAreValid(@ForAll("imagesArb") Image image,
            @ForAll("identitiesArb") IdentityObject identity, @ForAll("entriesArb") IdentifierEntry entry,
            @ForAll("addressesArb") Address address, @ForAll("proofsArb") Proof proof) {
        GeoCoordinates geo = address.geo().orElseThrow();
        assertThat(image.type()).contains(Image.TYPE);
        assertThat(identity.type()).contains(IdentityObject.TYPE);
        assertThat(entry.type()).contains(IdentifierEntry.TYPE);
        assertThat(geo.type()).contains(GeoCoordinates.TYPE);
        assertThat(proof.type()).contains(Proof.DATA_INTEGRITY_PROOF);
        for (Record r : List.of(image, identity, entry, address, geo, proof)) {
            assertThat(BadgeValidator.standard().validate(r)).as(r.toString()).isEmpty();
        }
    }

    // ------------------------------------------------------------------ every record of the package

    @Property(tries = 60)
    void everyListOfEveryRecordIsUnmodifiable(@ForAll("records") Class<? extends Record> type) throws Exception {
        Record sample = sample(type, 0);
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == List.class) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) c.getAccessor().invoke(sample);
                assertThat(list).as(type.getSimpleName() + "." + c.getName()).isNotEmpty();
                assertThatThrownBy(() -> list.add(list.get(0))).as(type.getSimpleName() + "." + c.getName())
                        .isInstanceOf(UnsupportedOperationException.class);
                assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
            }
        }
    }

    @Property(tries = 60)
    void constructorsCopyTheListsTheyAreGiven(@ForAll("records") Class<? extends Record> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Object[] same = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = sampleOf(components[i].getGenericType(), 0);
            same[i] = sampleOf(components[i].getGenericType(), 0);
        }
        Record made = construct(type, args);
        Record before = construct(type, same);
        for (Object arg : args) {
            if (arg instanceof List<?> list) {
                list.clear();
            }
        }
        assertThat(made).isEqualTo(before);
    }

    @Property(tries = 200)
    void constructorsRejectNullInEveryComponent(@ForAll("records") Class<? extends Record> type,
            @ForAll @IntRange(min = 0, max = 40) int index) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        int at = index % components.length;
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = i == at ? null : sampleOf(components[i].getGenericType(), 2);
        }
        assertThatThrownBy(() -> construct(type, args)).isInstanceOf(NullPointerException.class)
                .hasMessage(components[at].getName());
    }

    @Property(tries = 30)
    void recordsWithAnIdAreIdentified(@ForAll("records") Class<? extends Record> type) {
        boolean hasId = Stream.of(type.getRecordComponents()).anyMatch(c -> c.getName().equals("id")
                && c.getType() == Optional.class);
        assertThat(Identified.class.isAssignableFrom(type)).as(type.getSimpleName()).isEqualTo(hasId);
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Achievement> achievementsArb() {
        return Ob3Arbitraries.achievements();
    }

    @Provide
    Arbitrary<OpenBadgeCredential> credentialsArb() {
        return Ob3Arbitraries.credentials();
    }

    @Provide
    Arbitrary<Image> imagesArb() {
        return Ob3Arbitraries.images();
    }

    @Provide
    Arbitrary<IdentityObject> identitiesArb() {
        return Ob3Arbitraries.identities();
    }

    @Provide
    Arbitrary<IdentifierEntry> entriesArb() {
        return Ob3Arbitraries.identifierEntries();
    }

    @Provide
    Arbitrary<Address> addressesArb() {
        return Ob3Arbitraries.addresses();
    }

    @Provide
    Arbitrary<Proof> proofsArb() {
        return Ob3Arbitraries.proofs();
    }

    @Provide
    Arbitrary<Class<? extends Record>> records() {
        return Arbitraries.of(RECORDS);
    }

    // ------------------------------------------------------------------ reflection helpers

    private static List<Class<? extends Record>> recordsOfThePackage() {
        try {
            Path root = Path.of(Achievement.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = root.resolve(Achievement.class.getPackageName().replace('.', '/'));
            List<Class<? extends Record>> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
                        Class<?> c = Class.forName(Achievement.class.getPackageName() + "."
                                + name.substring(0, name.length() - ".class".length()));
                        if (c.isRecord()) {
                            out.add(c.asSubclass(Record.class));
                        }
                    }
                }
            }
            assertThat(out).hasSizeGreaterThan(25);
            return List.copyOf(out);
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Record construct(Class<? extends Record> type, Object[] args) throws Exception {
        Class<?>[] types = Stream.of(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<? extends Record> ctor = type.getDeclaredConstructor(types);
        try {
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static Record sample(Class<? extends Record> type, int depth) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = sampleOf(components[i].getGenericType(), depth + 1);
        }
        return construct(type, args);
    }

    /** A non-empty value of any component type; nesting stops at depth 3 with empty optionals. */
    private static Object sampleOf(Type type, int depth) throws Exception {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return depth > 3 ? Optional.empty() : Optional.of(sampleOf(arg, depth + 1));
            }
            if (raw == List.class) {
                return new ArrayList<>(List.of(sampleOf(arg, Math.max(depth + 1, 4))));
            }
            if (raw == Ref.class) {
                Class<?> target = (Class<?>) arg;
                return depth > 3 ? Ref.iri("https://example.org/ref")
                        : Ref.embedded((Identified) sample(target.asSubclass(Record.class), depth + 1));
            }
            throw new IllegalArgumentException("unexpected component type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "https://example.org/s";
        } else if (c == Boolean.class) {
            return Boolean.TRUE;
        } else if (c == BigDecimal.class) {
            return BigDecimal.ONE;
        } else if (c == Integer.class) {
            return 1;
        } else if (c == Timestamp.class) {
            return Timestamp.parse("2020-01-01T00:00:00Z");
        } else if (c == JsonValue.class) {
            return JsonValue.of("v");
        } else if (c == Extensions.class) {
            return Extensions.NONE;
        } else if (c.isRecord()) {
            return sample(c.asSubclass(Record.class), depth);
        }
        throw new IllegalArgumentException("unexpected component type " + type);
    }
}
