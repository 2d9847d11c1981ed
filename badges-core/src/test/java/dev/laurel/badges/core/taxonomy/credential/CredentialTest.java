package dev.laurel.badges.core.taxonomy.credential;

import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob2.AlignmentObject;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.IdentityObject;
import dev.laurel.badges.core.model.ob2.VerificationObject;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob3.Ob3Terms;
import dev.laurel.badges.core.taxonomy.LevelAlignment;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void ob3FactsAreReadOnce() {
        Achievement a = Badges.achievement("urn:a", "Data Viz").tag(List.of("charts"))
                .addAlignment(Alignment.of("Viz", "https://example.org/c/viz", "Framework", "VIZ-1")).build();
        OpenBadgeCredential c = Badges.credential("urn:c", a, Profile.of(Badges.ISSUER, "Example Issuer"), T0,
                Optional.of(T1));

        Credential view = Credential.of(c);

        assertThat(view.version()).isEqualTo(SpecVersion.OB_3_0);
        assertThat(view.ob3()).contains(c);
        assertThat(view.ob2()).isEmpty();
        assertThat(view.id()).contains("urn:c");
        assertThat(view.achievementId()).contains("urn:a");
        assertThat(view.name()).contains("Data Viz");
        assertThat(view.issuerId()).contains(Badges.ISSUER);
        assertThat(view.issuerName()).contains("Example Issuer");
        assertThat(view.issuedAt()).contains(T0);
        assertThat(view.validFrom()).contains(T0);
        assertThat(view.expiresAt()).contains(T1);
        assertThat(view.isAlignedTo("https://example.org/c/viz")).isTrue();
        assertThat(view.isAlignedTo("VIZ-1")).isTrue();
        assertThat(view.isAlignedTo("Viz")).isFalse();
        assertThat(view.definition().orElseThrow().tags()).containsExactly("charts");
    }

    @Test
    void awardedDateIsTheIssueDateWhenPresent() {
        Instant awarded = Instant.parse("2020-06-01T00:00:00Z");
        OpenBadgeCredential c = Badges.credential("urn:c", Badges.achievement("urn:a", "A").build()).toBuilder()
                .awardedDate(Timestamp.of(awarded)).build();

        Credential view = Credential.of(c);

        assertThat(view.issuedAt()).contains(awarded);
        assertThat(view.validFrom()).contains(Badges.ISSUED);
    }

    @Test
    void vcdm11DatesAreRead() {
        OpenBadgeCredential c = OpenBadgeCredential.builder()
                .context(List.of(dev.laurel.badges.core.json.JsonValue.of(Ob3Terms.VC_V1_CONTEXT)))
                .id("urn:c").issuer(Badges.ISSUER).issuanceDate(Timestamp.of(T0)).expirationDate(Timestamp.of(T1))
                .credentialSubject(AchievementSubject.builder().id(Badges.LEARNER)
                        .achievement(Badges.achievement("urn:a", "A").build()).build())
                .build();

        Credential view = Credential.of(c);

        assertThat(view.validFrom()).contains(T0);
        assertThat(view.expiresAt()).contains(T1);
        assertThat(view.issuerName()).isEmpty();
    }

    @Test
    void issuerFallsBackToTheAchievementCreator() {
        Achievement a = Badges.achievement("urn:a", "A").creator(Profile.of("https://creator.example.org", "Creator"))
                .build();
        OpenBadgeCredential c = Badges.credential("urn:c", a).toBuilder().issuer("https://issuer.example.org")
                .build();

        Credential view = Credential.of(c);

        assertThat(view.issuerId()).contains("https://issuer.example.org");
        assertThat(view.issuerName()).contains("Creator");
    }

    @Test
    void expiryAndNotYetValidAreJudgedAtAnInstant() {
        Credential view = Credential.of(Badges.credential("urn:c", Badges.achievement("urn:a", "A").build(),
                Profile.of(Badges.ISSUER, "I"), T0, Optional.of(T1)));

        assertThat(view.isExpiredAt(T1)).isTrue();
        assertThat(view.isExpiredAt(T1.minusSeconds(1))).isFalse();
        assertThat(view.isNotYetValidAt(T0.minusSeconds(1))).isTrue();
        assertThat(view.isNotYetValidAt(T0)).isFalse();
    }

    @Test
    void ob2FactsComeFromTheEmbeddedBadgeClass() {
        BadgeClass b = Badges.badgeClass("https://example.org/b", "Robotics", "d", "n", "robots");
        Assertion a = Badges.assertion("https://example.org/a", b).toBuilder().expires(T1).revoked(true).build();

        Credential view = Credential.of(a);

        assertThat(view.version()).isEqualTo(SpecVersion.OB_2_0);
        assertThat(view.achievementId()).contains("https://example.org/b");
        assertThat(view.issuerId()).contains(Badges.ISSUER);
        assertThat(view.issuerName()).contains("Example Issuer");
        assertThat(view.issuedAt()).contains(Badges.ISSUED);
        assertThat(view.expiresAt()).contains(T1);
        assertThat(view.revokedByIssuer()).isTrue();
        assertThat(view.definition().orElseThrow().tags()).containsExactly("robots");
    }

    @Test
    void ob2BadgeByIriHasAnAchievementIdButNoDefinition() {
        Assertion a = Assertion.builder().id("https://example.org/a")
                .recipient(IdentityObject.plain("email", "x@example.org")).badge("https://example.org/b")
                .verification(VerificationObject.hosted()).issuedOn(T0).build();

        Credential view = Credential.of(a);

        assertThat(view.achievementId()).contains("https://example.org/b");
        assertThat(view.definition()).isEmpty();
        assertThat(view.issuerId()).isEmpty();
        assertThat(view.isAlignedTo("anything")).isFalse();
    }

    @Test
    void compactJwsIsKeptExactly() {
        OpenBadgeCredential c = Badges.credential("urn:c", Badges.achievement("urn:a", "A").build());
        String jws = "eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln";

        Credential view = Credential.of(c, jws);

        assertThat(view.compactJws()).contains(jws);
        assertThat(view).isNotEqualTo(Credential.of(c));
        assertThat(view).isEqualTo(Credential.of(c, jws)).hasSameHashCodeAs(Credential.of(c, jws));
    }

    @Test
    void somethingThatIsNotACompactJwsIsRefused() {
        OpenBadgeCredential c = Badges.credential("urn:c", Badges.achievement("urn:a", "A").build());

        assertThatThrownBy(() -> Credential.of(c, "a.b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compactJws");
        assertThatThrownBy(() -> Credential.of(c, "a.b.c.d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Credential.of(c, ".b.c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Credential.of(c, (String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void laurelLevelAlignmentIsNeverACompetency() {
        AlignmentTarget level = AlignmentTarget.of(Alignment.of("Skill", LevelAlignment.targetUrl(LevelKind.SKILL),
                LevelAlignment.FRAMEWORK_NAME, "skill"));

        assertThat(level.laurelLevel()).contains(LevelKind.SKILL);
        assertThat(level.matches("skill")).isFalse();
        assertThat(level.matches(LevelAlignment.targetUrl(LevelKind.SKILL))).isFalse();
    }

    @Test
    void ob2AlignmentObjectReadsLikeOb3() {
        AlignmentObject o = new AlignmentObject(List.of(), Optional.of("Level"),
                Optional.of("https://example.org/levels"), Optional.empty(),
                Optional.of(LevelAlignment.FRAMEWORK_NAME), Optional.of("Certification"), Extensions.NONE);

        assertThat(AlignmentTarget.of(o).laurelLevel()).contains(LevelKind.CERTIFICATION);
        assertThat(AlignmentTarget.of(o).targetType()).isEmpty();
    }

    @Test
    void definitionsListDistinctDeclaredLevelsAndCompetencyKeys() {
        Achievement a = Badges.achievement("urn:a", "A")
                .addAlignment(Alignment.of("Skill", LevelAlignment.targetUrl(LevelKind.SKILL)))
                .addAlignment(Alignment.of("c", "https://example.org/c", "F", "C-1"))
                .addAlignment(Alignment.of("Skill again", LevelAlignment.targetUrl(LevelKind.SKILL)))
                .build();

        BadgeDefinition d = BadgeDefinition.of(a);

        assertThat(d.declaredLevels()).containsExactly(LevelKind.SKILL);
        assertThat(d.competencyKeys()).containsExactly("https://example.org/c", "C-1");
        assertThat(d).isEqualTo(BadgeDefinition.of(a)).hasSameHashCodeAs(BadgeDefinition.of(a));
    }
}
