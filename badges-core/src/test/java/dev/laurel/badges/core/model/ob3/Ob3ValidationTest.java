package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.validation.BadgeValidator;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static dev.laurel.badges.core.validation.ValidationCode.BLANK_VALUE;
import static dev.laurel.badges.core.validation.ValidationCode.DATES_OUT_OF_ORDER;
import static dev.laurel.badges.core.validation.ValidationCode.DATE_WITHOUT_ZONE;
import static dev.laurel.badges.core.validation.ValidationCode.FORMAL_LEVEL_WITHOUT_CRITERIA;
import static dev.laurel.badges.core.validation.ValidationCode.INVALID_IDENTITY_HASH;
import static dev.laurel.badges.core.validation.ValidationCode.INVALID_IRI;
import static dev.laurel.badges.core.validation.ValidationCode.MISSING_TYPE;
import static dev.laurel.badges.core.validation.ValidationCode.REQUIRED_PROPERTY_MISSING;
import static dev.laurel.badges.core.validation.ValidationCode.SPEC_RULE_BROKEN;
import static dev.laurel.badges.core.validation.ValidationCode.SUBJECT_NOT_IDENTIFIED;
import static dev.laurel.badges.core.validation.ValidationCode.VALUE_NOT_ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each OB 3.0 constraint and spec rule, caught with its code and JSON Pointer. */
class Ob3ValidationTest {

    private static final BadgeValidator VALIDATOR = BadgeValidator.standard();

    private static List<Problem> validate(Object model) {
        return VALIDATOR.validate(model);
    }

    private static OpenBadgeCredential withSubject(UnaryOperator<AchievementSubject.Builder> change) {
        OpenBadgeCredential c = Ob3Fixtures.minimal();
        return c.toBuilder().credentialSubject(change.apply(c.credentialSubject().orElseThrow().toBuilder()).build())
                .build();
    }

    private static OpenBadgeCredential withAchievement(UnaryOperator<Achievement.Builder> change) {
        return withSubject(s -> s.achievement(change.apply(Ob3Fixtures.minimal().achievement().orElseThrow()
                .toBuilder()).build()));
    }

    /** The achievement with a component replaced, bypassing the builder's checks. */
    private static Achievement achievementWithCriteria(Optional<Criteria> criteria, Achievement a) {
        return new Achievement(a.id(), a.type(), a.alignment(), a.achievementType(), a.creator(),
                a.creditsAvailable(), criteria, a.description(), a.endorsement(), a.endorsementJwt(),
                a.fieldOfStudy(), a.humanCode(), a.image(), a.inLanguage(), a.name(), a.otherIdentifier(),
                a.related(), a.resultDescription(), a.specialization(), a.tag(), a.version(), a.extensions());
    }

    private static OpenBadgeCredential withoutSubjectAchievement() {
        AchievementSubject s = Ob3Fixtures.minimal().credentialSubject().orElseThrow();
        AchievementSubject bare = new AchievementSubject(s.id(), s.type(), s.activityEndDate(),
                s.activityStartDate(), s.creditsEarned(), Optional.empty(), s.identifier(), s.image(),
                s.licenseNumber(), s.narrative(), s.result(), s.role(), s.source(), s.term(), s.extensions());
        return Ob3Fixtures.minimal().toBuilder().credentialSubject(bare).build();
    }

    // ------------------------------------------------------------------ valid documents

    @Test
    void fullCredentialBuiltWithTheBuildersHasNoProblems() {
        assertThat(validate(Ob3Fixtures.credential())).isEmpty();
    }

    @Test
    void minimalCredentialHasNoProblems() {
        assertThat(validate(Ob3Fixtures.minimal())).isEmpty();
    }

