package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.codes;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileTest {

    private static Profile full() {
        return Ob2Fixtures.issuer().toBuilder()
                .telephone("+16175551212")
                .description("Makes robots.")
                .image(Image.of("https://example.org/logo.png", "Logo"))
                .addPublicKey(CryptographicKey.of("https://example.org/key2.json", Ob2Fixtures.ISSUER_ID,
                        "-----BEGIN PUBLIC KEY-----\nMIIB...\n-----END PUBLIC KEY-----\n"))
                .verification(new VerificationObject(List.of("VerificationObject"), Optional.of("id"),
                        List.of("https://example.org/assertions/"), List.of("example.org", "badges.example.org"),
                        Optional.empty(), Extensions.NONE))
                .addRelated("https://example.org/organization-es.json")
                .version(JsonValue.of("2018"))
                .addEndorsement("https://example.org/endorsement-123.json")
                .build();
    }

    @Test
    void builderRoundTripKeepsEveryComponent() {
        assertThat(full().toBuilder().build()).isEqualTo(full());
    }

    @Test
    void builderDefaultsToTypeProfile() {
        Profile profile = Profile.builder().id("https://example.org/i").name("I").url("https://example.org")
                .email("i@example.org").build();
        assertThat(profile.type()).containsExactly("Profile");
        assertThat(profile.context()).containsExactly(JsonValue.of(Ob2Vocabulary.CONTEXT));
        assertThat(validate(profile)).isEmpty();
    }

    @Test
    void buildNamesTheIssuersMissingProperties() {
        assertThatThrownBy(() -> Profile.builder().id("https://example.org/i").build())
                .isInstanceOf(IllegalStateException.class).hasMessageEndingWith("name, url, email");
    }

    /** ob2/examples/ob_v2p0_examples_index-02.json. */
    @Test
    void specIssuerExampleIsValid() {
        assertThat(validate(Ob2Fixtures.issuer())).isEmpty();
        assertThat(validate(full())).isEmpty();
    }

    @Test
    void issuerAndProfileTypesAreAcceptedOthersAreNot() {
        assertThat(validate(Ob2Fixtures.issuer().toBuilder().type("Profile").build())).isEmpty();
        assertThat(validate(Ob2Fixtures.issuer().toBuilder().type("Issuer", "ext:Org").build())).isEmpty();
        assertThat(codes(Ob2Fixtures.issuer().toBuilder().type("Organization").build()))
                .containsExactly("MISSING_TYPE /type");
    }

    @Test
    void malformedEmailIsNotAllowed() {
        assertThat(codes(Ob2Fixtures.issuer().toBuilder().email("contact at example.org").build()))
                .containsExactly("VALUE_NOT_ALLOWED /email");
    }

    @Test
    void telephoneOutsideE164IsAWarning() {
        List<Problem> problems = validate(Ob2Fixtures.issuer().toBuilder().telephone("(617) 555-1212").build());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/telephone");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void urlMustBeAnIri() {
        assertThat(codes(Ob2Fixtures.issuer().toBuilder().url("example.org").build()))
                .containsExactly("INVALID_IRI /url");
    }

    @Test
    void revocationListMustBeAnIri() {
        assertThat(codes(Ob2Fixtures.issuer().toBuilder().revocationList("revocations").build()))
                .containsExactly("INVALID_IRI /revocationList");
    }

    @Test
    void allowedOriginsAreHostNames() {
        Profile profile = Ob2Fixtures.issuer().toBuilder().verification(VerificationObject.allowedOrigins(
                List.of("example.org", "https://example.org", "example.org:8443", "-bad.example"))).build();
        assertThat(codes(profile)).containsExactly(
                "VALUE_NOT_ALLOWED /verification/allowedOrigins/1",
                "VALUE_NOT_ALLOWED /verification/allowedOrigins/2",
                "VALUE_NOT_ALLOWED /verification/allowedOrigins/3");
    }

    @Test
    void startsWithMustBeIris() {
        Profile profile = Ob2Fixtures.issuer().toBuilder().verification(new VerificationObject(List.of(),
                Optional.empty(), List.of("/assertions/"), List.of(), Optional.empty(), Extensions.NONE)).build();
        assertThat(codes(profile)).containsExactly("INVALID_IRI /verification/startsWith/0");
    }

    @Test
    void verificationPropertyOtherThanIdIsNotAllowed() {
        Profile profile = Ob2Fixtures.issuer().toBuilder().verification(new VerificationObject(List.of(),
                Optional.of("url"), List.of(), List.of(), Optional.empty(), Extensions.NONE)).build();
        assertThat(codes(profile)).containsExactly("VALUE_NOT_ALLOWED /verification/verificationProperty");
    }

    @Test
    void embeddedPublicKeyIsValidated() {
        CryptographicKey notPem = CryptographicKey.of("https://example.org/k", Ob2Fixtures.ISSUER_ID, "MIIBIjAN");
        Profile profile = Ob2Fixtures.issuer().toBuilder().addPublicKey(notPem).build();
        assertThat(codes(profile)).containsExactly("VALUE_NOT_ALLOWED /publicKey/1/publicKeyPem");
    }

    @Test
    void publicKeyByRelativeIriIsInvalid() {
        Profile profile = Ob2Fixtures.issuer().toBuilder().publicKey(List.of(Ref.iri("key.json"))).build();
        assertThat(codes(profile)).containsExactly("INVALID_IRI /publicKey/0");
    }
}
