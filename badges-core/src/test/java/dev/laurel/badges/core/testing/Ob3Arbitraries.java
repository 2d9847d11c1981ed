package dev.laurel.badges.core.testing;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.AlignmentTargetType;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.Evidence;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.Image;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.Instant;

/** Random valid OB 3.0 objects for property tests; shared with other modules through the test jar. */
public final class Ob3Arbitraries {

    private Ob3Arbitraries() {
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

    /** @return random valid achievements, built with the builder */
    public static Arbitrary<Achievement> achievements() {
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

    /** @return random valid credentials, built with the builders */
    public static Arbitrary<OpenBadgeCredential> credentials() {
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
}
