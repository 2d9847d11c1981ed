package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
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
    void achievementSurvivesToBuilderAndBuild(@ForAll("achievements") Achievement achievement) {
        assertThat(achievement.toBuilder().build()).isEqualTo(achievement);
    }

    @Property(tries = 100)
    void credentialSurvivesToBuilderAndBuild(@ForAll("credentials") OpenBadgeCredential credential) {
        OpenBadgeCredential again = credential.toBuilder().build();
        assertThat(again).isEqualTo(credential);
        assertThat(again.hashCode()).isEqualTo(credential.hashCode());
    }

    @Property(tries = 100)
    void randomValidCredentialsHaveNoErrors(@ForAll("credentials") OpenBadgeCredential credential) {
        assertThat(BadgeValidator.standard().validate(credential)).noneMatch(p -> p.isError());
    }

    @Property(tries = 100)
    void levelWrittenByTheBuilderIsReadBack(@ForAll("achievements") Achievement achievement,
            @ForAll LevelKind kind) {
        Achievement leveled = achievement.toBuilder().level(CredentialLevel.of(kind)).build();
        assertThat(leveled.level()).contains(CredentialLevel.of(kind));
        assertThat(leveled.alignment().stream().filter(a -> a.targetFramework()
                .filter("Laurel Credential Levels"::equals).isPresent())).hasSize(1);
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
    Arbitrary<Class<? extends Record>> records() {
        return Arbitraries.of(RECORDS);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(24)
                .filter(s -> !s.isBlank() && !s.trim().isEmpty());
    }

    private static Arbitrary<String> iri() {
        Arbitrary<String> tail = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(16);
        return Arbitraries.oneOf(tail.map(s -> "https://example.org/" + s), tail.map(s -> "urn:uuid:" + s),
                tail.map(s -> "did:example:" + s));
    }

    private static Arbitrary<Timestamp> instant() {
        return Arbitraries.longs().between(0, 4_000_000_000L).map(s -> Timestamp.of(Instant.ofEpochSecond(s)));
    }

    private static Arbitrary<Alignment> alignment() {
        return Arbitraries.oneOf(
                Combinators.combine(text(), iri()).as(Alignment::of),
                Arbitraries.of(AlignmentTargetType.standardValues()).map(t ->
                        Alignment.of("Target", "https://x.example/t").withTargetType(t)));
    }

    @Provide
    Arbitrary<Achievement> achievements() {
        return Builders.withBuilder(Achievement::builder)
                .use(iri()).in(Achievement.Builder::id)
                .use(text()).in(Achievement.Builder::name)
                .use(text()).in(Achievement.Builder::description)
                .use(Arbitraries.oneOf(text().map(Criteria::ofNarrative), iri().map(Criteria::ofId)))
                .in(Achievement.Builder::criteria)
                .use(alignment().list().ofMaxSize(3)).in(Achievement.Builder::alignment)
                .use(Arbitraries.oneOf(Arbitraries.of(AchievementType.standardValues()),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                                .map(s -> AchievementType.of("ext:" + s))))
                .withProbability(0.7).in(Achievement.Builder::achievementType)
                .use(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(1))
                .withProbability(0.5).in(Achievement.Builder::creditsAvailable)
                .use(text().list().ofMaxSize(4)).in(Achievement.Builder::tag)
                .use(text()).withProbability(0.3).in(Achievement.Builder::version)
                .use(iri().map(Image::of)).withProbability(0.5).in(Achievement.Builder::image)
                .use(Arbitraries.of(LevelKind.values())).withProbability(0.5)
                .in((b, k) -> b.level(CredentialLevel.of(k)))
                .use(text()).withProbability(0.3).in((b, v) -> b.extension("https://example.org/ns#x",
                        JsonValue.of(v)))
                .build(Achievement.Builder::build);
    }

    @Provide
    Arbitrary<OpenBadgeCredential> credentials() {
        Arbitrary<Profile> issuer = Builders.withBuilder(Profile::builder)
                .use(iri()).in(Profile.Builder::id)
                .use(text()).withProbability(0.8).in(Profile.Builder::name)
                .use(iri()).withProbability(0.3).in(Profile.Builder::url)
                .build(Profile.Builder::build);
        Arbitrary<AchievementSubject> subject = Builders.withBuilder(AchievementSubject::builder)
                .use(achievements()).in(AchievementSubject.Builder::achievement)
                .use(iri()).withProbability(0.8).in(AchievementSubject.Builder::id)
                .use(text().map(e -> IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, e, "s")))
                .withProbability(0.5).in(AchievementSubject.Builder::addIdentifier)
                .build(b -> {
                    try {
                        return b.build();
                    } catch (IllegalStateException neitherIdNorIdentifier) {
                        return b.id("did:example:fallback").build();
                    }
                });
        return Builders.withBuilder(OpenBadgeCredential::builder)
                .use(iri()).in(OpenBadgeCredential.Builder::id)
                .use(Arbitraries.oneOf(issuer.map(Ref::<Profile>embedded), iri().map(Ref::<Profile>iri)))
                .in(OpenBadgeCredential.Builder::issuer)
                .use(subject).in(OpenBadgeCredential.Builder::credentialSubject)
                .use(instant()).in(OpenBadgeCredential.Builder::validFrom)
                .use(text()).withProbability(0.7).in(OpenBadgeCredential.Builder::name)
                .use(instant()).withProbability(0.3).in(OpenBadgeCredential.Builder::awardedDate)
                .use(iri().map(id -> Evidence.of(id, "Evidence"))).withProbability(0.3)
                .in(OpenBadgeCredential.Builder::addEvidence)
                .build(b -> {
                    OpenBadgeCredential c = b.build();
                    // validUntil after validFrom keeps the credential valid.
                    return c.validFrom().map(f -> c.toBuilder().validUntil(f.instant().plusSeconds(86_400)).build())
                            .orElse(c);
                });
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
