package dev.laurel.badges.core.taxonomy.backpack;

import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackpackTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final String COMP = "https://example.org/c/robotics";

    private static Credential skill = Badges.ob3("urn:c:1", "urn:a:1", LevelKind.SKILL, COMP);
    private static Credential cert = Badges.ob3("urn:c:2", "urn:a:2", LevelKind.CERTIFICATION);
    private static Credential webinar = Badges.ob3("urn:c:3", "urn:a:3", LevelKind.PARTICIPATION);

    private static List<String> ids(List<BackpackEntry> entries) {
        return entries.stream().map(e -> e.id().orElse("?")).toList();
    }

    @Test
    void entriesKeepTheOrderAddedAndAreClassified() {
        Backpack pack = Backpack.empty().with(skill).with(cert).with(webinar);

        assertThat(ids(pack.entries())).containsExactly("urn:c:1", "urn:c:2", "urn:c:3");
        assertThat(pack.get("urn:c:2").orElseThrow().kind()).contains(LevelKind.CERTIFICATION);
        assertThat(pack.entries()).allSatisfy(e -> {
            assertThat(e.visibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(e.verification()).isEqualTo(VerificationStatus.UNKNOWN);
        });
    }

    @Test
    void withReturnsANewBackpackAndLeavesTheOldOne() {
        Backpack one = Backpack.empty().with(skill);
        Backpack two = one.with(cert);

        assertThat(one.size()).isEqualTo(1);
        assertThat(two.size()).isEqualTo(2);
        assertThat(Backpack.empty().isEmpty()).isTrue();
        assertThatThrownBy(() -> two.entries().add(two.entries().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void addingTheSameCredentialAgainChangesNothing() {
        Backpack pack = Backpack.empty().with(skill, Visibility.PUBLIC, VerificationStatus.verified(NOW));

        assertThat(pack.with(skill)).isSameAs(pack);
    }

    @Test
    void addingAnotherCredentialWithTheSameIdReplacesItInPlace() {
        Credential renewed = Badges.ob3("urn:c:1", "urn:a:1", LevelKind.ABILITY, COMP);
        Backpack pack = Backpack.empty().with(skill, Visibility.PUBLIC, VerificationStatus.verified(NOW)).with(cert);

        Backpack after = pack.with(renewed);

        assertThat(ids(after.entries())).containsExactly("urn:c:1", "urn:c:2");
        BackpackEntry e = after.get("urn:c:1").orElseThrow();
        assertThat(e.credential()).isEqualTo(renewed);
        assertThat(e.kind()).contains(LevelKind.ABILITY);
        assertThat(e.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(e.verification()).isEqualTo(VerificationStatus.UNKNOWN);
    }

    @Test
    void credentialsWithoutIdAreDeduplicatedOnlyWhenEqual() {
        OpenBadgeCredential base = Badges.credential("urn:tmp", Badges.achievement("urn:a:x", "X").build());
        OpenBadgeCredential noId = withoutId(base, Optional.empty());
        OpenBadgeCredential otherNoId = withoutId(base, Optional.of("named"));

        Backpack pack = Backpack.empty().with(Credential.of(noId)).with(Credential.of(noId))
                .with(Credential.of(otherNoId));

        assertThat(pack.size()).isEqualTo(2);
        assertThat(pack.without(Credential.of(noId)).size()).isEqualTo(1);
    }

    /** The builder requires an id; an id-less credential (allowed by the model) is made by hand. */
    private static OpenBadgeCredential withoutId(OpenBadgeCredential c, Optional<String> name) {
        return new OpenBadgeCredential(c.context(), Optional.empty(), c.type(), name, c.description(), c.image(),
                c.awardedDate(), c.credentialSubject(), c.endorsement(), c.endorsementJwt(), c.evidence(), c.issuer(),
                c.validFrom(), c.validUntil(), c.issuanceDate(), c.expirationDate(), c.credentialSchema(),
                c.credentialStatus(), c.refreshService(), c.termsOfUse(), c.proof(), c.extensions());
    }

    @Test
    void withoutRemovesById() {
        Backpack pack = Backpack.empty().with(skill).with(cert);

        assertThat(ids(pack.without("urn:c:1").entries())).containsExactly("urn:c:2");
        assertThat(pack.without("urn:unknown")).isSameAs(pack);
        assertThat(pack.without(cert).contains("urn:c:2")).isFalse();
    }

    @Test
    void withAllEqualsAddingOneByOne() {
        Credential renewed = Badges.ob3("urn:c:1", "urn:a:1", LevelKind.ABILITY, COMP);
        List<Credential> batch = List.of(skill, cert, skill, webinar, renewed);

        Backpack bulk = Backpack.of(batch);
        Backpack oneByOne = Backpack.empty();
        for (Credential c : batch) {
            oneByOne = oneByOne.with(c);
        }

        assertThat(bulk).isEqualTo(oneByOne);
        assertThat(ids(bulk.entries())).containsExactly("urn:c:1", "urn:c:2", "urn:c:3");
    }

    @Test
    void visibilityAndVerificationAreChangedById() {
        Backpack pack = Backpack.empty().with(skill).withVisibility("urn:c:1", Visibility.LINK)
                .withVerification("urn:c:1", VerificationStatus.revoked(NOW));

        BackpackEntry e = pack.get("urn:c:1").orElseThrow();
        assertThat(e.visibility()).isEqualTo(Visibility.LINK);
        assertThat(e.isRevoked()).isTrue();
        assertThat(e.isVerified()).isFalse();
    }

    @Test
    void changingAnUnknownIdIsTheCallersMistake() {
        assertThatThrownBy(() -> Backpack.empty().withVisibility("urn:nope", Visibility.PUBLIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("urn:nope");
    }

    @Test
    void filtersByLevelIssuerCompetencyAndAchievement() {
        Credential other = Credential.of(Badges.credential("urn:c:9", Badges.leveled("urn:a:9", LevelKind.KNOWLEDGE),
                Profile.of(Badges.OTHER_ISSUER, "Other"), Badges.ISSUED, Optional.empty()));
        Backpack pack = Backpack.of(List.of(skill, cert, webinar, other));

        assertThat(ids(pack.byLevel(LevelKind.SKILL))).containsExactly("urn:c:1");
        assertThat(ids(pack.atOrAbove(CredentialLevel.skill()))).containsExactly("urn:c:1", "urn:c:2");
        assertThat(ids(pack.atOrAbove(CredentialLevel.participation()))).containsExactly("urn:c:3");
        assertThat(ids(pack.byIssuer(Badges.OTHER_ISSUER))).containsExactly("urn:c:9");
        assertThat(ids(pack.byIssuer(Badges.ISSUER))).containsExactly("urn:c:1", "urn:c:2", "urn:c:3");
        assertThat(ids(pack.byCompetency(COMP))).containsExactly("urn:c:1");
        assertThat(ids(pack.byAchievement("urn:a:2"))).containsExactly("urn:c:2");
        assertThat(pack.byCompetency("https://example.org/none")).isEmpty();
        assertThat(pack.unclassified()).isEmpty();
    }

    @Test
    void filtersByValidity() {
        Credential expired = Credential.of(Badges.credential("urn:c:e", Badges.leveled("urn:a:e", LevelKind.SKILL),
                Profile.of(Badges.ISSUER, "I"), Badges.ISSUED, Optional.of(Instant.parse("2025-01-01T00:00:00Z"))));
        Credential future = Credential.of(Badges.credential("urn:c:f", Badges.leveled("urn:a:f", LevelKind.SKILL),
                Profile.of(Badges.ISSUER, "I"), Instant.parse("2030-01-01T00:00:00Z"), Optional.empty()));
        Backpack pack = Backpack.of(List.of(skill, expired, future, cert))
                .withVerification("urn:c:1", VerificationStatus.verified(NOW))
                .withVerification("urn:c:2", VerificationStatus.revoked(NOW));

        assertThat(ids(pack.expiredAt(NOW))).containsExactly("urn:c:e");
        assertThat(ids(pack.revoked())).containsExactly("urn:c:2");
        assertThat(ids(pack.unverified())).containsExactly("urn:c:e", "urn:c:f", "urn:c:2");
        assertThat(ids(pack.usableAt(NOW))).containsExactly("urn:c:1");
    }

    @Test
    void ob2AssertionThatDeclaresItselfRevokedIsRevoked() {
        Credential revoked = Credential.of(Badges.assertion("https://example.org/a/1",
                Badges.leveledBadgeClass("https://example.org/b/1", LevelKind.SKILL)).toBuilder().revoked(true)
                .build());
        Backpack pack = Backpack.empty().with(revoked, Visibility.PUBLIC, VerificationStatus.verified(NOW));

        assertThat(pack.revoked()).hasSize(1);
        assertThat(pack.entries().get(0).isVerified()).isFalse();
    }

    @Test
    void summaryCountsPerLevel() {
        Credential unclassified = Credential.of(Badges.credential("urn:c:u", Badges.achievement("urn:a:u", "U")
                .build()));
        LevelSummary s = Backpack.of(List.of(skill, cert, webinar, unclassified,
                Badges.ob3("urn:c:5", "urn:a:5", LevelKind.SKILL))).summary();

        assertThat(s.count(LevelKind.SKILL)).isEqualTo(2);
        assertThat(s.count(LevelKind.CERTIFICATION)).isEqualTo(1);
        assertThat(s.count(LevelKind.KNOWLEDGE)).isZero();
        assertThat(s.unclassified()).isEqualTo(1);
        assertThat(s.formal()).isEqualTo(3);
        assertThat(s.informal()).isEqualTo(1);
        assertThat(s.total()).isEqualTo(5);
    }

    @Test
    void audiencesSeeWhatVisibilityAllows() {
        Backpack pack = Backpack.empty().with(skill, Visibility.PUBLIC, VerificationStatus.UNKNOWN)
                .with(cert, Visibility.LINK, VerificationStatus.UNKNOWN)
                .with(webinar, Visibility.PRIVATE, VerificationStatus.UNKNOWN);

        assertThat(ids(pack.visibleTo(Audience.PUBLIC))).containsExactly("urn:c:1");
        assertThat(ids(pack.visibleTo(Audience.LINK_HOLDER))).containsExactly("urn:c:1", "urn:c:2");
        assertThat(ids(pack.visibleTo(Audience.OWNER))).containsExactly("urn:c:1", "urn:c:2", "urn:c:3");
    }

    @Test
    void publicExportHoldsOnlyPublicCredentialsInTheFormReceived() {
        OpenBadgeCredential asJws = Badges.credential("urn:c:j", Badges.leveled("urn:a:j", LevelKind.SKILL));
        String jws = "eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln";
        Credential ob2 = Credential.of(Badges.assertion("https://example.org/a/1",
                Badges.leveledBadgeClass("https://example.org/b/1", LevelKind.SKILL)));
        Backpack pack = Backpack.empty()
                .with(skill, Visibility.PUBLIC, VerificationStatus.UNKNOWN)
                .with(Credential.of(asJws, jws), Visibility.PUBLIC, VerificationStatus.UNKNOWN)
                .with(cert, Visibility.LINK, VerificationStatus.UNKNOWN)
                .with(webinar, Visibility.PRIVATE, VerificationStatus.UNKNOWN)
                .with(ob2, Visibility.PUBLIC, VerificationStatus.UNKNOWN);

        Ob3Export forPublic = pack.exportOb3(Audience.PUBLIC);
        Ob3Export forLink = pack.exportOb3(Audience.LINK_HOLDER);

        assertThat(forPublic.credential()).containsExactly(skill.ob3().orElseThrow());
        assertThat(forPublic.compactJwsString()).containsExactly(jws);
        assertThat(forPublic.notExported()).extracting(BackpackEntry::credential).containsExactly(ob2);
        assertThat(forLink.credential()).containsExactly(skill.ob3().orElseThrow(), cert.ob3().orElseThrow());
        assertThat(pack.exportOb3(Audience.OWNER).credential()).hasSize(3);
    }

    @Test
    void visibilityTable() {
        assertThat(Visibility.PRIVATE.isVisibleTo(Audience.OWNER)).isTrue();
        assertThat(Visibility.PRIVATE.isVisibleTo(Audience.LINK_HOLDER)).isFalse();
        assertThat(Visibility.LINK.isVisibleTo(Audience.LINK_HOLDER)).isTrue();
        assertThat(Visibility.LINK.isVisibleTo(Audience.PUBLIC)).isFalse();
        assertThat(Visibility.PUBLIC.isVisibleTo(Audience.PUBLIC)).isTrue();
    }

    @Test
    void verificationStatusFactories() {
        assertThat(VerificationStatus.verified(NOW).isVerified()).isTrue();
        assertThat(VerificationStatus.notVerified(NOW).isVerified()).isFalse();
        assertThat(VerificationStatus.revoked(NOW).revoked()).isTrue();
        assertThat(VerificationStatus.UNKNOWN.checkedAt()).isEmpty();
        assertThat(VerificationStatus.verified(NOW).withKeyBinding(KeyBinding.CONFIRMED).keyBinding())
                .isEqualTo(KeyBinding.CONFIRMED);
        assertThat(new VerificationStatus(VerificationState.VERIFIED, true, KeyBinding.UNKNOWN, Optional.of(NOW))
                .isVerified()).isFalse();
    }

    @Test
    void levelSummaryRejectsMissingOrNegativeCounts() {
        assertThatThrownBy(() -> new LevelSummary(java.util.Map.of(LevelKind.SKILL, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookupsAreConsistentAcrossThreads() throws InterruptedException {
        List<Credential> many = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(Badges.ob3("urn:c:" + i, "urn:a:" + (i % 50), LevelKind.SKILL, COMP));
        }
        Backpack pack = Backpack.of(many);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<Integer> sizes = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 8; t++) {
            Thread th = new Thread(() -> sizes.add(pack.byCompetency(COMP).size() + pack.byAchievement("urn:a:7").size()));
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(sizes).hasSize(8).containsOnly(510);
    }
}
