package dev.laurel.badges.core.testing;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.AlignmentTargetType;
import dev.laurel.badges.core.model.ob3.Address;
import dev.laurel.badges.core.model.ob3.CredentialSchema;
import dev.laurel.badges.core.model.ob3.CredentialStatus;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.Evidence;
import dev.laurel.badges.core.model.ob3.GeoCoordinates;
import dev.laurel.badges.core.model.ob3.IdentifierEntry;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.Image;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob3.Proof;
import dev.laurel.badges.core.model.ob3.RefreshService;
import dev.laurel.badges.core.model.ob3.TermsOfUse;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
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
import java.util.Optional;

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

    /** @return random images, with or without a caption, built with the factories */
    public static Arbitrary<Image> images() {
        return Arbitraries.oneOf(iri().map(Image::of), Combinators.combine(iri(), text()).as(Image::of));
    }

    /** @return random identifier entries of a standard kind */
    public static Arbitrary<IdentifierEntry> identifierEntries() {
        return Combinators.combine(text(), Arbitraries.of(IdentifierTypeEnum.standardValues()))
                .as(IdentifierEntry::of);
    }

    /** @return random recipient identities, plain or salted SHA-256 */
    public static Arbitrary<IdentityObject> identities() {
        return Arbitraries.oneOf(
                text().map(e -> IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, e)),
                Combinators.combine(text(), Arbitraries.strings().alpha().ofMaxLength(8))
                        .as((e, salt) -> IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, e, salt)));
    }

    /** @return random addresses with coordinates */
    public static Arbitrary<Address> addresses() {
        Arbitrary<GeoCoordinates> geo = Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("-90"), new BigDecimal("90")).ofScale(4),
                Arbitraries.bigDecimals().between(new BigDecimal("-180"), new BigDecimal("180")).ofScale(4))
                .as(GeoCoordinates::of);
        return Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(2), text(), geo)
                .as((country, city, g) -> {
                    Address a = Address.of(country, city);
                    return new Address(a.type(), a.addressCountry(), a.addressCountryCode(), a.addressRegion(),
                            a.addressLocality(), a.streetAddress(), a.postOfficeBoxNumber(), a.postalCode(),
                            Optional.of(g), Extensions.NONE);
                });
    }

    /** @return random Data Integrity proofs with a proof value */
    public static Arbitrary<Proof> proofs() {
        return Combinators.combine(instant(), iri(), Arbitraries.strings().alpha().numeric().ofMinLength(8)
                .ofMaxLength(88)).as((created, key, value) -> Proof.dataIntegrity("eddsa-rdfc-2022", created,
                        key + "#key-1", "assertionMethod").withProofValue("z" + value));
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
                .use(images()).withProbability(0.5).in(Achievement.Builder::image)
                .use(identifierEntries()).withProbability(0.3).in(Achievement.Builder::addOtherIdentifier)
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
                .use(images()).withProbability(0.3).in(Profile.Builder::image)
                .use(addresses()).withProbability(0.3).in(Profile.Builder::address)
                .use(identifierEntries()).withProbability(0.3).in(Profile.Builder::addOtherIdentifier)
                .build(Profile.Builder::build);
        Arbitrary<AchievementSubject> subject = Builders.withBuilder(AchievementSubject::builder)
                .use(achievements()).in(AchievementSubject.Builder::achievement)
                .use(iri()).withProbability(0.8).in(AchievementSubject.Builder::id)
                .use(identities()).withProbability(0.5).in(AchievementSubject.Builder::addIdentifier)
                .use(images()).withProbability(0.2).in(AchievementSubject.Builder::image)
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
                .use(images()).withProbability(0.3).in(OpenBadgeCredential.Builder::image)
                .use(iri().map(id -> CredentialSchema.of(id, "1EdTechJsonSchemaValidator2019"))).withProbability(0.3)
                .in(OpenBadgeCredential.Builder::addCredentialSchema)
                .use(iri().map(id -> CredentialStatus.of(id, "1EdTechRevocationList"))).withProbability(0.3)
                .in(OpenBadgeCredential.Builder::credentialStatus)
                .use(iri().map(id -> RefreshService.of(id, "1EdTechCredentialRefresh"))).withProbability(0.2)
                .in(OpenBadgeCredential.Builder::refreshService)
                .use(iri().map(id -> TermsOfUse.of(id, "ext:Policy"))).withProbability(0.2)
                .in(OpenBadgeCredential.Builder::addTermsOfUse)
                .use(proofs()).withProbability(0.3).in(OpenBadgeCredential.Builder::addProof)
                .build(b -> {
                    OpenBadgeCredential c = b.build();
                    // validUntil after validFrom keeps the credential valid.
                    return c.validFrom().map(f -> c.toBuilder().validUntil(f.instant().plusSeconds(86_400)).build())
                            .orElse(c);
                });
    }
}
