package dev.laurel.badges.core.model.clr;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.validation.BadgeValidator;
import dev.laurel.badges.core.validation.ValidationCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CLR 2.0 records, their builders and the CLR rules of {@code ClrRules}. */
class ClrModelTest {

    private static final String COURSE = "https://example.edu/achievements/course-101";
    private static final String PROGRAMME = "https://example.edu/achievements/programme";

    @Test
    void aBuiltClrIsValid() {
        ClrCredential clr = ClrFixtures.clr(List.of(COURSE, PROGRAMME),
                List.of(Association.of(AssociationType.IS_PART_OF, COURSE, PROGRAMME)));
        assertThat(BadgeValidator.standard().validate(clr)).isEmpty();
        assertThat(clr.type()).containsExactly("VerifiableCredential", "ClrCredential");
        assertThat(clr.context()).containsExactly(JsonValue.of("https://www.w3.org/ns/credentials/v2"),
                JsonValue.of(ClrCredential.CLR_CONTEXT),
                JsonValue.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(clr.credentials()).hasSize(2);
        assertThat(clr.credentialSubject().orElseThrow().allAchievements()).extracting(a -> a.id().orElseThrow())
                .containsExactly(COURSE, PROGRAMME);
        assertThat(clr.isVcdm11()).isFalse();
    }

    @Test
    void theBuilderNamesEveryMissingRequiredProperty() {
        assertThatThrownBy(() -> ClrCredential.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id").hasMessageContaining("name").hasMessageContaining("credentialSubject")
                .hasMessageContaining("issuer").hasMessageContaining("validFrom");
        assertThatThrownBy(() -> ClrSubject.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("verifiableCredential").hasMessageContaining("id or identifier");
    }

    @Test
    void aSubjectIdentifiedOnlyByAnIdentifierBuilds() {
        ClrSubject subject = ClrSubject.builder()
                .addIdentifier(IdentityObject.plain(dev.laurel.badges.core.model.ob3.IdentifierTypeEnum.EMAIL_ADDRESS,
                        "sam@example.org"))
                .addVerifiableCredential(ClrFixtures.credential(COURSE))
                .build();
        assertThat(subject.id()).isEmpty();
        assertThat(subject.toBuilder().build()).isEqualTo(subject);
    }

    @Test
    void aSubjectWithNeitherIdNorIdentifierIsReportedAtItsPointer() {
        ClrCredential clr = ClrFixtures.clr(List.of(COURSE), List.of());
        ClrSubject subject = clr.credentialSubject().orElseThrow();
        ClrSubject anonymous = new ClrSubject(Optional.empty(), subject.type(), List.of(), List.of(),
                subject.verifiableCredential(), List.of(), Extensions.NONE);
        List<Problem> problems = BadgeValidator.standard().validate(clr.toBuilder().credentialSubject(anonymous).build());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ValidationCode.SUBJECT_NOT_IDENTIFIED);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.path()).isEqualTo("/credentialSubject");
        });
    }

    @Test
    void anAssociationToAnAchievementTheClrDoesNotHoldIsAWarningAtItsEnd() {
        ClrCredential clr = ClrFixtures.clr(List.of(COURSE),
                List.of(Association.of(AssociationType.IS_PART_OF, COURSE, PROGRAMME)));
        assertThat(BadgeValidator.standard().validate(clr)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ValidationCode.ASSOCIATION_NOT_RESOLVED);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.path()).isEqualTo("/credentialSubject/association/0/targetId");
        });
    }

    @Test
    void achievementsOfTheSubjectItselfResolveAssociationsToo() {
        ClrCredential clr = ClrFixtures.clr(List.of(COURSE),
                List.of(Association.of(AssociationType.PRECEDES, COURSE, PROGRAMME)));
        ClrSubject subject = clr.credentialSubject().orElseThrow().toBuilder()
                .addAchievement(dev.laurel.badges.core.model.ob3.Achievement.builder().id(PROGRAMME).name("Programme")
                        .description("The programme").criteria(
                                dev.laurel.badges.core.model.ob3.Criteria.ofNarrative("All courses.")).build())
                .build();
        assertThat(BadgeValidator.standard().validate(clr.toBuilder().credentialSubject(subject).build())).isEmpty();
    }

    @Test
    void associationTypeIsAnOpenVocabulary() {
        assertThat(AssociationType.standardValues()).extracting(AssociationType::value).containsExactly("exactMatchOf",
                "isChildOf", "isParentOf", "isPartOf", "isPeerOf", "isRelatedTo", "precedes", "replacedBy");
        assertThat(AssociationType.of("isPartOf")).isEqualTo(AssociationType.IS_PART_OF);
        assertThat(AssociationType.of("ext:isCorequisiteOf").isAllowed()).isTrue();
        assertThat(AssociationType.of("ext:isCorequisiteOf").isStandard()).isFalse();
        assertThat(AssociationType.of("isSiblingOf").isAllowed()).isFalse();
        ClrCredential clr = ClrFixtures.clr(List.of(COURSE, PROGRAMME),
                List.of(Association.of(AssociationType.of("isSiblingOf"), COURSE, PROGRAMME),
                        Association.of(AssociationType.of("ext:isCorequisiteOf"), COURSE, PROGRAMME)));
        assertThat(BadgeValidator.standard().validate(clr)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ValidationCode.VALUE_NOT_ALLOWED);
            assertThat(p.path()).isEqualTo("/credentialSubject/association/0/associationType");
        });
    }

    @Test
    void wrongTypesAndContextsAreFound() {
        ClrCredential valid = ClrFixtures.clr(List.of(COURSE), List.of());
        ClrCredential wrong = valid.toBuilder().type(List.of("VerifiableCredential"))
                .context(List.of(JsonValue.of("https://www.w3.org/ns/credentials/v2"))).build();
        assertThat(BadgeValidator.standard().validate(wrong)).extracting(Problem::code, Problem::path)
                .contains(org.assertj.core.groups.Tuple.tuple(ValidationCode.MISSING_TYPE, "/type"),
                        org.assertj.core.groups.Tuple.tuple(ValidationCode.SPEC_RULE_BROKEN, "/@context"));
        Association untyped = new Association(Optional.of("Link"), Optional.of(AssociationType.IS_PEER_OF),
                Optional.of(COURSE), Optional.of(COURSE), Extensions.NONE);
        ClrSubject subject = valid.credentialSubject().orElseThrow().toBuilder().addAssociation(untyped).build();
        assertThat(BadgeValidator.standard().validate(valid.toBuilder().credentialSubject(subject).build()))
                .extracting(Problem::code, Problem::path).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ValidationCode.VALUE_NOT_ALLOWED,
                                "/credentialSubject/association/0/type"));
    }

    @Test
    void aVcdm11ClrNeedsAnIssuanceDate() {
        ClrCredential v11 = ClrFixtures.clr(List.of(COURSE), List.of()).toBuilder()
                .context(List.of(JsonValue.of("https://www.w3.org/2018/credentials/v1"),
                        JsonValue.of("https://purl.imsglobal.org/spec/clr/v2p0/context.json")))
                .issuanceDate(Instant.parse("2025-06-30T00:00:00Z")).build();
        assertThat(v11.isVcdm11()).isTrue();
        assertThat(v11.missingValidityStart()).isEmpty();
        assertThat(BadgeValidator.standard().validate(v11)).isEmpty();
        assertThat(v11.withProof(List.of()).proof()).isEmpty();
    }
}
