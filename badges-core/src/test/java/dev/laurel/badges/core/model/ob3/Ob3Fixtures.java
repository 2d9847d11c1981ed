package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.taxonomy.CredentialLevel;

import java.math.BigDecimal;
import java.time.Instant;

/** Valid OB 3.0 objects built with the builders, shaped like the specification's full example. */
final class Ob3Fixtures {

    static final String ISSUER_ID = "https://1edtech.edu/issuers/565049";
    static final String ACHIEVEMENT_ID = "https://1edtech.edu/achievements/degree";
    static final String RD_LETTER = "urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c";
    static final String RD_RUBRIC = "urn:uuid:a70ddc6a-4c4a-4bd8-8277-cb97c79f40c5";
    static final String RD_STATUS = "urn:uuid:b07c0387-f2d6-4b65-a3f4-f4e4302ea8f7";
    static final String LEVEL_MASTERED = "urn:uuid:d05a0867-d0ad-4b03-bdb5-28fb5d2aab7a";

    private Ob3Fixtures() {
    }

    static Profile issuer() {
        return Profile.builder()
                .id(ISSUER_ID)
                .name("1EdTech University")
                .url("https://1edtech.edu")
                .phone("1-222-333-4444")
                .description("1EdTech University provides online degree programs.")
                .addEndorsement(endorsement("http://1edtech.edu/endorsementcredential/3736", ISSUER_ID))
                .image(Image.of("https://1edtech.edu/logo.png", "1EdTech University logo"))
                .email("registrar@1edtech.edu")
                .address(new Address(java.util.List.of(Address.TYPE), java.util.Optional.of("USA"),
                        java.util.Optional.of("US"), java.util.Optional.of("TX"), java.util.Optional.of("Austin"),
                        java.util.Optional.of("123 First St"), java.util.Optional.of("1"),
                        java.util.Optional.of("12345"),
                        java.util.Optional.of(GeoCoordinates.of(BigDecimal.ONE, BigDecimal.ONE)),
                        dev.laurel.badges.core.model.Extensions.NONE))
                .addOtherIdentifier(IdentifierEntry.of("12345", IdentifierTypeEnum.SOURCED_ID))
                .addOtherIdentifier(IdentifierEntry.of("67890", IdentifierTypeEnum.NATIONAL_IDENTITY_NUMBER))
                .official("Horace Mann")
                .parentOrg(Profile.of("did:example:123456789", "Universal Universities"))
                .build();
    }

    static EndorsementCredential endorsement(String id, String subject) {
        return EndorsementCredential.builder()
                .id(id)
                .name("EAA endorsement")
                .issuer(Profile.of("https://accrediter.edu/issuers/565049", "Example Accrediting Agency"))
                .validFrom(Instant.parse("2010-01-01T00:00:00Z"))
                .validUntil(Instant.parse("2020-01-01T00:00:00Z"))
                .credentialSubject(EndorsementSubject.of(subject, "1EdTech University is in good standing"))
                .addCredentialSchema(CredentialSchema.of(
                        "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json",
                        "1EdTechJsonSchemaValidator2019"))
                .credentialStatus(CredentialStatus.of("https://1edtech.edu/credentials/3732/revocations",
                        "1EdTechRevocationList"))
                .refreshService(RefreshService.of("http://1edtech.edu/credentials/3732", "1EdTechCredentialRefresh"))
                .addProof(Proof.dataIntegrity("eddsa-rdfc-2022", Timestamp.parse("2022-05-26T18:17:08Z"),
                        "https://accrediter.edu/issuers/565049#key-1", "assertionMethod").withProofValue("z3FXQ"))
                .build();
    }

