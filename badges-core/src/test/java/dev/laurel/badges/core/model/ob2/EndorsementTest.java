package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.codes;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndorsementTest {

    private static final Timestamp PUBLISHED = Timestamp.parse("2016-12-31T23:59:59+00:00");

    /** ob2/examples/ob_v2p0_examples_index-24.json: an endorsement of a badge class. */
    private static Endorsement specExample() {
        return Endorsement.hosted("https://example.org/endorsement-124.json", "https://example.org/issuer-5.json",
                PUBLISHED, EndorsementClaim.of("https://example.org/robotics-badge.json",
                        "This badge and its associated learning material are great examples of beginning robotics."));
    }

    @Test
    void hostedFactoryBuildsTheSpecExample() {
        Endorsement e = specExample();
        assertThat(e.type()).containsExactly("Endorsement");
        assertThat(e.verification()).contains(VerificationObject.hosted());
        assertThat(e.issuer()).contains(Ref.iri("https://example.org/issuer-5.json"));
        assertThat(e.claim().flatMap(Ref::id)).contains("https://example.org/robotics-badge.json");
        assertThat(validate(e)).isEmpty();
    }

    /** ob2/examples/ob_v2p0_index-02.json: the claim asserts an email, kept as a claim extension. */
    @Test
    void claimedPropertiesLiveInTheClaimsExtensions() {
        EndorsementClaim claim = new EndorsementClaim(Optional.of("https://otherissuer.example/1"), List.of(),
                Optional.of("A great provider of badged learning."),
                Extensions.of(JsonObject.builder().put("email", "contact@otherissuer.example").build()));
        Endorsement e = ReflectiveRecords.copyWith(specExample(), "claim", Optional.of(Ref.embedded(claim)));
        assertThat(validate(e)).isEmpty();
    }

    /** ob2/examples/ob_v2p0_examples_index-26.json: a revoked endorsement keeps id, issuer and revoked. */
    @Test
    void revokedEndorsementNeedsOnlyIdAndIssuer() {
        Endorsement revoked = new Endorsement(List.of(JsonValue.of(Ob2Vocabulary.CONTEXT)),
                Optional.of("https://example.org/endorsement-125.json"), List.of("Endorsement"), Optional.empty(),
                Optional.of(Ref.iri("https://example.org/issuer-5.json")), Optional.empty(), Optional.empty(),
                Optional.of(true), Optional.of("Issued in error."), List.of(), Optional.empty(), List.of(),
                Extensions.NONE);
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(validate(revoked)).isEmpty();
        assertThat(codes(ReflectiveRecords.copyWith(revoked, "issuer", Optional.empty())))
                .containsExactly("REQUIRED_PROPERTY_MISSING /issuer");
    }

    @Test
    void requiredPropertiesOfAnEndorsementAreReported() {
        Endorsement empty = new Endorsement(List.of(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                List.of(), Extensions.NONE);
        assertThat(codes(empty)).containsExactly(
                "REQUIRED_PROPERTY_MISSING /claim",
                "REQUIRED_PROPERTY_MISSING /id",
                "REQUIRED_PROPERTY_MISSING /issuedOn",
                "REQUIRED_PROPERTY_MISSING /issuer",
                "REQUIRED_PROPERTY_MISSING /type",
                "REQUIRED_PROPERTY_MISSING /verification");
    }

    @Test
    void typeMustNameEndorsement() {
        assertThat(codes(ReflectiveRecords.copyWith(specExample(), "type", List.of("Assertion"))))
                .containsExactly("MISSING_TYPE /type");
    }

    @Test
    void claimNeedsTheIdOfTheEndorsedEntity() {
        EndorsementClaim anonymous = new EndorsementClaim(Optional.empty(), List.of(), Optional.of("Nice."),
                Extensions.NONE);
        Endorsement e = ReflectiveRecords.copyWith(specExample(), "claim", Optional.of(Ref.embedded(anonymous)));
        assertThat(codes(e)).containsExactly("REQUIRED_PROPERTY_MISSING /claim/id");
    }

    @Test
    void signedEndorsementFollowsTheAssertionVerificationRules() {
        Endorsement e = ReflectiveRecords.copyWith(specExample(), "verification",
                Optional.of(VerificationObject.allowedOrigins(List.of("example.org"))));
        assertThat(codes(e)).containsExactly("VALUE_NOT_ALLOWED /verification/type");
    }

    @Test
    void embeddedIssuerIsValidatedAsAnIssuer() {
        Profile issuer = ReflectiveRecords.copyWith(Ob2Fixtures.issuer(), "url", Optional.of("nope"));
        Endorsement e = ReflectiveRecords.copyWith(specExample(), "issuer", Optional.of(Ref.embedded(issuer)));
        assertThat(codes(e)).containsExactly("INVALID_IRI /issuer/url");
    }

    @Test
    void hostedFactoryRejectsNull() {
        assertThatThrownBy(() -> Endorsement.hosted("https://e", "https://i", PUBLISHED, null)).hasMessage("claim");
        assertThatThrownBy(() -> EndorsementClaim.of(null, "c")).hasMessage("id");
    }
}