    @Test
    void achievementCredentialAliasIsAccepted() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder()
                .type(List.of("VerifiableCredential", "AchievementCredential")).build();
        assertThat(validate(c)).isEmpty();
    }

    @Test
    void fragmentsValidateOnTheirOwn() {
        assertThat(validate(Ob3Fixtures.achievement())).isEmpty();
        assertThat(validate(Ob3Fixtures.issuer())).isEmpty();
        assertThat(validate(Ob3Fixtures.endorsement("urn:uuid:1", "https://example.org/x"))).isEmpty();
    }

    // ------------------------------------------------------------------ required properties

    @Test
    void emptyOptionalForARequiredPropertyIsReportedAtItsPointer() {
        assertThat(validate(withoutSubjectAchievement())).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(REQUIRED_PROPERTY_MISSING, "/credentialSubject/achievement"));
    }

    @Test
    void missingNameOfNestedAchievementIsReportedWithItsFullPointer() {
        Achievement a = Ob3Fixtures.minimal().achievement().orElseThrow();
        Achievement nameless = new Achievement(a.id(), a.type(), a.alignment(), a.achievementType(), a.creator(),
                a.creditsAvailable(), a.criteria(), a.description(), a.endorsement(), a.endorsementJwt(),
                a.fieldOfStudy(), a.humanCode(), a.image(), a.inLanguage(), Optional.empty(), a.otherIdentifier(),
                a.related(), a.resultDescription(), a.specialization(), a.tag(), a.version(), a.extensions());
        assertThat(validate(withSubject(s -> s.achievement(nameless)))).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(REQUIRED_PROPERTY_MISSING, "/credentialSubject/achievement/name"));
    }

    @Test
    void blankNameIsABlankValue() {
        assertThat(validate(withAchievement(a -> a.name("  ")))).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(BLANK_VALUE, "/credentialSubject/achievement/name"));
    }

    @Test
    void missingSubjectTypeIsARequiredProperty() {
        AchievementSubject s = Ob3Fixtures.minimal().credentialSubject().orElseThrow();
        AchievementSubject untyped = new AchievementSubject(s.id(), List.of(), s.activityEndDate(),
                s.activityStartDate(), s.creditsEarned(), s.achievement(), s.identifier(), s.image(),
                s.licenseNumber(), s.narrative(), s.result(), s.role(), s.source(), s.term(), s.extensions());
        assertThat(validate(Ob3Fixtures.minimal().toBuilder().credentialSubject(untyped).build()))
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(REQUIRED_PROPERTY_MISSING, "/credentialSubject/type"));
    }

    @Test
    void missingIssuerAndIdOfACredential() {
        OpenBadgeCredential c = Ob3Fixtures.minimal();
        OpenBadgeCredential bare = new OpenBadgeCredential(c.context(), Optional.empty(), c.type(), c.name(),
                c.description(), c.image(), c.awardedDate(), c.credentialSubject(), c.endorsement(),
                c.endorsementJwt(), c.evidence(), Optional.empty(), c.validFrom(), c.validUntil(), c.issuanceDate(),
                c.expirationDate(), c.credentialSchema(), c.credentialStatus(), c.refreshService(), c.termsOfUse(),
                c.proof(), c.extensions());
        assertThat(validate(bare)).extracting(Problem::code, Problem::path).containsExactly(
                tuple(REQUIRED_PROPERTY_MISSING, "/id"),
                tuple(REQUIRED_PROPERTY_MISSING, "/issuer"));
    }

    @Test
    void requiredPropertiesOfListElementsCarryTheIndex() {
        Alignment broken = new Alignment(List.of("Alignment"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Extensions.NONE);
        assertThat(validate(withAchievement(a -> a.addAlignment(Alignment.of("x", "https://x.example"))
                .addAlignment(broken)))).extracting(Problem::code, Problem::path).containsExactly(
                tuple(REQUIRED_PROPERTY_MISSING, "/credentialSubject/achievement/alignment/1/targetName"),
                tuple(REQUIRED_PROPERTY_MISSING, "/credentialSubject/achievement/alignment/1/targetUrl"));
    }

    @Test
    void vcdm20CredentialWithoutValidFromIsReported() {
        OpenBadgeCredential c = Ob3Fixtures.minimal();
        OpenBadgeCredential undated = new OpenBadgeCredential(c.context(), c.id(), c.type(), c.name(),
                c.description(), c.image(), c.awardedDate(), c.credentialSubject(), c.endorsement(),
                c.endorsementJwt(), c.evidence(), c.issuer(), Optional.empty(), c.validUntil(),
                Optional.of(Timestamp.parse("2010-01-01T00:00:00Z")), c.expirationDate(), c.credentialSchema(),
                c.credentialStatus(), c.refreshService(), c.termsOfUse(), c.proof(), c.extensions());
        assertThat(validate(undated)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(REQUIRED_PROPERTY_MISSING, "/validFrom"));
    }

    @Test
    void vcdm11CredentialNeedsIssuanceDateAndName() {
        OpenBadgeCredential v11 = Ob3Fixtures.minimal().toBuilder()
                .context(List.of(JsonValue.of(Ob3Terms.VC_V1_CONTEXT), JsonValue.of(Ob3Terms.OB_CONTEXT)))
                .issuanceDate(Timestamp.parse("2010-01-01T00:00:00Z")).build();
        OpenBadgeCredential noValidFrom = new OpenBadgeCredential(v11.context(), v11.id(), v11.type(),
                Optional.empty(), v11.description(), v11.image(), v11.awardedDate(), v11.credentialSubject(),
                v11.endorsement(), v11.endorsementJwt(), v11.evidence(), v11.issuer(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), Extensions.NONE);
        assertThat(v11.isVcdm11()).isTrue();
        assertThat(validate(noValidFrom)).extracting(Problem::code, Problem::path).containsExactly(
                tuple(REQUIRED_PROPERTY_MISSING, "/issuanceDate"),
                tuple(REQUIRED_PROPERTY_MISSING, "/name"));
    }

    @Test
    void vcdm11CredentialWithIssuanceDateAndNameIsValid() {
        OpenBadgeCredential c = Ob3Fixtures.minimal();
        OpenBadgeCredential v11 = new OpenBadgeCredential(
                List.of(JsonValue.of(Ob3Terms.VC_V1_CONTEXT), JsonValue.of(Ob3Terms.OB_CONTEXT)), c.id(), c.type(),
                Optional.of("Teamwork"), c.description(), c.image(), c.awardedDate(), c.credentialSubject(),
                c.endorsement(), c.endorsementJwt(), c.evidence(), c.issuer(), Optional.empty(), Optional.empty(),
                Optional.of(Timestamp.parse("2010-01-01T00:00:00Z")),
                Optional.of(Timestamp.parse("2030-01-01T00:00:00Z")), List.of(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), Extensions.NONE);
        assertThat(validate(v11)).isEmpty();
    }

    // ------------------------------------------------------------------ types

    @Test
    void credentialWithoutVerifiableCredentialTypeIsMissingType() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder().type(List.of("OpenBadgeCredential")).build();
        assertThat(validate(c)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(MISSING_TYPE, "/type"));
    }

    @Test
    void credentialWithoutBadgeTypeIsMissingType() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder().type(List.of("VerifiableCredential")).build();
        assertThat(validate(c)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(MISSING_TYPE, "/type"));
    }

    @Test
    void embeddedIssuerWithoutProfileTypeIsReportedUnderIssuer() {
        Profile p = Profile.builder().id("https://example.org/issuer").type(List.of("Organization")).build();
        assertThat(validate(Ob3Fixtures.minimal().toBuilder().issuer(p).build()))
                .extracting(Problem::code, Problem::path).containsExactly(tuple(MISSING_TYPE, "/issuer/type"));
    }

    @Test
    void embeddedIssuerIsValidatedThroughTheRef() {
        Profile p = Profile.builder().id("https://example.org/issuer").url("not a url").build();
        assertThat(validate(Ob3Fixtures.minimal().toBuilder().issuer(p).build()))
                .extracting(Problem::code, Problem::path).containsExactly(tuple(INVALID_IRI, "/issuer/url"));
    }

    private static Image image(Optional<String> type) {
        return new Image(Optional.of("https://example.org/i.png"), type, Optional.empty(), Extensions.NONE);
    }

    @Test
    void imageTypeIsTheIriImage() {
        assertThat(validate(withAchievement(a -> a.image(image(Optional.of("Image")))))).isEmpty();
    }

    @Test
    void imageWithAnotherTypeIsNotAllowed() {
        assertThat(validate(withAchievement(a -> a.image(image(Optional.of("Picture"))))))
                .extracting(Problem::code, Problem::path, Problem::message)
                .containsExactly(tuple(VALUE_NOT_ALLOWED, "/credentialSubject/achievement/image/type",
                        "type must be the IRI Image, got a value of 7 characters"));
    }

    @Test
    void imageWithoutTypeIsMissingTypeOnce() {
        assertThat(validate(withAchievement(a -> a.image(image(Optional.empty())))))
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(MISSING_TYPE, "/credentialSubject/achievement/image/type"));
    }

    @Test
    void identityObjectTypeMustBeTheIriIdentityObject() {
        IdentityObject plain = IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "a@example.org");
        IdentityObject untyped = new IdentityObject(Optional.empty(), plain.hashed(), plain.identityHash(),
                plain.identityType(), plain.salt(), Extensions.NONE);
        IdentityObject other = new IdentityObject(Optional.of("Identity"), plain.hashed(), plain.identityHash(),
                plain.identityType(), plain.salt(), Extensions.NONE);
        assertThat(validate(withSubject(s -> s.addIdentifier(untyped).addIdentifier(other))))
                .extracting(Problem::code, Problem::path).containsExactly(
                        tuple(MISSING_TYPE, "/credentialSubject/identifier/0/type"),
                        tuple(VALUE_NOT_ALLOWED, "/credentialSubject/identifier/1/type"));
    }

    @Test
    void identifierEntryTypeMustBeTheIriIdentifierEntry() {
        Achievement a = Ob3Fixtures.minimal().achievement().orElseThrow().toBuilder()
                .addOtherIdentifier(new IdentifierEntry(Optional.empty(), Optional.of("1"),
                        Optional.of(IdentifierTypeEnum.ISBN), Extensions.NONE))
                .addOtherIdentifier(new IdentifierEntry(Optional.of("Identifier"), Optional.of("2"),
                        Optional.of(IdentifierTypeEnum.ISBN), Extensions.NONE))
                .build();
        assertThat(validate(a)).extracting(Problem::code, Problem::path).containsExactly(
                tuple(MISSING_TYPE, "/otherIdentifier/0/type"),
                tuple(VALUE_NOT_ALLOWED, "/otherIdentifier/1/type"));
    }

    @Test
    void geoCoordinatesTypeMustBeTheIriGeoCoordinates() {
        GeoCoordinates untyped = new GeoCoordinates(Optional.empty(), Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.ONE), Extensions.NONE);
        GeoCoordinates other = new GeoCoordinates(Optional.of("Place"), Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.ONE), Extensions.NONE);
        assertThat(validate(untyped)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(MISSING_TYPE, "/type"));
        assertThat(validate(other)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(VALUE_NOT_ALLOWED, "/type"));
    }

    @Test
    void singleTypesWithoutAFixedIriAreRequiredButFree() {
        Proof proof = Proof.dataIntegrity("eddsa-rdfc-2022", Timestamp.parse("2024-01-01T00:00:00Z"),
                "did:example:issuer#key-1", "assertionMethod").withProofValue("z3FXQ");
        Proof untypedProof = new Proof(Optional.empty(), proof.created(), proof.cryptosuite(), proof.challenge(),
                proof.domain(), proof.nonce(), proof.proofPurpose(), proof.proofValue(), proof.verificationMethod(),
                Extensions.NONE);
        OpenBadgeCredential free = Ob3Fixtures.minimal().toBuilder()
                .addCredentialSchema(CredentialSchema.of("https://example.org/schema.json", "ext:MySchema"))
                .credentialStatus(CredentialStatus.of("https://example.org/status", "ext:MyStatus"))
                .refreshService(RefreshService.of("https://example.org/refresh", "ext:MyRefresh"))
                .addTermsOfUse(TermsOfUse.of("https://example.org/terms", "ext:MyTerms"))
                .addProof(new Proof(Optional.of("ext:MyProof"), proof.created(), proof.cryptosuite(),
                        proof.challenge(), proof.domain(), proof.nonce(), proof.proofPurpose(), proof.proofValue(),
                        proof.verificationMethod(), Extensions.NONE))
                .build();
        assertThat(validate(free)).isEmpty();
        OpenBadgeCredential untyped = Ob3Fixtures.minimal().toBuilder()
                .addCredentialSchema(new CredentialSchema(Optional.of("https://example.org/schema.json"),
                        Optional.empty(), Extensions.NONE))
                .credentialStatus(new CredentialStatus(Optional.of("https://example.org/status"), Optional.empty(),
                        Extensions.NONE))
                .refreshService(new RefreshService(Optional.of("https://example.org/refresh"), Optional.empty(),
                        Extensions.NONE))
                .addTermsOfUse(new TermsOfUse(Optional.of("https://example.org/terms"), Optional.empty(),
                        Extensions.NONE))
                .addProof(untypedProof)
                .build();
        assertThat(validate(untyped)).extracting(Problem::code, Problem::path).containsExactly(
                tuple(REQUIRED_PROPERTY_MISSING, "/credentialSchema/0/type"),
                tuple(REQUIRED_PROPERTY_MISSING, "/credentialStatus/type"),
                tuple(REQUIRED_PROPERTY_MISSING, "/proof/0/type"),
                tuple(REQUIRED_PROPERTY_MISSING, "/refreshService/type"),
                tuple(REQUIRED_PROPERTY_MISSING, "/termsOfUse/0/type"));
    }

    @Test
    void endorsementWithoutEndorsementTypeIsMissingType() {
        EndorsementCredential e = Ob3Fixtures.endorsement("urn:uuid:1", "https://example.org/x").toBuilder()
                .type(List.of("VerifiableCredential")).build();
        assertThat(validate(withAchievement(a -> a.addEndorsement(e)))).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(MISSING_TYPE, "/credentialSubject/achievement/endorsement/0/type"));
    }

    // ------------------------------------------------------------------ subject

    @Test
    void subjectWithoutIdOrIdentifierIsNotIdentified() {
        AchievementSubject s = Ob3Fixtures.minimal().credentialSubject().orElseThrow();
        AchievementSubject anonymous = new AchievementSubject(Optional.empty(), s.type(), s.activityEndDate(),
                s.activityStartDate(), s.creditsEarned(), s.achievement(), List.of(), s.image(), s.licenseNumber(),
                s.narrative(), s.result(), s.role(), s.source(), s.term(), s.extensions());
        assertThat(validate(Ob3Fixtures.minimal().toBuilder().credentialSubject(anonymous).build()))
                .extracting(Problem::code, Problem::path, Problem::severity)
                .containsExactly(tuple(SUBJECT_NOT_IDENTIFIED, "/credentialSubject", Severity.ERROR));
    }

    @Test
    void subjectIdentifiedByIdentityObjectOnlyIsValid() {
        AchievementSubject s = AchievementSubject.builder()
                .achievement(Ob3Fixtures.minimal().achievement().orElseThrow())
                .addIdentifier(IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "a@example.org")).build();
        assertThat(s.id()).isEmpty();
        assertThat(validate(Ob3Fixtures.minimal().toBuilder().credentialSubject(s).build())).isEmpty();
    }

    @Test
    void malformedHashedIdentityIsReported() {
        IdentityObject bad = new IdentityObject(Optional.of("IdentityObject"), Optional.of(true),
                Optional.of("sha256$abc"), Optional.of(IdentifierTypeEnum.EMAIL_ADDRESS), Optional.empty(),
                Extensions.NONE);
        assertThat(validate(withSubject(s -> s.addIdentifier(bad)))).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(INVALID_IDENTITY_HASH, "/credentialSubject/identifier/0/identityHash"));
    }

    @Test
    void wellFormedHashesInEitherCaseAndPlainIdentitiesPass() {
        IdentityObject sha = new IdentityObject(Optional.of("IdentityObject"), Optional.of(true),
                Optional.of("sha256$B5809D8A92F8858436D7E6B87C12EBC0AE1EAC4BAECC2C0B913AEE2C922EF399"),
                Optional.of(IdentifierTypeEnum.EMAIL_ADDRESS), Optional.of("Kosher"), Extensions.NONE);
        IdentityObject md5 = new IdentityObject(Optional.of("IdentityObject"), Optional.of(true),
                Optional.of("md5$ddd142639a792e74751ee7e129237efa"), Optional.of(IdentifierTypeEnum.EMAIL_ADDRESS),
                Optional.empty(), Extensions.NONE);
        IdentityObject plain = IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "sha256$not-a-hash");
        assertThat(validate(withSubject(s -> s.addIdentifier(sha).addIdentifier(md5).addIdentifier(plain)))).isEmpty();
    }

    @Test
    void hashOfWrongAlgorithmIsReported() {
        IdentityObject sha1 = new IdentityObject(Optional.of("IdentityObject"), Optional.of(true),
                Optional.of("sha1$" + "a".repeat(40)), Optional.of(IdentifierTypeEnum.EMAIL_ADDRESS), Optional.empty(),
                Extensions.NONE);
        assertThat(validate(withSubject(s -> s.addIdentifier(sha1)))).extracting(Problem::code)
                .containsExactly(INVALID_IDENTITY_HASH);
    }

    @Test
    void identityObjectMissingHashedIsARequiredProperty() {
        IdentityObject o = new IdentityObject(Optional.of("IdentityObject"), Optional.empty(), Optional.of("a@example.org"),
                Optional.of(IdentifierTypeEnum.EMAIL_ADDRESS), Optional.empty(), Extensions.NONE);
        assertThat(validate(withSubject(s -> s.addIdentifier(o)))).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(REQUIRED_PROPERTY_MISSING, "/credentialSubject/identifier/0/hashed"));
    }

    // ------------------------------------------------------------------ dates

    @Test
    void validUntilBeforeValidFromIsOutOfOrder() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder().validUntil(Timestamp.parse("2009-12-31T23:59:59Z"))
                .build();
        assertThat(validate(c)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(DATES_OUT_OF_ORDER, "/validUntil"));
    }

    @Test
    void validUntilEqualToValidFromIsAllowed() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder()
                .validUntil(Timestamp.parse("2010-01-01T01:00:00+01:00")).build();
        assertThat(validate(c)).isEmpty();
    }

    @Test
    void expirationDateBeforeIssuanceDateIsOutOfOrder() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder()
                .issuanceDate(Timestamp.parse("2020-01-01T00:00:00Z"))
                .expirationDate(Timestamp.parse("2019-01-01T00:00:00Z")).build();
        assertThat(validate(c)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(DATES_OUT_OF_ORDER, "/expirationDate"));
    }

    @Test
    void dateTimeWithoutZoneIsReported() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder().validFrom(Timestamp.parse("2010-01-01T00:00:00"))
                .awardedDate(Timestamp.parse("2010-01-01")).build();
        assertThat(validate(c)).extracting(Problem::code, Problem::path).containsExactly(
                tuple(DATE_WITHOUT_ZONE, "/awardedDate"),
                tuple(DATE_WITHOUT_ZONE, "/validFrom"));
    }

    @Test
    void endorsementDatesAreCheckedLikeTheCredentials() {
        EndorsementCredential e = Ob3Fixtures.endorsement("urn:uuid:1", "https://example.org/x").toBuilder()
                .validUntil(Timestamp.parse("2000-01-01T00:00:00")).build();
        assertThat(validate(e)).extracting(Problem::code, Problem::path).containsExactlyInAnyOrder(
                tuple(DATE_WITHOUT_ZONE, "/validUntil"),
                tuple(DATES_OUT_OF_ORDER, "/validUntil"));
    }

    @Test
    void dateOfBirthMustBeADate() {
        Profile p = Ob3Fixtures.issuer().toBuilder().dateOfBirth(Timestamp.parse("1990-05-01T00:00:00Z")).build();
        assertThat(validate(Ob3Fixtures.minimal().toBuilder().issuer(p).build()))
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(VALUE_NOT_ALLOWED, "/issuer/dateOfBirth"));
        Profile ok = p.toBuilder().dateOfBirth(Timestamp.parse("1990-05-01")).build();
        assertThat(validate(ok)).isEmpty();
    }

    // ------------------------------------------------------------------ context

    @Test
    void emptyContextIsARequiredProperty() {
        assertThat(validate(Ob3Fixtures.minimal().toBuilder().context(List.of()).build()))
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(REQUIRED_PROPERTY_MISSING, "/@context"));
    }

    @Test
    void firstContextMustBeTheVcContext() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder()
                .context(List.of(JsonValue.of(Ob3Terms.OB_CONTEXT), JsonValue.of(Ob3Terms.VC_V2_CONTEXT))).build();
        assertThat(validate(c)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(VALUE_NOT_ALLOWED, "/@context/0"));
    }

    @Test
    void contextWithoutTheObContextIsReported() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder()
                .context(List.of(JsonValue.of(Ob3Terms.VC_V2_CONTEXT),
                        JsonValue.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json.evil"))).build();
        assertThat(validate(c)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(SPEC_RULE_BROKEN, "/@context"));
    }

    @Test
    void olderObContextsAndEmbeddedContextsAreAccepted() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder()
                .context(List.of(JsonValue.of(Ob3Terms.VC_V2_CONTEXT),
                        JsonValue.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json"),
                        JsonObject.builder().put("myField", "https://example.org/ns#myField").build())).build();
        assertThat(validate(c)).isEmpty();
    }

    // ------------------------------------------------------------------ IRIs and patterns

    @Test
    void issuerGivenByAMalformedIriIsReported() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder().issuer(Ref.<Profile>iri("example.org/issuer"))
                .build();
        assertThat(validate(c)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(INVALID_IRI, "/issuer"));
    }

    @Test
    void malformedCompactJwsIsReported() {
        OpenBadgeCredential c = Ob3Fixtures.minimal().toBuilder().addEndorsementJwt("not a jws").build();
        assertThat(validate(c)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(SPEC_RULE_BROKEN, "/endorsementJwt/0"));
    }

    @Test
    void latitudeOutOfRangeIsReported() {
        Address a = new Address(List.of("Address"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(GeoCoordinates.of(new BigDecimal("91"), BigDecimal.ZERO)), Extensions.NONE);
        Profile p = Ob3Fixtures.issuer().toBuilder().address(a).build();
        assertThat(validate(p)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(SPEC_RULE_BROKEN, "/address/geo/latitude"));
    }

    @Test
    void countryCodeMustBeTwoLetters() {
        Profile p = Ob3Fixtures.issuer().toBuilder().address(Address.of("USA", "Austin")).build();
        assertThat(validate(p)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(SPEC_RULE_BROKEN, "/address/addressCountryCode"));
    }

    // ------------------------------------------------------------------ vocabularies

    @Test
    void unknownAchievementTypeIsNotAllowedButExtensionsAre() {
        assertThat(validate(withAchievement(a -> a.achievementType(AchievementType.of("Diplomma")))))
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(VALUE_NOT_ALLOWED, "/credentialSubject/achievement/achievementType"));
        assertThat(validate(withAchievement(a -> a.achievementType(AchievementType.of("ext:Webinar"))))).isEmpty();
    }

    @Test
    void unknownResultStatusIsNotAllowedEvenAsAnExtension() {
        AchievementSubject s = Ob3Fixtures.subject();
        AchievementSubject changed = s.toBuilder().result(List.of(
                Result.ofStatus(Ob3Fixtures.RD_STATUS, ResultStatusType.of("Done")),
                Result.ofStatus(Ob3Fixtures.RD_STATUS, ResultStatusType.of("ext:Done")))).build();
        assertThat(validate(changed)).extracting(Problem::code, Problem::path).containsExactly(
                tuple(VALUE_NOT_ALLOWED, "/result/0/status"),
                tuple(VALUE_NOT_ALLOWED, "/result/1/status"));
    }

    @Test
    void unknownTermsOfOtherVocabulariesAreNotAllowed() {
        Alignment alignment = Alignment.of("x", "https://x.example").withTargetType(AlignmentTargetType.of("CF"));
        ResultDescription rd = ResultDescription.builder().id("urn:uuid:rd").name("Grade")
                .resultType(ResultType.of("Grade")).build();
        IdentifierEntry entry = IdentifierEntry.of("1", IdentifierTypeEnum.of("passport"));
        IdentityObject identity = IdentityObject.plain(IdentifierTypeEnum.of("phone"), "+1 555");
        Achievement a = Ob3Fixtures.minimal().achievement().orElseThrow().toBuilder().addAlignment(alignment)
                .addResultDescription(rd).addOtherIdentifier(entry).build();
        AchievementSubject s = AchievementSubject.builder().id("did:example:1").achievement(a).addIdentifier(identity)
                .build();
        assertThat(validate(s)).extracting(Problem::code, Problem::path).containsExactly(
                tuple(VALUE_NOT_ALLOWED, "/achievement/alignment/0/targetType"),
                tuple(VALUE_NOT_ALLOWED, "/achievement/otherIdentifier/0/identifierType"),
                tuple(VALUE_NOT_ALLOWED, "/achievement/resultDescription/0/resultType"),
                tuple(VALUE_NOT_ALLOWED, "/identifier/0/identityType"));
    }

    // ------------------------------------------------------------------ results

    @Test
    void resultLinkedToAnUnknownResultDescriptionIsReported() {
        AchievementSubject s = Ob3Fixtures.subject().toBuilder()
                .result(List.of(Result.ofValue("urn:uuid:nowhere", "A"))).build();
        assertThat(validate(s)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(SPEC_RULE_BROKEN, "/result/0/resultDescription"));
    }

    @Test
    void statusResultWithoutStatusIsReported() {
        AchievementSubject s = Ob3Fixtures.subject().toBuilder()
                .result(List.of(Result.ofValue(Ob3Fixtures.RD_STATUS, "done"))).build();
        assertThat(validate(s)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(REQUIRED_PROPERTY_MISSING, "/result/0/status"));
    }

    @Test
    void achievedLevelOutsideTheRubricIsReported() {
        AchievementSubject s = Ob3Fixtures.subject().toBuilder()
                .result(List.of(Result.ofLevel(Ob3Fixtures.RD_RUBRIC, "urn:uuid:other-level"))).build();
        assertThat(validate(s)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(SPEC_RULE_BROKEN, "/result/0/achievedLevel"));
    }

    // ------------------------------------------------------------------ criteria and levels

    @Test
    void criteriaWithoutIdOrNarrativeIsAWarningOnly() {
        Criteria empty = new Criteria(Optional.empty(), Optional.empty(), Extensions.NONE);
        OpenBadgeCredential c = withAchievement(a -> a.criteria(empty));
        assertThat(validate(c)).extracting(Problem::code, Problem::path, Problem::severity).containsExactly(
                tuple(SPEC_RULE_BROKEN, "/credentialSubject/achievement/criteria", Severity.WARNING));
        assertThat(VALIDATOR.isValid(c)).isTrue();
    }

    @Test
    void formalLevelWithoutDescribedCriteriaIsAnError() {
        Criteria empty = new Criteria(Optional.empty(), Optional.of(" "), Extensions.NONE);
        OpenBadgeCredential c = withAchievement(a -> a.level(CredentialLevel.skill()).criteria(empty));
        assertThat(validate(c)).extracting(Problem::code, Problem::path, Problem::severity).containsExactly(
                tuple(FORMAL_LEVEL_WITHOUT_CRITERIA, "/credentialSubject/achievement/criteria",
                        Severity.ERROR),
                tuple(SPEC_RULE_BROKEN, "/credentialSubject/achievement/criteria", Severity.WARNING));
    }

    @Test
    void formalLevelWithoutAnyCriteriaIsReportedTwice() {
        Achievement a = Ob3Fixtures.minimal().achievement().orElseThrow().toBuilder()
                .level(CredentialLevel.knowledge()).build();
        assertThat(validate(achievementWithCriteria(Optional.empty(), a))).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(FORMAL_LEVEL_WITHOUT_CRITERIA, "/criteria"),
                        tuple(REQUIRED_PROPERTY_MISSING, "/criteria"));
    }

    @Test
    void informalLevelNeedsNoDescribedCriteria() {
        Criteria empty = new Criteria(Optional.empty(), Optional.empty(), Extensions.NONE);
        OpenBadgeCredential c = withAchievement(a -> a.level(CredentialLevel.participation()).criteria(empty));
        assertThat(validate(c)).extracting(Problem::code).containsExactly(SPEC_RULE_BROKEN);
        assertThat(VALIDATOR.isValid(c)).isTrue();
    }

    // ------------------------------------------------------------------ hostile input

    @Test
    void messageParametersInAnUntrustedTermAreNotInterpolatedNorRepeated() {
        String hostile = "${1+1}{jakarta.validation.constraints.NotNull.message}";
        List<Problem> problems = validate(withAchievement(a -> a.achievementType(AchievementType.of(hostile))));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).isEqualTo("the value is not a term of the vocabulary nor an ext: extension")
                .doesNotContain("must not be null");
    }

    @Test
    void hugeUntrustedValueIsAbbreviatedInTheMessage() {
        String huge = "x".repeat(100_000);
        List<Problem> problems = validate(withAchievement(a -> a.achievementType(AchievementType.of(huge))));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message().length()).isLessThan(200));
    }

    @Test
    void deeplyNestedParentOrganisationsAreValidated() {
        Profile p = Profile.of("https://example.org/0", "root");
        for (int i = 1; i <= 50; i++) {
            p = Profile.builder().id("https://example.org/" + i).parentOrg(p).build();
        }
        Profile broken = Profile.builder().id("bad iri").build();
        for (int i = 0; i < 3; i++) {
            broken = Profile.builder().id("https://example.org/b" + i).parentOrg(broken).build();
        }
        assertThat(validate(p)).isEmpty();
        assertThat(validate(broken)).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(INVALID_IRI, "/parentOrg/parentOrg/parentOrg/id"));
    }

    // ------------------------------------------------------------------ Hibernate Validator behaviour relied on

    /** A record with the constraint on the component itself rather than on the type argument. */
    record DeclarationLevel(@NotNull Optional<String> value) {
    }

    @Test
    void hibernateValidatorDoesNotUnwrapOptionalForADeclarationLevelNotNull() {
        // Why the model writes Optional<@NotNull T>: a @NotNull on the Optional itself checks the container,
        // which is never null, so an absent required property would pass unnoticed.
        var validator = VALIDATOR.factory().getValidator();
        assertThat(validator.validate(new DeclarationLevel(Optional.empty()))).isEmpty();
        assertThat(validate(withoutSubjectAchievement())).isNotEmpty();
    }
}
