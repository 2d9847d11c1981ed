package dev.laurel.badges.core.taxonomy.policy;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.IdentityObject;
import dev.laurel.badges.core.model.ob2.VerificationObject;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.backpack.KeyBinding;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final String DATA = "https://example.org/c/data-analysis";
    private static final VerificationStatus VERIFIED = VerificationStatus.verified(NOW);

    /** The brief's example: formal at skill or above, aligned, trusted, verified, not expired, last 3 years. */
    private static final Policy HIRING = Policy.builder()
            .minimumLevel(CredentialLevel.skill())
            .alignedTo(DATA)
            .trustedIssuers(List.of(Badges.ISSUER))
            .requireVerified()
            .notExpired()
            .issuedWithin(Period.ofYears(3))
            .onUnknown(Verdict.REFER)
            .build();

    private static BackpackEntry entry(Credential c, VerificationStatus status) {
        return new BackpackEntry(c, Classifier.standard().classify(c), Visibility.PRIVATE, status);
    }

    private static Credential leveled(String id, LevelKind level, String... competencies) {
        return Badges.ob3(id, "urn:a:" + id, level, competencies);
    }

    private static Credential dated(String id, LevelKind level, String issuer, Instant from, Optional<Instant> until) {
        return Credential.of(Badges.credential(id, Badges.leveled("urn:a:" + id, level, DATA),
                Profile.of(issuer, "Issuer"), from, until));
    }

    @Test
    void credentialMeetingEveryConditionIsAccepted() {
        Decision d = HIRING.evaluate(entry(leveled("urn:c:1", LevelKind.ABILITY, DATA), VERIFIED), NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(d.outcomes()).hasSize(6).allMatch(o -> o.result() == ConditionResult.PASS);
        assertThat(d.reasons().get(0)).isEqualTo("PASS level at least skill: level ability is at least skill");
        assertThat(d.at()).isEqualTo(NOW);
    }

    @Test
    void levelBelowTheMinimumIsRejected() {
        Decision d = HIRING.evaluate(entry(leveled("urn:c:1", LevelKind.KNOWLEDGE, DATA), VERIFIED), NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(d.outcomes(ConditionResult.FAIL)).singleElement()
                .satisfies(o -> assertThat(o.message()).isEqualTo("level knowledge is below skill"));
    }

    @Test
    void informalLevelIsNotComparableWithAFormalMinimum() {
        Decision d = HIRING.evaluate(entry(leveled("urn:c:1", LevelKind.RECOGNITION, DATA), VERIFIED), NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(d.outcomes(ConditionResult.FAIL).get(0).message()).contains("not comparable");
    }

    @Test
    void unclassifiedCredentialIsReferred() {
        Credential plain = Credential.of(Badges.credential("urn:c:1", Badges.achievement("urn:a:1", "Plain")
                .addAlignment(dev.laurel.badges.core.model.ob3.Alignment.of("Data", DATA)).build()));

        Decision d = HIRING.evaluate(entry(plain, VERIFIED), NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REFER);
        assertThat(d.outcomes(ConditionResult.UNKNOWN)).singleElement()
                .satisfies(o -> assertThat(o.message()).contains("unclassified"));
    }

    @Test
    void levelInferredWithTooLittleConfidenceIsReferred() {
        // Course alone: knowledge inferred at 0.40; an ability minimum asked at 0.6 confidence cannot judge it.
        Achievement course = Badges.achievement("urn:a:1", "Course").achievementType(AchievementType.COURSE).build();
        BackpackEntry e = entry(Credential.of(Badges.credential("urn:c:1", course)), VERIFIED);

        Decision d = Policy.builder().minimumLevel(CredentialLevel.ability()).build().evaluate(e, NOW);

        assertThat(e.classification().confidence()).isEqualTo(0.40);
        assertThat(d.verdict()).isEqualTo(Verdict.REFER);
        assertThat(Policy.builder().minimumLevel(CredentialLevel.ability(), 0.3).build().evaluate(e, NOW).verdict())
                .isEqualTo(Verdict.REJECT);
    }

    @Test
    void unknownVerificationIsReferredNotRejected() {
        Decision d = HIRING.evaluate(entry(leveled("urn:c:1", LevelKind.SKILL, DATA), VerificationStatus.UNKNOWN),
                NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REFER);
        assertThat(d.outcomes(ConditionResult.UNKNOWN)).extracting(o -> o.condition().kind())
                .containsExactly(ConditionKind.VERIFIED);
    }

    @Test
    void unknownCanBeMadeToReject() {
        Policy strict = new Policy(HIRING.conditions(), Verdict.REJECT);

        Decision d = strict.evaluate(entry(leveled("urn:c:1", LevelKind.SKILL, DATA), VerificationStatus.UNKNOWN),
                NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void policyNeverAcceptsWhatItCouldNotCheck() {
        assertThatThrownBy(() -> Policy.builder().onUnknown(Verdict.ACCEPT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REFER or REJECT");
        assertThatThrownBy(() -> new Policy(List.of(), Verdict.ACCEPT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failedVerificationIsRejected() {
        Decision d = HIRING.evaluate(entry(leveled("urn:c:1", LevelKind.SKILL, DATA),
                VerificationStatus.notVerified(NOW)), NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void revokedIsRejectedEvenWhenTheSignatureVerified() {
        VerificationStatus revoked = new VerificationStatus(dev.laurel.badges.core.taxonomy.backpack
                .VerificationState.VERIFIED, true, KeyBinding.UNKNOWN, Optional.of(NOW));
        BackpackEntry e = entry(leveled("urn:c:1", LevelKind.SKILL, DATA), revoked);

        assertThat(HIRING.evaluate(e, NOW).verdict()).isEqualTo(Verdict.REJECT);
        assertThat(Policy.builder().notRevoked().build().evaluate(e, NOW).verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void notRevokedIsUnknownUntilChecked() {
        BackpackEntry unchecked = entry(leveled("urn:c:1", LevelKind.SKILL), VerificationStatus.UNKNOWN);
        BackpackEntry checked = entry(leveled("urn:c:1", LevelKind.SKILL), VERIFIED);
        Policy p = Policy.builder().notRevoked().build();

        assertThat(p.evaluate(unchecked, NOW).verdict()).isEqualTo(Verdict.REFER);
        assertThat(p.evaluate(checked, NOW).verdict()).isEqualTo(Verdict.ACCEPT);
    }

    @Test
    void ob2AssertionDeclaringItselfRevokedIsRejected() {
        Credential revoked = Credential.of(Badges.assertion("https://example.org/a/1",
                Badges.leveledBadgeClass("https://example.org/b/1", LevelKind.SKILL)).toBuilder().revoked(true)
                .build());

        assertThat(Policy.builder().notRevoked().build().evaluate(revoked, VERIFIED, NOW).verdict())
                .isEqualTo(Verdict.REJECT);
    }

    @Test
    void untrustedIssuerIsRejected() {
        Decision d = HIRING.evaluate(entry(dated("urn:c:1", LevelKind.SKILL, Badges.OTHER_ISSUER, Badges.ISSUED,
                Optional.empty()), VERIFIED), NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(d.outcomes(ConditionResult.FAIL).get(0).message()).contains("not on the trust list");
    }

    @Test
    void unknownIssuerAndUnreadableAlignmentsAreReferred() {
        Assertion byIri = Assertion.builder().id("https://example.org/a/1")
                .recipient(IdentityObject.plain("email", "x@example.org")).badge("https://example.org/b/1")
                .verification(VerificationObject.hosted()).issuedOn(NOW.minusSeconds(60)).build();
        Policy p = Policy.builder().alignedTo(DATA).trustedIssuers(List.of(Badges.ISSUER)).build();

        Decision d = p.evaluate(Credential.of(byIri), VERIFIED, NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REFER);
        assertThat(d.outcomes(ConditionResult.UNKNOWN)).hasSize(2);
    }

    @Test
    void notAlignedIsRejected() {
        Decision d = HIRING.evaluate(entry(leveled("urn:c:1", LevelKind.SKILL, "https://example.org/c/other"),
                VERIFIED), NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void alignmentMatchesByTargetCodeToo() {
        Achievement a = Badges.achievement("urn:a:1", "A").level(CredentialLevel.skill())
                .addAlignment(dev.laurel.badges.core.model.ob3.Alignment.of("Data", "https://example.org/x",
                        "Framework", "DATA-1"))
                .build();

        Decision d = Policy.builder().alignedTo("DATA-1").build()
                .evaluate(Credential.of(Badges.credential("urn:c:1", a)), VERIFIED, NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.ACCEPT);
    }

    @Test
    void expiredIsRejected() {
        Decision d = HIRING.evaluate(entry(dated("urn:c:1", LevelKind.SKILL, Badges.ISSUER, Badges.ISSUED,
                Optional.of(Instant.parse("2025-01-01T00:00:00Z"))), VERIFIED), NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(d.outcomes(ConditionResult.FAIL)).singleElement()
                .satisfies(o -> assertThat(o.message()).isEqualTo("expired at 2025-01-01T00:00:00Z"));
    }

    @Test
    void notYetValidIsRejected() {
        Decision d = Policy.builder().notExpired().build().evaluate(entry(dated("urn:c:1", LevelKind.SKILL,
                Badges.ISSUER, Instant.parse("2026-01-01T00:00:00Z"), Optional.empty()), VERIFIED), NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(d.outcomes().get(0).message()).startsWith("not valid until");
    }

    @Test
    void issuedTooLongAgoIsRejectedAndTheBoundaryIsExact() {
        Policy p = Policy.builder().issuedWithin(Period.ofYears(3)).build();
        Instant boundary = Instant.parse("2022-06-01T00:00:00Z");

        assertThat(p.evaluate(entry(dated("urn:c:1", LevelKind.SKILL, Badges.ISSUER, boundary, Optional.empty()),
                VERIFIED), NOW).verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(p.evaluate(entry(dated("urn:c:1", LevelKind.SKILL, Badges.ISSUER, boundary.minusSeconds(1),
                Optional.empty()), VERIFIED), NOW).verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void issuedAfterTheInstantOfJudgementIsRejected() {
        Decision d = Policy.builder().issuedWithin(Period.ofYears(3)).build().evaluate(entry(dated("urn:c:1",
                LevelKind.SKILL, Badges.ISSUER, NOW.plusSeconds(1), Optional.empty()), VERIFIED), NOW);

        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void issuerKeyBindingTurnsTheWarningIntoAFailure() {
        Policy p = Policy.builder().requireIssuerKeyBinding().build();
        Credential c = leveled("urn:c:1", LevelKind.SKILL);

        assertThat(p.evaluate(entry(c, VERIFIED.withKeyBinding(KeyBinding.CONFIRMED)), NOW).verdict())
                .isEqualTo(Verdict.ACCEPT);
        assertThat(p.evaluate(entry(c, VERIFIED.withKeyBinding(KeyBinding.UNCONFIRMED)), NOW).verdict())
                .isEqualTo(Verdict.REJECT);
        assertThat(p.evaluate(entry(c, VERIFIED), NOW).verdict()).isEqualTo(Verdict.REFER);
    }

    @Test
    void levelInAcceptsOnlyTheNamedLevels() {
        Policy cpd = Policy.builder().levelIn(LevelKind.PARTICIPATION, LevelKind.RECOGNITION).build();

        assertThat(cpd.evaluate(entry(leveled("urn:c:1", LevelKind.PARTICIPATION), VERIFIED), NOW).verdict())
                .isEqualTo(Verdict.ACCEPT);
        Decision d = cpd.evaluate(entry(leveled("urn:c:2", LevelKind.SKILL), VERIFIED), NOW);
        assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(d.outcomes().get(0).message()).isEqualTo("level skill is not one of participation, recognition");
    }

    @Test
    void emptyPolicyAcceptsEverything() {
        assertThat(Policy.builder().build().evaluate(entry(leveled("urn:c:1", LevelKind.SKILL),
                VerificationStatus.UNKNOWN), NOW).verdict()).isEqualTo(Verdict.ACCEPT);
    }

    @Test
    void clockGivesTheInstant() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        BackpackEntry e = entry(leveled("urn:c:1", LevelKind.ABILITY, DATA), VERIFIED);

        assertThat(HIRING.evaluate(e, clock)).isEqualTo(HIRING.evaluate(e, NOW));
    }

    @Test
    void batchEvaluationGivesEveryDecisionAndTheBest() {
        Backpack pack = Backpack.empty()
                .with(leveled("urn:c:knowledge", LevelKind.KNOWLEDGE, DATA), Visibility.PRIVATE, VERIFIED)
                .with(leveled("urn:c:skill", LevelKind.SKILL, DATA), Visibility.PRIVATE, VERIFIED)
                .with(leveled("urn:c:cert", LevelKind.CERTIFICATION, DATA), Visibility.PRIVATE, VERIFIED)
                .with(leveled("urn:c:unknown", LevelKind.CERTIFICATION, DATA), Visibility.PRIVATE,
                        VerificationStatus.UNKNOWN);

        PolicyReport preview = HIRING.evaluate(pack, NOW, Counting.PREVIEW);

        assertThat(preview.decisions()).extracting(Decision::verdict)
                .containsExactly(Verdict.REJECT, Verdict.ACCEPT, Verdict.ACCEPT, Verdict.REFER);
        assertThat(preview.best().orElseThrow().entry().id()).contains("urn:c:cert");
        assertThat(preview.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(preview.withVerdict(Verdict.ACCEPT)).hasSize(2);

        PolicyReport report = HIRING.evaluate(pack, NOW);

        assertThat(report.decisions()).extracting(Decision::verdict)
                .containsExactly(Verdict.REJECT, Verdict.ACCEPT, Verdict.ACCEPT);
        assertThat(report.ignored()).extracting(u -> u.id().orElseThrow()).containsExactly("urn:c:unknown");
        assertThat(report.best().orElseThrow().entry().id()).contains("urn:c:cert");
        assertThat(report.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(report.withVerdict(Verdict.ACCEPT)).hasSize(2);
        assertThat(HIRING.evaluate(pack, Clock.fixed(NOW, ZoneOffset.UTC))).isEqualTo(report);
    }

    @Test
    void bestOfNothingAcceptableIsAReferralBeforeARejection() {
        Backpack pack = Backpack.empty()
                .with(leveled("urn:c:low", LevelKind.KNOWLEDGE, DATA), Visibility.PRIVATE, VERIFIED)
                .with(leveled("urn:c:unverified", LevelKind.SKILL, DATA));

        PolicyReport preview = HIRING.evaluate(pack, NOW, Counting.PREVIEW);

        assertThat(preview.best().orElseThrow().entry().id()).contains("urn:c:unverified");
        assertThat(preview.verdict()).isEqualTo(Verdict.REFER);

        PolicyReport report = HIRING.evaluate(pack, NOW);

        assertThat(report.best().orElseThrow().entry().id()).contains("urn:c:low");
        assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void bestOfNothingAcceptableAmongVerifiedIsAReferralBeforeARejection() {
        Credential plain = Credential.of(Badges.credential("urn:c:plain", Badges.achievement("urn:a:plain", "Plain")
                .addAlignment(dev.laurel.badges.core.model.ob3.Alignment.of("Data", DATA)).build()));
        Backpack pack = Badges.verified(List.of(leveled("urn:c:low", LevelKind.KNOWLEDGE, DATA), plain));

        PolicyReport report = HIRING.evaluate(pack, NOW);

        assertThat(report.best().orElseThrow().entry().id()).contains("urn:c:plain");
        assertThat(report.verdict()).isEqualTo(Verdict.REFER);
        assertThat(report.ignored()).isEmpty();
    }

    @Test
    void emptyBackpackIsRejected() {
        PolicyReport report = HIRING.evaluate(Backpack.empty(), NOW);

        assertThat(report.best()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void conditionsCheckTheirArguments() {
        assertThatThrownBy(() -> new Condition.MinimumLevel(CredentialLevel.skill(), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition.AlignedTo(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition.TrustedIssuers(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition.LevelIn(java.util.Set.of(), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition.IssuedWithin(Period.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Condition.TrustedIssuers(List.of("a", "b", "a")).issuerIds()).containsExactly("a", "b");
    }

    @Test
    void everyConditionKindIsBuiltByTheBuilder() {
        Policy all = Policy.builder().minimumLevel(CredentialLevel.skill()).levelIn(LevelKind.SKILL).alignedTo("x")
                .trustedIssuers(List.of("i")).trustedBy("registry", id -> TrustAnswer.trusted("listed")).requireVerified().requireIssuerKeyBinding().notExpired().notRevoked()
                .issuedWithin(Period.ofYears(1)).build();

        assertThat(all.conditions()).extracting(Condition::kind).containsExactly(ConditionKind.values());
        assertThat(all.onUnknown()).isEqualTo(Verdict.REFER);
    }
}
