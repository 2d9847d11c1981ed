package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.ISSUED;
import static dev.laurel.badges.verify.VerifierFixtures.JSON;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.signJwt;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.EndorsementSubject;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OB 3.0 "EndorsementCredential Verification" of endorsements embedded in a credential. */
class VerifierEndorsementTest {

    static final String ENDORSED = "endorsement.verified";

    final LaurelKey issuerKeys = VerifierFixtures.keys(1);
    final LaurelKey endorserKeys = VerifierFixtures.keys(2);
    final Verifier verifier = VerifierFixtures.verifier(DocumentFetcher.refusing());

    ObjectNode endorsement(Optional<Instant> until) {
        EndorsementCredential.Builder b = EndorsementCredential.builder()
                .id("urn:uuid:1d2e3f40-5162-4738-9a4b-5c6d7e8f9a0b").name("Endorsement of Java 101")
                .issuer(Profile.of(endorserKeys.didKey(), "Software Guild"))
                .validFrom(ISSUED)
                .credentialSubject(EndorsementSubject.of("https://example.edu/achievements/java",
                        "Graduates of this course write clean, tested code."));
        until.ifPresent(b::validUntil);
        return JSON.toJson(b.build());
    }

    ObjectNode signedEndorsement() {
        return signDi(endorsement(Optional.empty()), endorserKeys);
    }

    /** The issuer's credential carrying an endorsement at the top level, signed by the issuer. */
    String endorsed(ObjectNode endorsement) {
        ObjectNode credential = credential(issuerKeys);
        credential.putArray("endorsement").add(endorsement);
        return text(signDi(credential, issuerKeys));
    }

    @Test
    void validSignedEndorsementPasses() {
        VerificationReport report = verifier.verify(endorsed(signedEndorsement()));
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.PASSED);
        assertThat(report.check(ENDORSED).orElseThrow().path()).isEqualTo("/endorsement/0");
        assertThat(report.check(ENDORSED).orElseThrow().message()).contains(endorserKeys.didKey());
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
    }

    @Test
    void endorsementTamperedAfterSigningFails() {
        ObjectNode tampered = signedEndorsement();
        ((ObjectNode) tampered.get("credentialSubject")).put("endorsementComment", "The best course in the world.");
        VerificationReport report = verifier.verify(endorsed(tampered));
        assertThat(outcome(report, "proof.signature")).as("the outer credential is intact").isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(ENDORSED).orElseThrow().message()).contains("proof.signature");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void unsignedEndorsementFails() {
        VerificationReport report = verifier.verify(endorsed(endorsement(Optional.empty())));
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(ENDORSED).orElseThrow().message()).contains("proof.present");
    }

    @Test
    void expiredEndorsementFails() {
        ObjectNode expired = signDi(endorsement(Optional.of(Instant.parse("2026-03-01T00:00:00Z"))), endorserKeys);
        VerificationReport report = verifier.verify(endorsed(expired));
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(ENDORSED).orElseThrow().message()).contains("validity.expiry");
    }

    @Test
    void endorsementSignedByAnotherKeyThanItsIssuersFails() {
        // The endorsement names the guild as issuer but is signed by the credential's own issuer.
        VerificationReport report = verifier.verify(endorsed(signDi(endorsement(Optional.empty()), issuerKeys)));
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(ENDORSED).orElseThrow().message()).contains("proof.key-binding");
    }

    @Test
    void endorsementOfTheAchievementIsVerified() {
        ObjectNode credential = credential(issuerKeys);
        ((ObjectNode) credential.get("credentialSubject").get("achievement")).putArray("endorsement")
                .add(signedEndorsement());
        VerificationReport report = verifier.verify(text(signDi(credential, issuerKeys)));
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.PASSED);
        assertThat(report.check(ENDORSED).orElseThrow().path())
                .isEqualTo("/credentialSubject/achievement/endorsement/0");
        assertThat(report.verified()).isTrue();
    }

    @Test
    void endorsementOfTheEmbeddedIssuerProfileIsVerified() {
        ObjectNode tampered = signedEndorsement();
        tampered.put("name", "Changed");
        ObjectNode credential = credential(issuerKeys);
        ((ObjectNode) credential.get("issuer")).putArray("endorsement").add(tampered);
        VerificationReport report = verifier.verify(text(signDi(credential, issuerKeys)));
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(ENDORSED).orElseThrow().path()).isEqualTo("/issuer/endorsement/0");
    }

    @Test
    void endorsementAsAVcJwtInEndorsementJwtIsVerified() {
        ObjectNode credential = credential(issuerKeys);
        credential.putArray("endorsementJwt").add(signJwt(endorsement(Optional.empty()), endorserKeys));
        // The OB 3.0 context does not define endorsementJwt, so the carrier is a VC-JWT, not an embedded proof.
        VerificationReport report = verifier.verify(signJwt(credential, issuerKeys));
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.PASSED);
        assertThat(report.check(ENDORSED).orElseThrow().path()).isEqualTo("/endorsementJwt/0");
        assertThat(report.verified()).isTrue();
    }

    @Test
    void endorsementJwtSignedByAnotherKeyFails() {
        ObjectNode credential = credential(issuerKeys);
        // Signed with the issuer's did:key although the endorsement names the guild: the key is not the guild's.
        credential.putArray("endorsementJwt").add(signJwt(endorsement(Optional.empty()), issuerKeys));
        VerificationReport report = verifier.verify(signJwt(credential, issuerKeys));
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void endorsementsBeyondTheDepthLimitAreAWarning() {
        Verifier shallow = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(CLOCK)
                .maxEndorsementDepth(0).build();
        ObjectNode tampered = signedEndorsement();
        tampered.put("name", "Changed");
        VerificationReport report = shallow.verify(endorsed(tampered));
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.WARNING);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void endorsementOnItsOwnVerifiesButHasNoRecipient() {
        byte[] alone = text(signedEndorsement()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        VerificationReport report = verifier.verify(alone);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.issuer()).contains(endorserKeys.didKey());
        VerificationReport withRecipient = verifier.verify(alone, Recipient.parse("email:alice@example.org"));
        assertThat(outcome(withRecipient, "recipient.match")).isEqualTo(Outcome.FAILED);
    }
}
