package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.keys;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.signJwt;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.presentation.PresentationOptions;
import dev.laurel.badges.verify.presentation.PresentationReport;
import dev.laurel.badges.verify.presentation.PresentationSigner;
import dev.laurel.badges.verify.presentation.PresentationVerifier;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.PresentationCheck;
import dev.laurel.badges.verify.report.ProofFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresentationTest {

    private static final LaurelKey ISSUER = keys(1);
    private static final LaurelKey HOLDER = keys(2);
    private static final LaurelKey OTHER = keys(3);
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final String DOMAIN = "https://employer.example";
    private static final PresentationOptions EXPECTED = PresentationOptions.none().withChallenge(NONCE).withDomain(DOMAIN);

    private final PresentationVerifier verifier = PresentationVerifier.builder()
            .verifier(VerifierFixtures.verifier(DocumentFetcher.refusing())).build();

    private static String embedded() {
        return text(signDi(credential(ISSUER), ISSUER));
    }

    private static String jwt() {
        return signJwt(credential(ISSUER), ISSUER);
    }

    private static PresentationSigner signer(LaurelKey key) {
        return PresentationSigner.of(key).clock(CLOCK).challenge(NONCE).domain(DOMAIN);
    }

    @Test
    void aSignedPresentationOfTwoCredentialsVerifies() {
        String vp = signer(HOLDER).sign(List.of(embedded(), jwt()));
        PresentationReport report = verifier.verify(vp, EXPECTED);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.DATA_INTEGRITY);
        assertThat(report.holder()).contains(HOLDER.didKey());
        assertThat(report.credentials()).hasSize(2).allMatch(r -> r.verified());
        assertThat(report.outcome(PresentationCheck.CHALLENGE)).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome(PresentationCheck.DOMAIN)).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome(PresentationCheck.HOLDER_BINDING)).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome("proof.purpose")).isEqualTo(Outcome.PASSED);
        assertThat(PresentationVerifier.isPresentation(vp.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PresentationVerifier.isPresentation(embedded().getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aWrongOrMissingChallengeFails() {
        String vp = signer(HOLDER).sign(List.of(embedded()));
        PresentationReport wrong = verifier.verify(vp, PresentationOptions.none().withChallenge("other").withDomain(DOMAIN));
        assertThat(wrong.verified()).isFalse();
        assertThat(wrong.outcome(PresentationCheck.CHALLENGE)).isEqualTo(Outcome.FAILED);
        assertThat(wrong.outcome(PresentationCheck.DOMAIN)).isEqualTo(Outcome.PASSED);

        String none = PresentationSigner.of(HOLDER).clock(CLOCK).domain(DOMAIN).sign(List.of(embedded()));
        PresentationReport missing = verifier.verify(none, EXPECTED);
        assertThat(missing.verified()).isFalse();
        assertThat(missing.check(PresentationCheck.CHALLENGE).orElseThrow().message()).contains("no challenge");

        PresentationReport unexpected = verifier.verify(vp, PresentationOptions.none());
        assertThat(unexpected.verified()).isTrue();
        assertThat(unexpected.outcome(PresentationCheck.CHALLENGE)).isEqualTo(Outcome.WARNING);
        assertThat(unexpected.outcome(PresentationCheck.DOMAIN)).isEqualTo(Outcome.WARNING);
    }

    @Test
    void aWrongDomainFails() {
        String vp = signer(HOLDER).sign(List.of(embedded()));
        PresentationReport report = verifier.verify(vp, PresentationOptions.none().withChallenge(NONCE)
                .withDomain("https://attacker.example"));
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome(PresentationCheck.DOMAIN)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aChangedChallengeBreaksTheSignature() {
        ObjectNode vp = VerifierFixtures.object(signer(HOLDER).sign(List.of(embedded())));
        ((ObjectNode) vp.get("proof")).put("challenge", "replayed");
        PresentationReport report = verifier.verify(text(vp), PresentationOptions.none().withChallenge("replayed"));
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome(PresentationCheck.PROOF)).isEqualTo(Outcome.FAILED);
        assertThat(report.outcome("proof.signature")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aKeyThatIsNotTheHoldersFails() {
        String vp = signer(OTHER).holder(HOLDER.didKey()).sign(List.of(embedded()));
        PresentationReport report = verifier.verify(vp, EXPECTED);
        assertThat(report.outcome(PresentationCheck.PROOF)).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome(PresentationCheck.HOLDER_BINDING)).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void noHolderWarnsUnlessOneIsRequired() {
        ObjectNode unsigned = VerifierFixtures.object(signer(HOLDER).sign(List.of(embedded())));
        unsigned.remove("holder");
        unsigned.remove("proof");
        ObjectNode vp = dev.laurel.badges.verify.dataintegrity.DataIntegritySigner.of(HOLDER).sign(unsigned,
                dev.laurel.badges.verify.dataintegrity.ProofOptions.of(
                        dev.laurel.badges.verify.dataintegrity.ProofSuite.EDDSA_RDFC_2022,
                        HOLDER.didKeyVerificationMethod(), VerifierFixtures.NOW)
                        .withProofPurpose("authentication").withChallenge(NONCE).withDomain(DOMAIN));
        PresentationReport lax = verifier.verify(text(vp), EXPECTED);
        assertThat(lax.verified()).isTrue();
        assertThat(lax.outcome(PresentationCheck.HOLDER_BINDING)).isEqualTo(Outcome.WARNING);
        PresentationReport strict = verifier.verify(text(vp), EXPECTED.requiringHolder());
        assertThat(strict.verified()).isFalse();
        assertThat(strict.outcome(PresentationCheck.HOLDER_BINDING)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aCredentialProofPurposeDoesNotAuthenticate() {
        ObjectNode unsigned = VerifierFixtures.object(signer(HOLDER).sign(List.of(embedded())));
        unsigned.remove("proof");
        ObjectNode vp = signDi(unsigned, HOLDER); // assertionMethod, as for a credential
        PresentationReport report = verifier.verify(text(vp), PresentationOptions.none());
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome("proof.purpose")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aTamperedCredentialInsideFailsAndItsReportSaysWhy() {
        ObjectNode credential = signDi(credential(ISSUER), ISSUER);
        credential.put("name", "Java 999");
        String vp = signer(HOLDER).sign(List.of(jwt(), text(credential)));
        PresentationReport report = verifier.verify(vp, EXPECTED);
        assertThat(report.outcome(PresentationCheck.PROOF)).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isFalse();
        assertThat(report.credentials()).hasSize(2);
        assertThat(report.credentials().get(0).verified()).isTrue();
        assertThat(report.credentials().get(1).verified()).isFalse();
        assertThat(report.credentials().get(1).outcome("proof.signature")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).anySatisfy(c -> {
            assertThat(c.step()).isEqualTo(PresentationCheck.CREDENTIAL);
            assertThat(c.path()).isEqualTo("/verifiableCredential/1");
            assertThat(c.message()).contains("proof.signature");
        });
    }

    @Test
    void anUnsignedPresentationFails() {
        ObjectNode vp = VerifierFixtures.object(signer(HOLDER).sign(List.of(embedded())));
        vp.remove("proof");
        PresentationReport report = verifier.verify(text(vp), EXPECTED);
        assertThat(report.verified()).isFalse();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.NONE);
        assertThat(report.outcome(PresentationCheck.PROOF)).isEqualTo(Outcome.FAILED);
        assertThat(report.credentials()).hasSize(1).allMatch(r -> r.verified());
    }

    @Test
    void tooManyCredentialsAreRefusedWithoutVerifyingAny() {
        PresentationVerifier small = PresentationVerifier.of(Verifier.builder().fetcher(DocumentFetcher.refusing())
                .clock(CLOCK).maxCredentials(2).build());
        String one = jwt();
        String vp = signer(HOLDER).sign(List.of(one, one, one));
        PresentationReport report = small.verify(vp, EXPECTED);
        assertThat(report.verified()).isFalse();
        assertThat(report.credentials()).isEmpty();
        assertThat(report.check(PresentationCheck.CREDENTIAL).orElseThrow().message()).contains("more than the limit of 2");
        assertThat(verifier.verify(vp, EXPECTED).verified()).isTrue();
    }

    @Test
    void aVpJwtWithNonceAndAudVerifies() {
        LaurelKey p256 = KeyPairs.generate(KeyKind.P256);
        String vp = signer(p256).sign(List.of(jwt(), embedded()));
        assertThat(vp.chars().filter(c -> c == '.').count()).isEqualTo(2);
        PresentationReport report = verifier.verify(vp, EXPECTED);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.VC_JWT);
        assertThat(report.holder()).hasValueSatisfying(h -> assertThat(h).startsWith("did:jwk:"));
        assertThat(report.outcome(PresentationCheck.HOLDER_BINDING)).isEqualTo(Outcome.PASSED);
        assertThat(report.credentials()).hasSize(2);
        assertThat(PresentationVerifier.isPresentation(vp.getBytes(StandardCharsets.US_ASCII))).isTrue();

        PresentationReport wrongNonce = verifier.verify(vp, PresentationOptions.none().withChallenge("x").withDomain(DOMAIN));
        assertThat(wrongNonce.outcome(PresentationCheck.CHALLENGE)).isEqualTo(Outcome.FAILED);
        PresentationReport wrongAud = verifier.verify(vp, PresentationOptions.none().withChallenge(NONCE).withDomain("x"));
        assertThat(wrongAud.outcome(PresentationCheck.DOMAIN)).isEqualTo(Outcome.FAILED);
        assertThat(wrongAud.verified()).isFalse();
    }

    @Test
    void anEd25519VpJwtWhoseSignatureIsBrokenFails() {
        String vp = signer(HOLDER).signJwt(List.of(jwt()));
        String[] parts = vp.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(NONCE, "other-nonce");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        PresentationReport report = verifier.verify(forged, PresentationOptions.none().withChallenge("other-nonce"));
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome("jws.signature")).isEqualTo(Outcome.FAILED);
        assertThat(report.credentials()).isEmpty();
        assertThat(verifier.verify(vp, EXPECTED).verified()).isTrue();
    }

    @Test
    void aVcdm11VpClaimJwtVerifiesWithAWarning() {
        ObjectNode vp = VerifierFixtures.object("{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],"
                + "\"type\":[\"VerifiablePresentation\"]}");
        ArrayNode list = vp.putArray("verifiableCredential");
        list.add(jwt());
        ObjectNode payload = VerifierFixtures.object("{}");
        payload.set("vp", vp);
        payload.put("iss", HOLDER.didKey());
        payload.put("nonce", NONCE);
        payload.put("aud", DOMAIN);
        payload.put("exp", VerifierFixtures.NOW.getEpochSecond() + 600);
        String token = dev.laurel.badges.verify.jose.internal.JwsCrypto.sign(
                new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.EdDSA)
                        .keyID(HOLDER.didKeyVerificationMethod()).build(),
                text(payload).getBytes(StandardCharsets.UTF_8),
                dev.laurel.badges.verify.jose.internal.JwsCrypto.signer(HOLDER));
        PresentationReport report = verifier.verify(token, EXPECTED);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.warnings()).extracting(c -> c.id())
                .contains(PresentationCheck.FORMAT.id(), PresentationCheck.VERSION.id());
        assertThat(report.outcome(PresentationCheck.VALIDITY)).isEqualTo(Outcome.PASSED);
    }

    @Test
    void inputThatIsNoPresentationIsReportedNotThrown() {
        List<String> inputs = new ArrayList<>(List.of("", "{", "[]", "{}", "a.b.c", "eyJhbGciOiJub25lIn0.e30.",
                embedded(), "{\"type\":\"VerifiablePresentation\",\"verifiableCredential\":[1,{\"type\":"
                        + "\"EnvelopedVerifiableCredential\",\"id\":\"https://x\"}]}"));
        for (String input : inputs) {
            PresentationReport report = verifier.verify(input, EXPECTED);
            assertThat(report.verified()).as(input).isFalse();
            assertThat(report.checks()).as(input).isNotEmpty();
        }
    }

    @Test
    void aRecipientIsMatchedAgainstEveryCredentialInside() {
        String vp = signer(HOLDER).sign(List.of(embedded()));
        PresentationReport right = verifier.verify(vp, EXPECTED.withRecipient(
                dev.laurel.badges.verify.report.Recipient.parse("email:alice@example.org")));
        assertThat(right.credentials().get(0).outcome("recipient.match")).isEqualTo(Outcome.PASSED);
        PresentationReport wrong = verifier.verify(vp, EXPECTED.withRecipient(
                dev.laurel.badges.verify.report.Recipient.parse("email:mallory@example.org")));
        assertThat(wrong.verified()).isFalse();
        assertThat(wrong.credentials().get(0).outcome("recipient.match")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void anExpiredVpJwtFailsItsValidity() {
        String vp = signer(HOLDER).clock(java.time.Clock.fixed(VerifierFixtures.NOW.minusSeconds(86_400),
                java.time.ZoneOffset.UTC)).signJwt(List.of(jwt()));
        String[] parts = vp.split("\\.");
        ObjectNode payload = VerifierFixtures.object(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8));
        payload.put("exp", VerifierFixtures.NOW.getEpochSecond() - 3600);
        String token = dev.laurel.badges.verify.jose.internal.JwsCrypto.sign(
                new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.EdDSA)
                        .keyID(HOLDER.didKeyVerificationMethod()).build(),
                text(payload).getBytes(StandardCharsets.UTF_8),
                dev.laurel.badges.verify.jose.internal.JwsCrypto.signer(HOLDER));
        PresentationReport report = verifier.verify(token, EXPECTED);
        assertThat(report.outcome(PresentationCheck.PROOF)).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome(PresentationCheck.VALIDITY)).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void aVpJwtSignedByAnotherKeyThanTheHoldersFails() {
        String vp = signer(OTHER).holder(HOLDER.didKey()).signJwt(List.of(jwt()));
        PresentationReport report = verifier.verify(vp, EXPECTED);
        assertThat(report.outcome("jws.signature")).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome(PresentationCheck.HOLDER_BINDING)).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void dataIntegrityRefusesAnRsaKeyAndNonCredentials() {
        LaurelKey rsa = KeyPairs.generate(KeyKind.RSA);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PresentationSigner.of(rsa).signDataIntegrity(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RSA");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PresentationSigner.of(HOLDER).sign(List.of("not a credential")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
