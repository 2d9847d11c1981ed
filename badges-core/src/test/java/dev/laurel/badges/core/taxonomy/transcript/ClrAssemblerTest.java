package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.clr.Association;
import dev.laurel.badges.core.model.clr.AssociationType;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import dev.laurel.badges.core.validation.BadgeValidator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.laurel.badges.core.taxonomy.transcript.TranscriptFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ClrAssemblerTest {

    private static final Instant NOW = Instant.parse("2025-06-30T00:00:00Z");

    /** A backpack of the fixture's credentials: all verified but the meetup. */
    private static Backpack backpack() {
        Backpack b = Backpack.empty();
        for (OpenBadgeCredential c : NESTED) {
            boolean meetup = c.achievement().flatMap(a -> a.id()).orElseThrow().equals(MEETUP);
            b = b.with(Credential.of(c), Visibility.PRIVATE,
                    meetup ? VerificationStatus.UNKNOWN : VerificationStatus.verified(Badges.CHECKED));
        }
        return b;
    }

    private static ClrAssembler base() {
        return ClrAssembler.create().id("urn:uuid:7a3c5e90-1f4b-4c1e-8d2a-6b9f0e1d2c3b").name("Data science record")
                .issuer(REGISTRAR).validFrom(NOW);
    }

    private static List<Problem> refusal(ClrAssembler assembler) {
        return catchThrowableOfType(ClrAssemblyException.class, assembler::assemble).problems();
    }

    @Test
    void assemblesAValidClrFromTheVerifiedCredentialsOfABackpackNestingThemAsTheyAre() {
        Pathways programmes = Pathways.of(List.of(Pathway.builder("programme", "Programme").goal(PROGRAMME)
                .require(INTRO).anyOf("capstone", 1, Step.achievement(MODELLING), Step.achievement(PIPELINES))
                .competency("ds", dev.laurel.badges.core.taxonomy.CredentialLevel.skill(), DATA_SCIENCE)
                .build()));
        ClrCredential clr = base().description("Selected records").learner(Badges.LEARNER)
                .choose(backpack(), BackpackEntry::isVerified)
                .achievement(PROGRAMME_ACHIEVEMENT)
                .associate(Association.of(AssociationType.PRECEDES, INTRO, PYTHON))
                .associate(Association.of(AssociationType.IS_PART_OF, INTRO, PROGRAMME))
                .inferAssociations(programmes)
                .assemble();

        assertThat(BadgeValidator.standard().validate(clr)).isEmpty();
        assertThat(clr.proof()).isEmpty();
        assertThat(clr.credentialSubject().orElseThrow().id()).contains(Badges.LEARNER);
        List<OpenBadgeCredential> nested = clr.credentials();
        assertThat(nested).hasSize(NESTED.size() - 1);
        for (int i = 0; i < nested.size(); i++) {
            // The very objects given: a signed credential is never rebuilt.
            OpenBadgeCredential expected = NESTED.get(i < 5 ? i : i + 1);
            assertThat(nested.get(i)).isSameAs(expected);
        }
        assertThat(clr.credentialSubject().orElseThrow().association()).containsExactly(
                Association.of(AssociationType.PRECEDES, INTRO, PYTHON),
                Association.of(AssociationType.IS_PART_OF, INTRO, PROGRAMME),
                Association.of(AssociationType.IS_PART_OF, MODELLING, PROGRAMME),
                Association.of(AssociationType.IS_PART_OF, PIPELINES, PROGRAMME));

        Transcript t = Transcript.of(clr, allVerified(nested.size()));
        assertThat(t.findings()).isEmpty();
        assertThat(t.pathways().get(PROGRAMME).orElseThrow().steps())
                .containsExactly(Step.achievement(INTRO), Step.achievement(MODELLING), Step.achievement(PIPELINES));
        assertThat(t.progress()).singleElement().satisfies(p -> assertThat(p.complete()).isTrue());
    }

    @Test
    void theLearnerDefaultsToTheFirstCredentialsSubject() {
        ClrCredential clr = base().choose(NESTED.get(0)).choose(NESTED.get(1)).choose(NESTED.get(0)).assemble();
        assertThat(clr.credentialSubject().orElseThrow().id()).contains(Badges.LEARNER);
        assertThat(clr.credentials()).containsExactly(NESTED.get(0), NESTED.get(1));
    }

    @Test
    void refusesWithoutCredentials() {
        assertThat(refusal(base().learner(Badges.LEARNER))).extracting(Problem::code)
                .containsExactly(TranscriptCode.NO_CREDENTIALS);
    }

    @Test
    void refusesCredentialsOfDifferentLearnersUnlessAllowed() {
        OpenBadgeCredential other = OpenBadgeCredential.builder().id("urn:cred:other").issuer(REGISTRAR)
                .validFrom(Badges.ISSUED).credentialSubject(AchievementSubject.builder().id("did:example:someone-else")
                        .achievement(Badges.leveled(PYTHON, LevelKind.SKILL)).build()).build();
        List<Problem> problems = refusal(base().choose(NESTED.get(0)).choose(other));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(TranscriptCode.DIFFERENT_LEARNERS);
            assertThat(p.path()).isEqualTo("/credentialSubject/verifiableCredential/1");
            assertThat(p.message()).contains("did:example:someone-else");
        });
        ClrCredential allowed = base().choose(NESTED.get(0)).choose(other).allowDifferentLearners().assemble();
        assertThat(allowed.credentials()).hasSize(2);
    }

    @Test
    void aSubjectKnownOnlyByIdentifiersMatchesTheLearnersIdentifiers() {
        IdentityObject email = IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "sam@example.org");
        OpenBadgeCredential byEmail = OpenBadgeCredential.builder().id("urn:cred:email").issuer(REGISTRAR)
                .validFrom(Badges.ISSUED).credentialSubject(AchievementSubject.builder().addIdentifier(email)
                        .achievement(Badges.leveled(PYTHON, LevelKind.SKILL)).build()).build();
        assertThat(refusal(base().choose(byEmail))).extracting(Problem::code)
                .containsExactly(TranscriptCode.NO_LEARNER);
        ClrCredential clr = base().learnerIdentifier(email).choose(byEmail).assemble();
        assertThat(clr.credentialSubject().orElseThrow().identifier()).containsExactly(email);
        assertThat(BadgeValidator.standard().validate(clr)).isEmpty();
        assertThat(refusal(base().learner(Badges.LEARNER).choose(byEmail))).extracting(Problem::code)
                .containsExactly(TranscriptCode.DIFFERENT_LEARNERS);
    }

    @Test
    void refusesAnAssociationToAnUnknownAchievementUnlessAllowed() {
        ClrAssembler a = base().choose(NESTED.get(0))
                .associate(Association.of(AssociationType.IS_PART_OF, INTRO, ELSEWHERE));
        assertThat(refusal(a)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(TranscriptCode.UNKNOWN_ACHIEVEMENT);
            assertThat(p.path()).isEqualTo("/credentialSubject/association/0/targetId");
        });
        ClrCredential allowed = base().choose(NESTED.get(0)).allowUnknownAchievements()
                .associate(Association.of(AssociationType.IS_PART_OF, INTRO, ELSEWHERE)).assemble();
        assertThat(BadgeValidator.standard().validate(allowed)).allSatisfy(p ->
                assertThat(p.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void refusesWhatCannotBeNestedAsItIs() {
        Backpack b = Backpack.empty()
                .with(Credential.of(Badges.assertion("https://issuer.example.org/a/1",
                        Badges.leveledBadgeClass("https://issuer.example.org/b/1", LevelKind.SKILL))))
                .with(Credential.of(NESTED.get(1), "eyJhbGciOiJFZERTQSJ9.eyJ9.c2ln"));
        List<Problem> problems = refusal(base().learner(Badges.LEARNER).choose(b, e -> true));
        assertThat(problems).extracting(Problem::code)
                .containsExactly(TranscriptCode.NOT_NESTABLE, TranscriptCode.NOT_NESTABLE);
        assertThat(problems.get(0).message()).contains("2.0");
        assertThat(problems.get(1).message()).contains("VC-JWT");
    }

    @Test
    void refusesTwoDifferentCredentialsWithOneIdAndReportsEveryProblemAtOnce() {
        OpenBadgeCredential clash = credential(1, Badges.leveled(PYTHON, LevelKind.SKILL));
        ClrAssemblyException e = catchThrowableOfType(ClrAssemblyException.class, () -> base()
                .choose(NESTED.get(0)).choose(clash)
                .associate(Association.of(AssociationType.IS_PART_OF, PYTHON, ELSEWHERE)).assemble());
        assertThat(e.problems()).extracting(Problem::code).containsExactly(TranscriptCode.DUPLICATE_CREDENTIAL_ID,
                TranscriptCode.UNKNOWN_ACHIEVEMENT, TranscriptCode.UNKNOWN_ACHIEVEMENT);
        assertThat(e.code()).isEqualTo(TranscriptCode.DUPLICATE_CREDENTIAL_ID);
        assertThat(e.getMessage()).contains("urn:cred:1");
    }

    @Test
    void refusesAClrTheValidatorFindsErrorsIn() {
        // Valid until before valid from: DATES_OUT_OF_ORDER.
        List<Problem> problems = refusal(base().validUntil(NOW.minusSeconds(1)).choose(NESTED.get(0)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(TranscriptCode.INVALID_CLR);
            assertThat(p.message()).contains("DATES_OUT_OF_ORDER");
        });
    }

    @Test
    void theCallersMistakesThrow() {
        assertThatThrownBy(() -> ClrAssembler.create().choose(NESTED.get(0)).assemble())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> ClrAssembler.create().learner(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
