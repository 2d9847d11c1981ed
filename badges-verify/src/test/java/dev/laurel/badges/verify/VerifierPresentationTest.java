package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.keys;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.signJwt;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.presentation.PresentationSigner;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.PresentationCheck;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Verifier, the module's one entry point, recognises a presentation by content and nests its credentials. */
class VerifierPresentationTest {

    private static final LaurelKey ISSUER = keys(21);
    private static final LaurelKey HOLDER = keys(22);
    private static final String NONCE = "n-42";
    private static final String DOMAIN = "https://hr.example";
    private static final Verifier VERIFIER = VerifierFixtures.verifier(DocumentFetcher.refusing());

    private static PresentationSigner signer() {
        return PresentationSigner.of(HOLDER).clock(CLOCK).challenge(NONCE).domain(DOMAIN);
    }

    private static List<String> credentials() {
        return List.of(text(signDi(credential(ISSUER), ISSUER)), signJwt(credential(ISSUER), ISSUER));
    }

    @Test
    void anEmbeddedProofPresentationIsVerifiedWithNestedReports() {
        VerificationReport report = VERIFIER.withChallenge(NONCE).withDomain(DOMAIN).verify(signer().sign(credentials()));
        assertThat(report.isPresentation()).isTrue();
        assertThat(report.kind()).isEqualTo(DocumentKind.NOT_A_BADGE);
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.DATA_INTEGRITY);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.presentation().orElseThrow().holder()).contains(HOLDER.didKey());
        assertThat(report.presentation().orElseThrow().credentials()).hasSize(2).allMatch(VerificationReport::verified);
        assertThat(report.outcome(PresentationCheck.CHALLENGE)).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome(PresentationCheck.DOMAIN)).isEqualTo(Outcome.PASSED);
    }

    @Test
    void aVpJwtIsRecognisedToo() {
        VerificationReport report = VERIFIER.withChallenge(NONCE).withDomain(DOMAIN).verify(signer().signJwt(credentials()));
        assertThat(report.isPresentation()).isTrue();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.VC_JWT);
        assertThat(report.verified()).isTrue();
        assertThat(report.presentation().orElseThrow().credentials()).hasSize(2);
    }

    @Test
    void withoutAnExpectedChallengeTheGivenOneWarnsAndIsNotCompared() {
        VerificationReport report = VERIFIER.verify(signer().sign(credentials()));
        assertThat(report.outcome(PresentationCheck.CHALLENGE)).isEqualTo(Outcome.WARNING);
        assertThat(report.outcome(PresentationCheck.DOMAIN)).isEqualTo(Outcome.WARNING);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void aWrongChallengeOrDomainThroughTheVerifierFails() {
        String vp = signer().sign(credentials());
        assertThat(VERIFIER.withChallenge("other").withDomain(DOMAIN).verify(vp).outcome(PresentationCheck.CHALLENGE))
                .isEqualTo(Outcome.FAILED);
        VerificationReport wrongDomain = VERIFIER.withChallenge(NONCE).withDomain("https://x.example").verify(vp);
        assertThat(wrongDomain.outcome(PresentationCheck.DOMAIN)).isEqualTo(Outcome.FAILED);
        assertThat(wrongDomain.verified()).isFalse();
    }

    @Test
    void aFailingCredentialInsideMakesThePresentationUnverified() {
        com.fasterxml.jackson.databind.node.ObjectNode tampered = signDi(credential(ISSUER), ISSUER);
        tampered.put("name", "Java 999");
        VerificationReport report = VERIFIER.withChallenge(NONCE).withDomain(DOMAIN)
                .verify(signer().sign(List.of(text(tampered))));
        assertThat(report.outcome(PresentationCheck.PROOF)).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome(PresentationCheck.CREDENTIAL)).isEqualTo(Outcome.FAILED);
        assertThat(report.presentation().orElseThrow().credentials().get(0).outcome("proof.signature"))
                .isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void aRecipientIsMatchedInsideAndARequiredHolderIsEnforced() {
        String vp = signer().sign(credentials());
        VerificationReport report = VERIFIER.withChallenge(NONCE).withDomain(DOMAIN).requiringHolder()
                .verify(vp.getBytes(java.nio.charset.StandardCharsets.UTF_8), Recipient.parse("email:nobody@example.org"));
        assertThat(report.presentation().orElseThrow().credentials()).allMatch(r -> r.outcome("recipient.match") == Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void aPresentationInsideAPresentationIsNotReadAsOne() {
        String inner = signer().sign(credentials());
        VerificationReport report = VERIFIER.withChallenge(NONCE).withDomain(DOMAIN).verify(signer().sign(List.of(inner)));
        List<VerificationReport> nested = report.presentation().orElseThrow().credentials();
        assertThat(nested).hasSize(1);
        assertThat(nested.get(0).isPresentation()).isFalse();
        assertThat(nested.get(0).verified()).isFalse();
        assertThat(report.verified()).isFalse();
    }

    @Test
    void aCredentialIsStillACredential() {
        VerificationReport report = VERIFIER.verify(text(signDi(credential(ISSUER), ISSUER)));
        assertThat(report.isPresentation()).isFalse();
        assertThat(report.presentation()).isEmpty();
        assertThat(report.verified()).isTrue();
    }

    @Test
    void recognitionIsByContentAndCheap() {
        String vp = signer().sign(credentials());
        String jwt = signer().signJwt(credentials());
        assertThat(dev.laurel.badges.verify.presentation.PresentationVerifier.isPresentation(
                ("\n  " + vp).getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        assertThat(dev.laurel.badges.verify.presentation.PresentationVerifier.isPresentation(
                (jwt + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isTrue();
        // A credential that merely mentions the word, a VC-JWT, and binary with two dots are not presentations.
        com.fasterxml.jackson.databind.node.ObjectNode mentions = credential(ISSUER);
        mentions.put("description", "not a VerifiablePresentation");
        assertThat(dev.laurel.badges.verify.presentation.PresentationVerifier.isPresentation(
                text(mentions).getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
        assertThat(dev.laurel.badges.verify.presentation.PresentationVerifier.isPresentation(
                signJwt(credential(ISSUER), ISSUER).getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isFalse();
        byte[] binary = new byte[1 << 20];
        java.util.Arrays.fill(binary, (byte) 0x89);
        binary[10] = '.';
        binary[20] = '.';
        assertThat(dev.laurel.badges.verify.presentation.PresentationVerifier.isPresentation(binary)).isFalse();
    }

    @Test
    void aJwtPayloadIsOnlyParsedWhenItCanNameAPresentationAndTheAnswerStaysExact() {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"EdDSA\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.util.function.Function<String, byte[]> token = payload -> (header + "."
                + b64.encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".c2ln")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        // Spelt literally, or with a JSON \\u escape (the same string once parsed): both are presentations.
        assertThat(dev.laurel.badges.verify.presentation.PresentationVerifier.isPresentation(
                token.apply("{\"type\":[\"VerifiablePresentation\"]}"))).isTrue();
        assertThat(dev.laurel.badges.verify.presentation.PresentationVerifier.isPresentation(
                token.apply("{\"type\":[\"\\u0056erifiablePresentation\"]}"))).isTrue();
        assertThat(dev.laurel.badges.verify.presentation.PresentationVerifier.isPresentation(
                token.apply("{\"vp\":{\"type\":\"VerifiablePresentatio\\u006e\"}}"))).isTrue();
        // Neither the name nor an escape: not a presentation, whatever else the payload holds.
        assertThat(dev.laurel.badges.verify.presentation.PresentationVerifier.isPresentation(
                token.apply("{\"type\":[\"VerifiableCredential\"]}"))).isFalse();
        assertThat(dev.laurel.badges.verify.presentation.PresentationVerifier.isPresentation(
                token.apply("{\"type\":[\"\\u0056erifiableCredential\"]}"))).isFalse();
    }
}