    static Achievement achievement() {
        Alignment catalog = Alignment.of("1EdTech University Degree", "https://1edtech.edu/catalog/degree",
                "1EdTech University Program and Course Catalog", "degree").withTargetType(AlignmentTargetType.CF_ITEM);
        return Achievement.builder()
                .id(ACHIEVEMENT_ID)
                .addAlignment(catalog)
                .achievementType(AchievementType.DEGREE)
                .creator(issuer())
                .creditsAvailable(new BigDecimal("36.0"))
                .criteria(new Criteria(java.util.Optional.of(ACHIEVEMENT_ID),
                        java.util.Optional.of("# Degree Requirements\nStudents must complete..."),
                        dev.laurel.badges.core.model.Extensions.NONE))
                .description("1EdTech University Degree Description")
                .addEndorsement(endorsement("http://1edtech.edu/endorsementcredential/3734", ISSUER_ID))
                .fieldOfStudy("Research")
                .humanCode("R1")
                .image(Image.of("https://1edtech.edu/achievements/degree/image", "1EdTech University Degree"))
                .inLanguage("en")
                .name("1EdTech University Degree")
                .addOtherIdentifier(IdentifierEntry.of("abde", IdentifierTypeEnum.IDENTIFIER))
                .addRelated(Related.of("https://1edtech.edu/achievements/degree-fr"))
                .addResultDescription(ResultDescription.builder()
                        .id(RD_LETTER).name("Final Project Grade").resultType(ResultType.LETTER_GRADE)
                        .allowedValue(java.util.List.of("D", "C", "B", "A")).requiredValue("C").build())
                .addResultDescription(ResultDescription.builder()
                        .id(RD_RUBRIC).name("Final Project Grade").resultType(ResultType.RUBRIC_CRITERION_LEVEL)
                        .requiredLevel(LEVEL_MASTERED)
                        .addRubricCriterionLevel(RubricCriterionLevel.of(LEVEL_MASTERED, "Mastery"))
                        .build())
                .addResultDescription(ResultDescription.builder()
                        .id(RD_STATUS).name("Project Status").resultType(ResultType.STATUS).build())
                .specialization("Computer Science Research")
                .addTag("research")
                .addTag("computer science")
                .level(CredentialLevel.certification())
                .build();
    }

    static AchievementSubject subject() {
        return AchievementSubject.builder()
                .id("did:example:ebfeb1f712ebc6f1c276e12ec21")
                .activityEndDate(Timestamp.parse("2010-01-02T00:00:00Z"))
                .activityStartDate(Timestamp.parse("2010-01-01T00:00:00Z"))
                .creditsEarned(new BigDecimal("42.0"))
                .achievement(achievement())
                .addIdentifier(IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "student@1edtech.edu"))
                .addIdentifier(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "somebody@gmail.com", "salt"))
                .image(Image.of("https://1edtech.edu/credentials/3732/image"))
                .licenseNumber("A-9320041")
                .narrative("There is a final project report and source code evidence.")
                .addResult(Result.ofValue(RD_LETTER, "A"))
                .addResult(Result.ofLevel(RD_RUBRIC, LEVEL_MASTERED))
                .addResult(Result.ofStatus(RD_STATUS, ResultStatusType.COMPLETED))
                .role("Major Domo")
                .source(Profile.of("https://school.edu/issuers/201234", "1EdTech College of Arts"))
                .term("Fall")
                .build();
    }

    static OpenBadgeCredential credential() {
        return OpenBadgeCredential.builder()
                .addContext(Ob3Terms.OB_EXTENSIONS_CONTEXT)
                .id("http://1edtech.edu/credentials/3732")
                .name("1EdTech University Degree for Example Student")
                .description("1EdTech University Degree Description")
                .image(Image.of("https://1edtech.edu/credentials/3732/image"))
                .awardedDate(Timestamp.parse("2010-01-01T00:00:00+01:00"))
                .credentialSubject(subject())
                .addEndorsement(endorsement("http://1edtech.edu/endorsementcredential/3735", ISSUER_ID))
                .addEndorsementJwt("eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl")
                .addEvidence(Evidence.of("https://1edtech.edu/credentials/3732/evidence/1", "Final Project Report"))
                .addEvidence(Evidence.ofNarrative("# Final Project Report"))
                .issuer(issuer())
                .validFrom(Instant.parse("2010-01-01T00:00:00Z"))
                .validUntil(Instant.parse("2030-01-01T00:00:00Z"))
                .addCredentialSchema(CredentialSchema.of(
                        "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
                        "1EdTechJsonSchemaValidator2019"))
                .credentialStatus(CredentialStatus.of("https://1edtech.edu/credentials/3732/revocations",
                        "1EdTechRevocationList"))
                .refreshService(RefreshService.of("http://1edtech.edu/credentials/3732", "1EdTechCredentialRefresh"))
                .addTermsOfUse(TermsOfUse.of("https://1edtech.edu/terms", "ext:Policy"))
                .extension("https://example.org/ns#note", JsonValue.of("kept"))
                .build();
    }

    /** The smallest valid credential: required properties only. */
    static OpenBadgeCredential minimal() {
        return OpenBadgeCredential.builder()
                .id("urn:uuid:91537dba-56cb-11ec-bf63-0242ac130004")
                .issuer("https://example.com/issuers/876543")
                .validFrom(Instant.parse("2010-01-01T00:00:00Z"))
                .credentialSubject(AchievementSubject.builder()
                        .id("did:example:ebfeb1f712ebc6f1c276e12ec21")
                        .achievement(Achievement.builder()
                                .id("https://example.com/achievements/21st-century-skills/teamwork")
                                .name("Teamwork")
                                .description("Collaborates within a group.")
                                .criteria(Criteria.ofNarrative("Nominated by peers."))
                                .build())
                        .build())
                .build();
    }
}
