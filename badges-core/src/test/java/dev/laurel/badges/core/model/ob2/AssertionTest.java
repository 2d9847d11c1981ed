package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.validation.ValidationCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.codes;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.errors;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssertionTest {

    private static final Timestamp ISSUED = Timestamp.parse("2016-12-31T23:59:59Z");

    /** Every component set, so the round trip covers them all. */
    private static Assertion full() {
        return Ob2Fixtures.assertionBuilder()
                .type("Assertion", "extensions:Custom")
                .image(Image.of("https://example.org/beths-robot-badge.png", "A pretty badge"))
                .addEvidence("https://example.org/beths-robot-work.html")
                .addEvidence(Evidence.of("https://example.org/photos.html", "Photos", "A photo shoot"))
                .narrative("This student invented her own type of robot.")
                .revocationReason("Issued in error.")
                .revoked(true)
                .uid("abc123")
                .related(List.of(Ref.iri("https://example.org/beths-robotics-badge-es.json")))
                .version(JsonValue.of(2))
                .addEndorsement(Endorsement.hosted("https://example.org/endorsement-125.json",
                        "https://example.org/issuer-5.json", ISSUED,
                        EndorsementClaim.of(Ob2Fixtures.ASSERTION_ID, "This student built a great robot.")))
                .extension("extensions:ApplyLink", JsonObject.builder()
                        .put("@context", "https://openbadgespec.org/extensions/applyLinkExtension/context.json")
                        .put("type", dev.laurel.badges.core.json.JsonArray.of(JsonValue.of("Extension"),
                                JsonValue.of("extensions:ApplyLink")))
                        .put("url", "http://website.com/apply").build())
                .build();
    }

    private static Assertion with(Assertion a, java.util.function.UnaryOperator<Object[]> change) {
        Object[] c = {a.context(), a.id(), a.type(), a.recipient(), a.badge(), a.verification(), a.issuedOn(),
            a.image(), a.evidence(), a.narrative(), a.expires(), a.revoked(), a.revocationReason(), a.uid(),
            a.related(), a.version(), a.endorsement(), a.extensions()};
        return ReflectiveRecords.construct(Assertion.class, change.apply(c));
    }

    // --- builder ---

    @Test
    void builderRoundTripKeepsEveryComponent() {
        Assertion assertion = full();
        assertThat(assertion.toBuilder().build()).isEqualTo(assertion);
        assertThat(assertion.toBuilder().build().toBuilder().build()).isEqualTo(assertion);
    }

    @Test
    void builderDefaultsToTheOb2ContextAndAssertionType() {
        Assertion assertion = Ob2Fixtures.assertion();
        assertThat(assertion.context()).containsExactly(JsonValue.of("https://w3id.org/openbadges/v2"));
        assertThat(assertion.type()).containsExactly("Assertion");
        assertThat(assertion.extensions()).isEqualTo(Extensions.NONE);
        assertThat(assertion.evidence()).isEmpty();
        assertThat(assertion.revoked()).isEmpty();
    }

    @Test
    void builderWritesInstantsInUtc() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().issuedOn(Instant.ofEpochSecond(1483228799)).build();
        assertThat(assertion.issuedOn()).contains(Timestamp.parse("2016-12-31T23:59:59Z"));
    }

    @Test
    void buildNamesEveryMissingRequiredProperty() {
        assertThatThrownBy(() -> Assertion.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id, recipient, badge, verification, issuedOn");
        assertThatThrownBy(() -> Assertion.builder().id("urn:uuid:1").badge("https://example.org/b").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("recipient, verification, issuedOn");
    }

    @Test
    void revokedAssertionNeedsOnlyAnId() {
        Assertion revoked = Assertion.builder().id(Ob2Fixtures.ASSERTION_ID).revoked(true).build();
        assertThat(revoked.isRevoked()).isTrue();
        assertThatThrownBy(() -> Assertion.builder().revoked(true).build())
                .isInstanceOf(IllegalStateException.class).hasMessageEndingWith(": id");
    }

    @Test
    void settersRejectNullNamingTheProperty() {
        Assertion.Builder builder = Assertion.builder();
        assertThatThrownBy(() -> builder.id(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> builder.recipient(null)).hasMessage("recipient");
        assertThatThrownBy(() -> builder.badge((String) null)).hasMessage("iri");
        assertThatThrownBy(() -> builder.issuedOn((Instant) null)).hasMessage("issuedOn");
        assertThatThrownBy(() -> builder.evidence(null)).hasMessage("evidence");
    }

    @Test
    void isRevokedDefaultsToFalse() {
        assertThat(Ob2Fixtures.assertion().isRevoked()).isFalse();
        assertThat(Ob2Fixtures.assertionBuilder().revoked(true).build().isRevoked()).isTrue();
    }

    // --- validation: valid documents ---

    @Test
    void assertionBuiltWithBuildersHasNoProblems() {
        assertThat(validate(Ob2Fixtures.assertion())).isEmpty();
        assertThat(validate(Ob2Fixtures.embeddedAssertion())).isEmpty();
        assertThat(validate(full())).isEmpty();
    }

    /** ob2/examples/ob_v2p0_examples_index-06.json: a signed assertion with a urn:uuid id. */
    @Test
    void specSignedAssertionExampleIsValid() {
        Assertion signed = Assertion.builder()
                .id("urn:uuid:a953081a-4bbd-4927-9653-7219bca00e3b")
                .recipient(new IdentityObject(List.of("email"),
                        Optional.of("sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5"),
                        Optional.of(true), Optional.of("deadsea"), Extensions.NONE))
                .addEvidence("https://example.org/beths-robot-work.html")
                .issuedOn(ISSUED)
                .badge(Ob2Fixtures.BADGE_ID)
                .verification(new VerificationObject(List.of("SignedBadge"), Optional.empty(), List.of(), List.of(),
                        Optional.of(Ref.iri("https://example.org/publicKey.json")), Extensions.NONE))
                .extensions(new Extensions(JsonObject.EMPTY, java.util.Set.of("type", "evidence")))
                .build();
        assertThat(validate(signed)).isEmpty();
    }

    /**
     * ob2/examples/ob_v2p0_index-00.json, the introduction's example: its recipient omits
     * {@code hashed}, which the IdentityObject table marks required.
     */
    @Test
    void specIntroductionExampleLacksOnlyRecipientHashed() {
        Profile issuer = new Profile(List.of(), Optional.of("https://example.org/issuer"), List.of("Profile"),
                Optional.of("Example Maker Society"), Optional.of("https://example.org"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("contact@example.org"), List.of(),
                Optional.of(new VerificationObject(List.of(), Optional.empty(), List.of(), List.of("example.org"),
                        Optional.empty(), Extensions.NONE)), Optional.empty(), List.of(), Optional.empty(),
                List.of(), Extensions.NONE);
        BadgeClass badge = new BadgeClass(List.of(), Optional.of("https://example.org/badges/5"),
                List.of("BadgeClass"), Optional.of("3-D Printmaster"),
                Optional.of("This badge is awarded for passing the 3-D printing knowledge and safety test."),
                Optional.of(Ref.iri("https://example.org/badges/5/image")),
                Optional.of(Ref.embedded(Criteria.narrative("Students are tested on knowledge and safety."))),
                Optional.of(Ref.embedded(issuer)), List.of(), List.of(), List.of(), Optional.empty(), List.of(),
                Extensions.NONE);
        Assertion intro = new Assertion(List.of(JsonValue.of("https://w3id.org/openbadges/v2")),
                Optional.of("https://example.org/assertions/123"), List.of("Assertion"),
                Optional.of(new IdentityObject(List.of("email"), Optional.of("alice@example.org"), Optional.empty(),
                        Optional.empty(), Extensions.NONE)),
                Optional.of(Ref.embedded(badge)), Optional.of(VerificationObject.hosted()),
                Optional.of(Timestamp.parse("2016-12-31T23:59:59+00:00")), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), List.of(), Extensions.NONE);
        assertThat(codes(intro)).containsExactly("REQUIRED_PROPERTY_MISSING /recipient/hashed");
    }

    /** ob2/examples/ob_v2p0_examples_index-10.json: a revoked hosted assertion stripped to id and revoked. */
    @Test
    void specRevokedStubIsValid() {
        Assertion stub = new Assertion(List.of(JsonValue.of("https://w3id.org/openbadges/v2")),
                Optional.of(Ob2Fixtures.ASSERTION_ID), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(true), Optional.of("Turns out the robot was three children in a trenchcoat."),
                Optional.empty(), List.of(), Optional.empty(), List.of(), Extensions.NONE);
        assertThat(validate(stub)).isEmpty();
    }

    // --- validation: each rule ---

    @Test
    void missingRequiredPropertiesOfANonRevokedAssertionAreReported() {
        Assertion empty = new Assertion(List.of(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(),
                Extensions.NONE);
        assertThat(codes(empty)).containsExactlyInAnyOrder(
                "REQUIRED_PROPERTY_MISSING /id",
                "REQUIRED_PROPERTY_MISSING /type",
                "REQUIRED_PROPERTY_MISSING /recipient",
                "REQUIRED_PROPERTY_MISSING /badge",
                "REQUIRED_PROPERTY_MISSING /verification",
                "REQUIRED_PROPERTY_MISSING /issuedOn");
    }

    @Test
    void findingsWithTheSameMessageAreNotMerged() {
        Assertion missing = with(Ob2Fixtures.assertion(), c -> {
            c[3] = Optional.empty();
            c[4] = Optional.empty();
            return c;
        });
        List<Problem> problems = validate(missing);
        assertThat(problems).extracting(Problem::path).containsExactly("/badge", "/recipient");
        assertThat(problems).extracting(Problem::message).containsOnly("required property missing");
    }

    @Test
    void revokedAssertionStillNeedsAnId() {
        Assertion noId = with(Assertion.builder().id("urn:x:1").revoked(true).build(), c -> {
            c[1] = Optional.empty();
            return c;
        });
        assertThat(codes(noId)).containsExactly("REQUIRED_PROPERTY_MISSING /id");
    }

    @Test
    void idMustBeAnIri() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().id("beths-robotics-badge.json")
                .verification(VerificationObject.signed("https://example.org/key")).build();
        assertThat(codes(assertion)).containsExactly("INVALID_IRI /id");
    }

    @Test
    void typeWithoutAssertionIsMissingType() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().type("BadgeClass").build();
        assertThat(codes(assertion)).containsExactly("MISSING_TYPE /type");
    }

    @Test
    void typeWithAssertionAmongOthersIsAccepted() {
        assertThat(validate(Ob2Fixtures.assertionBuilder().type("ext:Special", "Assertion").build())).isEmpty();
    }

    @Test
    void expiresBeforeIssuedOnIsOutOfOrder() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().expires(Timestamp.parse("2016-01-01T00:00:00Z")).build();
        assertThat(codes(assertion)).containsExactly("DATES_OUT_OF_ORDER /expires");
    }

    @Test
    void expiresAtTheMomentOfIssueIsOutOfOrder() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().expires(Timestamp.parse("2017-01-01T05:29:59+05:30"))
                .build();
        assertThat(codes(assertion)).containsExactly("DATES_OUT_OF_ORDER /expires");
    }

    @Test
    void datesAreComparedAsInstantsNotAsText() {
        // Later text, same day in another zone: 2016-12-31T20:00:00-05:00 is 2017-01-01T01:00:00Z.
        Assertion assertion = Ob2Fixtures.assertionBuilder().expires(Timestamp.parse("2016-12-31T20:00:00-05:00"))
                .build();
        assertThat(validate(assertion)).isEmpty();
    }

    @Test
    void dateWithoutZoneIsAWarning() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().issuedOn(Timestamp.parse("2016-12-31T23:59:59"))
                .expires(Timestamp.ofEpochSecond(1498867199L)).build();
        List<Problem> problems = validate(assertion);
        assertThat(problems).extracting(p -> p.code().name() + " " + p.path())
                .containsExactly("DATE_WITHOUT_ZONE /expires", "DATE_WITHOUT_ZONE /issuedOn");
        assertThat(problems).allMatch(p -> p.severity() == Severity.WARNING);
    }

    @Test
    void verificationWithoutTypeIsMissingItsType() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().verification(new VerificationObject(List.of(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), Extensions.NONE)).build();
        assertThat(codes(assertion)).containsExactly("REQUIRED_PROPERTY_MISSING /verification/type");
    }

    @Test
    void verificationTypeMustBeHostedOrSigned() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().verification(VerificationObject.allowedOrigins(
                List.of("example.org"))).build();
        assertThat(codes(assertion)).containsExactly("VALUE_NOT_ALLOWED /verification/type");
    }

    @Test
    void verificationTypeCannotBeBothHostedAndSigned() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().verification(new VerificationObject(
                List.of("hosted", "signed"), Optional.empty(), List.of(), List.of(), Optional.empty(),
                Extensions.NONE)).build();
        assertThat(codes(assertion)).containsExactly("VALUE_NOT_ALLOWED /verification/type");
    }

    @Test
    void verificationAliasesAreAccepted() {
        for (String type : List.of("hosted", "HostedBadge")) {
            VerificationObject v = new VerificationObject(List.of(type), Optional.empty(), List.of(), List.of(),
                    Optional.empty(), Extensions.NONE);
            assertThat(validate(Ob2Fixtures.assertionBuilder().verification(v).build())).as(type).isEmpty();
        }
        for (String type : List.of("signed", "SignedBadge")) {
            VerificationObject v = new VerificationObject(List.of(type), Optional.empty(), List.of(), List.of(),
                    Optional.of(Ref.iri("https://example.org/key")), Extensions.NONE);
            assertThat(validate(Ob2Fixtures.assertionBuilder().verification(v).build())).as(type).isEmpty();
        }
    }

    @Test
    void hostedAssertionNeedsAnHttpId() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().id("urn:uuid:a953081a-4bbd-4927-9653-7219bca00e3b")
                .build();
        assertThat(codes(assertion)).containsExactly("VALUE_NOT_ALLOWED /id");
    }

    @Test
    void signedAssertionWithoutCreatorIsAWarning() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().id("urn:uuid:a953081a-4bbd-4927-9653-7219bca00e3b")
                .verification(VerificationObject.signed()).build();
        List<Problem> problems = validate(assertion);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ValidationCode.REQUIRED_PROPERTY_MISSING);
            assertThat(p.path()).isEqualTo("/verification/creator");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void creatorOnAHostedAssertionIsAWarning() {
        VerificationObject v = new VerificationObject(List.of("HostedBadge"), Optional.empty(), List.of(), List.of(),
                Optional.of(Ref.iri("https://example.org/key")), Extensions.NONE);
        List<Problem> problems = validate(Ob2Fixtures.assertionBuilder().verification(v).build());
        assertThat(problems).extracting(p -> p.code().name() + " " + p.path() + " " + p.severity())
                .containsExactly("VALUE_NOT_ALLOWED /verification/creator WARNING");
    }

    @Test
    void creatorMustBeAnIri() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().id("urn:uuid:1")
                .verification(VerificationObject.signed("publicKey.json")).build();
        assertThat(codes(assertion)).containsExactly("INVALID_IRI /verification/creator");
    }

    @Test
    void foreignContextIsAnError() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().context(List.of(JsonValue.of(
                "https://www.w3.org/2018/credentials/v1"))).build();
        assertThat(errors(assertion)).containsExactly("VALUE_NOT_ALLOWED /@context");
    }

    @Test
    void openBadges11ContextIsAWarning() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().context(List.of(JsonValue.of(
                "https://w3id.org/openbadges/v1"))).build();
        assertThat(errors(assertion)).isEmpty();
        assertThat(codes(assertion)).containsExactly("VALUE_NOT_ALLOWED /@context");
    }

    @Test
    void hostedContextUrlAndExtraContextsAreAccepted() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().context(List.of(
                JsonValue.of("https://openbadgespec.org/v2/context.json"),
                JsonObject.builder().put("foo", "http://example.org/foo").build())).build();
        assertThat(validate(assertion)).isEmpty();
    }

    @Test
    void embeddedEvidenceIsValidated() {
        Evidence bad = new Evidence(Optional.of("robot work"), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Extensions.NONE);
        Assertion assertion = Ob2Fixtures.assertionBuilder().addEvidence("https://example.org/e")
                .addEvidence(bad).build();
        assertThat(codes(assertion)).containsExactly("INVALID_IRI /evidence/1/id");
    }

    @Test
    void imageDataUriMustBePngOrSvg() {
        assertThat(codes(Ob2Fixtures.assertionBuilder().image("data:image/jpeg;base64,AAAA").build()))
                .containsExactly("VALUE_NOT_ALLOWED /image");
        // Even a PNG data URI is refused in an assertion, as 1EdTech's validator refuses it (Ob2ReferenceFormsTest).
        assertThat(codes(Ob2Fixtures.assertionBuilder().image("data:image/png;base64,AAAA").build()))
                .containsExactly("VALUE_NOT_ALLOWED /image");
        assertThat(validate(Ob2Fixtures.assertionBuilder().image("https://example.org/beths-robot-badge.png").build()))
                .isEmpty();
        assertThat(validate(Ob2Fixtures.assertionBuilder().image("DATA:image/svg+xml;utf8,<svg/>").build()))
                .extracting(p -> p.code().name()).containsExactly("INVALID_IRI", "VALUE_NOT_ALLOWED");
    }

    @Test
    void embeddedEndorsementIsValidated() {
        Endorsement endorsement = Endorsement.hosted("https://example.org/e/1", "https://example.org/issuer-5.json",
                ISSUED, EndorsementClaim.of(Ob2Fixtures.ASSERTION_ID, "Great."));
        Endorsement wrongType = ReflectiveRecords.copyWith(endorsement, "type", List.of("Assertion"));
        Assertion assertion = Ob2Fixtures.assertionBuilder().addEndorsement(wrongType).build();
        assertThat(codes(assertion)).containsExactly("MISSING_TYPE /endorsement/0/type");
    }

    @Test
    void relatedVersionsAreCheckedOnlyForTheirIri() {
        Assertion partial = Ob2Fixtures.assertion();
        Assertion embeddedPartial = ReflectiveRecords.copyWith(partial, "related", List.of(Ref.embedded(
                ReflectiveRecords.copyWith(partial, "recipient", Optional.empty())), Ref.iri("relative.json")));
        assertThat(codes(embeddedPartial)).containsExactly("INVALID_IRI /related/1");
    }

    @Test
    void revocationReasonWithoutRevokedIsAWarning() {
        List<Problem> problems = validate(Ob2Fixtures.assertionBuilder().revocationReason("Issued in error.").build());
        assertThat(problems).extracting(p -> p.code().name() + " " + p.path() + " " + p.severity())
                .containsExactly("SPEC_RULE_BROKEN /revocationReason WARNING");
    }

    @Test
    void versionMustBeTextOrNumber() {
        assertThat(validate(Ob2Fixtures.assertionBuilder().version(JsonValue.of("2.1")).build())).isEmpty();
        assertThat(codes(Ob2Fixtures.assertionBuilder().version(JsonValue.of(true)).build()))
                .containsExactly("VALUE_NOT_ALLOWED /version");
    }

    @Test
    void extensionObjectNeedsItsContextAndExtensionType() {
        Assertion assertion = Ob2Fixtures.assertionBuilder()
                .extension("extensions:Broken/One", JsonObject.builder().put("type", "extensions:Broken").build())
                .extension("schema:comment", JsonValue.of("plain additional property"))
                .extension("http://example.org/other", JsonObject.builder().put("foo", "bar").build())
                .build();
        assertThat(codes(assertion)).containsExactlyInAnyOrder(
                "MISSING_TYPE /extensions:Broken~1One/type",
                "REQUIRED_PROPERTY_MISSING /extensions:Broken~1One/@context");
    }

    @Test
    void objectTypedExtensionUnderAnyNameNeedsItsContext() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().extension("schema:license", JsonObject.builder()
                .put("type", dev.laurel.badges.core.json.JsonArray.of(JsonValue.of("Extension"),
                        JsonValue.of("extensions:LicenseExtension")))
                .put("id", "CC-BY").build()).build();
        assertThat(codes(assertion)).containsExactly("REQUIRED_PROPERTY_MISSING /schema:license/@context");
    }
}
