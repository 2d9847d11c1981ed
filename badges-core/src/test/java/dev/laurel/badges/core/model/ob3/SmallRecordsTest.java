package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Timestamp;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Factories and helpers of the smaller records and the vocabularies. */
class SmallRecordsTest {

    private static final String SPEC_HASH = "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399";

    @Test
    void factoriesWriteTheRequiredType() {
        assertThat(Image.of("https://x.example/i.png").type()).contains("Image");
        assertThat(Image.of("https://x.example/i.png", "caption").type()).contains("Image");
        assertThat(Alignment.of("n", "https://x.example").type()).containsExactly("Alignment");
        assertThat(Evidence.ofNarrative("n").type()).containsExactly("Evidence");
        assertThat(GeoCoordinates.of(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN).type())
                .contains("GeoCoordinates");
        assertThat(IdentifierEntry.of("1", IdentifierTypeEnum.ISBN).type()).contains("IdentifierEntry");
        assertThat(Related.of("urn:x").type()).containsExactly("Related");
        assertThat(Result.ofValue("urn:rd", "A").type()).containsExactly("Result");
        assertThat(RubricCriterionLevel.of("urn:l", "Mastery").type()).containsExactly("RubricCriterionLevel");
        assertThat(EndorsementSubject.of("urn:x", "good").type()).containsExactly("EndorsementSubject");
        assertThat(Address.of("NL", "Utrecht").type()).containsExactly("Address");
        assertThat(IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "a@b.c").type())
                .contains("IdentityObject");
        assertThat(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "a@b.c", "salt").type())
                .contains("IdentityObject");
    }

    @Test
    void factoriesOfTheSingleTypedRecordsTakeTheTypeGiven() {
        assertThat(CredentialSchema.of("https://x.example/schema.json", "1EdTechJsonSchemaValidator2019").type())
                .contains("1EdTechJsonSchemaValidator2019");
        assertThat(CredentialStatus.of("https://x.example/status", "1EdTechRevocationList").type())
                .contains("1EdTechRevocationList");
        assertThat(RefreshService.of("https://x.example/refresh", "1EdTechCredentialRefresh").type())
                .contains("1EdTechCredentialRefresh");
        assertThat(TermsOfUse.of("https://x.example/terms", "ext:Policy").type()).contains("ext:Policy");
    }

    @Test
    void factoriesRejectNull() {
        assertThatThrownBy(() -> Image.of(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> Alignment.of("n", null)).hasMessage("targetUrl");
        assertThatThrownBy(() -> Criteria.ofNarrative(null)).hasMessage("narrative");
        assertThatThrownBy(() -> CredentialStatus.of("urn:s", null)).hasMessage("type");
        assertThatThrownBy(() -> CredentialSchema.of("urn:s", null)).hasMessage("type");
        assertThatThrownBy(() -> RefreshService.of("urn:s", null)).hasMessage("type");
        assertThatThrownBy(() -> TermsOfUse.of("urn:s", null)).hasMessage("type");
        assertThatThrownBy(() -> AchievementType.of(null)).hasMessage("value");
    }

    @Test
    void criteriaAreDescribedByAnIdOrANonBlankNarrative() {
        assertThat(Criteria.ofId("https://x.example/c").isDescribed()).isTrue();
        assertThat(Criteria.ofNarrative("Do it.").isDescribed()).isTrue();
        assertThat(Criteria.ofNarrative(" \n").isDescribed()).isFalse();
        assertThat(new Criteria(Optional.empty(), Optional.empty(), Extensions.NONE).isDescribed()).isFalse();
    }

    @Test
    void proofOptionsGainAndLoseTheirValue() {
        Proof options = Proof.dataIntegrity("eddsa-rdfc-2022", Timestamp.parse("2024-01-01T00:00:00Z"),
                "did:key:z6Mk#z6Mk", "assertionMethod");
        assertThat(options.type()).contains("DataIntegrityProof");
        assertThat(options.proofValue()).isEmpty();
        Proof signed = options.withProofValue("z3Fx");
        assertThat(signed.proofValue()).contains("z3Fx");
        assertThat(signed.withoutProofValue()).isEqualTo(options);
    }

    @Test
    void identityHashOfTheSpecificationExampleIsReproduced() {
        // OB 3.0, IdentityHash: 'a@example.com' salted with 'Kosher'.
        IdentityObject o = IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "a@example.com", "Kosher");
        assertThat(o.identityHash()).contains(SPEC_HASH);
        assertThat(o.hashed()).contains(true);
        assertThat(o.salt()).contains("Kosher");
        assertThat(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "a@example.com", "").salt()).isEmpty();
    }

    @Test
    void hashedIdentityMatchesOnlyItsPlainIdentity() {
        IdentityObject upper = new IdentityObject(Optional.of("IdentityObject"), Optional.of(true),
                Optional.of(SPEC_HASH.toUpperCase(java.util.Locale.ROOT).replace("SHA256$", "sha256$")),
                Optional.of(IdentifierTypeEnum.EMAIL_ADDRESS), Optional.of("Kosher"), Extensions.NONE);
        assertThat(upper.matches("a@example.com")).isTrue();
        assertThat(upper.matches("b@example.com")).isFalse();
        IdentityObject md5 = new IdentityObject(Optional.of("IdentityObject"), Optional.of(true),
                Optional.of("md5$ddd142639a792e74751ee7e129237efa"), Optional.of(IdentifierTypeEnum.EMAIL_ADDRESS),
                Optional.empty(), Extensions.NONE);
        assertThat(md5.matches("a@example.comKosher")).isTrue();
    }

    @Test
    void plainIdentityMatchesByEquality() {
        IdentityObject plain = IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "a@example.com");
        assertThat(plain.matches("a@example.com")).isTrue();
        assertThat(plain.matches("A@example.com")).isFalse();
    }

    @Test
    void malformedOrIncompleteIdentityMatchesNothing() {
        IdentityObject unknownAlgorithm = new IdentityObject(Optional.of("IdentityObject"), Optional.of(true),
                Optional.of("sha1$abc"), Optional.empty(), Optional.empty(), Extensions.NONE);
        IdentityObject noDollar = new IdentityObject(Optional.of("IdentityObject"), Optional.of(true),
                Optional.of("abc"), Optional.empty(), Optional.empty(), Extensions.NONE);
        IdentityObject noHashedFlag = new IdentityObject(Optional.of("IdentityObject"), Optional.empty(),
                Optional.of("a@example.com"), Optional.empty(), Optional.empty(), Extensions.NONE);
        assertThat(unknownAlgorithm.matches("abc")).isFalse();
        assertThat(noDollar.matches("abc")).isFalse();
        assertThat(noHashedFlag.matches("a@example.com")).isFalse();
    }

    @Test
    void extensibleVocabulariesAcceptExtTermsOnly() {
        assertThat(AchievementType.of("ext:Webinar").isExtension()).isTrue();
        assertThat(AchievementType.of("ext:Webinar").isAllowed()).isTrue();
        assertThat(AchievementType.of("ext:Webinar").isStandard()).isFalse();
        assertThat(AchievementType.of("ext:").isAllowed()).isFalse();
        assertThat(AchievementType.of("ext:has space").isAllowed()).isFalse();
        assertThat(AchievementType.of("Webinar").isAllowed()).isFalse();
        assertThat(AchievementType.of("certification").isStandard()).as("terms are case-sensitive").isFalse();
        assertThat(AlignmentTargetType.CEASN_COMPETENCY.value()).isEqualTo("ceasn:Competency");
        assertThat(IdentifierTypeEnum.of("ext:name").isAllowed()).isTrue();
    }

    @Test
    void termsCompareByValue() {
        assertThat(ResultType.of("Percent")).isEqualTo(ResultType.PERCENT);
        assertThat(ResultStatusType.of("Completed").isStandard()).isTrue();
        assertThat(ResultStatusType.standardValues()).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void obContextsAreRecognised() {
        assertThat(Ob3Terms.isObContext("https://purl.imsglobal.org/spec/ob/v3p0/context.json")).isTrue();
        assertThat(Ob3Terms.isObContext("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")).isTrue();
        assertThat(Ob3Terms.isObContext("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json")).isFalse();
        assertThat(Ob3Terms.isObContext("http://purl.imsglobal.org/spec/ob/v3p0/context.json")).isFalse();
        assertThat(Ob3Terms.defaultContext()).hasSize(2);
    }
}
