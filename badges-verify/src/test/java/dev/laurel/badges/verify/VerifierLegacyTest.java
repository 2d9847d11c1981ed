package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.ISSUED;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.jose.PayloadForm;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import dev.laurel.badges.verify.report.VcJwtCheck;
import dev.laurel.badges.verify.report.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CLARIFICATIONS point 8: older forms real issuers still send verify, each with a warning. */
class VerifierLegacyTest {

    final LaurelKey keys = VerifierFixtures.keys(1);
    final Verifier verifier = VerifierFixtures.verifier(DocumentFetcher.refusing());

    static void assertVerifiedWithAWarning(VerificationReport report, String checkId) {
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.warnings()).extracting(Check::id).contains(checkId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://purl.imsglobal.org/spec/ob/v3p0/context.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"})
    void olderOb3ContextsVerifyWithAWarning(String context) {
        // Those contexts were published for VC Data Model 1.1 (they redefine terms the v2 context protects).
        ObjectNode credential = vcdm11();
        ((ArrayNode) credential.get("@context")).set(1, context);
        VerificationReport report = verifier.verify(text(signDi(credential, keys)));
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.warnings()).filteredOn(c -> c.path().equals("/@context/1"))
                .extracting(Check::message).anyMatch(m -> m.contains(context));
    }

    @Test
    void currentOb3ContextHasNoContextWarning() {
        VerificationReport report = verifier.verify(text(signDi(credential(keys), keys)));
        assertThat(report.warnings()).extracting(Check::path).noneMatch(p -> p.startsWith("/@context"));
    }

    /** The credential in the VC Data Model 1.1 shape: v1 context, issuanceDate and expirationDate. */
    ObjectNode vcdm11() {
        ObjectNode credential = credential(keys);
        ((ArrayNode) credential.get("@context")).set(0, "https://www.w3.org/2018/credentials/v1");
        credential.set("issuanceDate", credential.remove("validFrom"));
        credential.put("expirationDate", "2027-01-01T00:00:00Z");
        return credential;
    }

    @Test
    void vcDataModel11CredentialWithAnEmbeddedProofVerifiesWithAWarning() {
        VerificationReport report = verifier.verify(text(signDi(vcdm11(), keys)));
        assertVerifiedWithAWarning(report, "document.valid");
        assertThat(report.check("validity.expiry").orElseThrow().path()).isEqualTo("/expirationDate");
    }

    @Test
    void vcDataModel11CredentialThatExpiredFails() {
        ObjectNode credential = vcdm11();
        credential.put("expirationDate", "2026-02-01T00:00:00Z");
        VerificationReport report = verifier.verify(text(signDi(credential, keys)));
        assertThat(outcome(report, "validity.expiry")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void vcJwtInTheVcClaimFormVerifiesWithAWarning() {
        String jwt = VcJwtSigner.of(keys)
                .withKeyId(keys.didKeyVerificationMethod()).withPayloadForm(PayloadForm.VC_CLAIM)
                .sign(credential(keys));
        VerificationReport report = verifier.verify(jwt);
        assertVerifiedWithAWarning(report, VcJwtCheck.PAYLOAD.id());
        assertThat(outcome(report, ProofCheck.KEY_BINDING.id())).isEqualTo(Outcome.PASSED);
    }

    @Test
    void vcJwtOfAVcDataModel11CredentialVerifies() {
        VerificationReport report = verifier.verify(VerifierFixtures.signJwt(vcdm11(), keys));
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
    }

    @Test
    void vcJwtWithoutSubBecauseTheSubjectHasNoIdIsAWarning() {
        VerificationReport report = verifier.verify(VerifierFixtures.signJwt(credential(keys), keys));
        assertVerifiedWithAWarning(report, VcJwtCheck.SUB.id());
    }

    @Test
    void draftCryptosuiteNameEddsa2022VerifiesWithAWarning() {
        // The signer never issues the draft name, so the proof is made by hand, as the algorithm is the same.
        ObjectNode doc = VerifierFixtures.draftEddsa2022(credential(keys), keys);
        VerificationReport report = verifier.verify(text(doc));
        assertVerifiedWithAWarning(report, "proof.cryptosuite");
    }

    @Test
    void ed25519Signature2020ProofVerifiesWithAWarning() {
        ObjectNode signed = DataIntegritySigner.of(keys).sign(credential(keys), ProofOptions.of(
                ProofSuite.ED25519_SIGNATURE_2020, keys.didKeyVerificationMethod(), ISSUED));
        VerificationReport report = verifier.verify(text(signed));
        assertVerifiedWithAWarning(report, "proof.cryptosuite");
    }
}
