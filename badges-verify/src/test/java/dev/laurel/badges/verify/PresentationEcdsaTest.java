package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.keys;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Presentations signed with ecdsa-rdfc-2019 (P-256, P-384) beside eddsa-rdfc-2022: signed, verified, refused. */
class PresentationEcdsaTest {

    private static final LaurelKey ISSUER = keys(11);
    private static final String NONCE = "c-8d1f0e";
    private static final String DOMAIN = "https://registrar.example";
    private static final PresentationOptions EXPECTED = PresentationOptions.none().withChallenge(NONCE).withDomain(DOMAIN);
    private static final PresentationVerifier VERIFIER = PresentationVerifier.of(
            VerifierFixtures.verifier(DocumentFetcher.refusing()));

    private static LaurelKey holder(KeyKind kind) {
        return kind == KeyKind.ED25519 ? keys(12) : KeyPairs.generate(kind);
    }

    private static String signed(KeyKind kind) {
        return PresentationSigner.of(holder(kind)).clock(CLOCK).challenge(NONCE).domain(DOMAIN)
                .signDataIntegrity(List.of(text(signDi(credential(ISSUER), ISSUER))));
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"ED25519", "P256", "P384"})
    void signedPresentationVerifiesWithItsSuite(KeyKind kind) {
        String vp = signed(kind);
        ObjectNode proof = (ObjectNode) VerifierFixtures.object(vp).get("proof");
        assertThat(proof.get("cryptosuite").asText()).isEqualTo(kind == KeyKind.ED25519 ? "eddsa-rdfc-2022" : "ecdsa-rdfc-2019");
        assertThat(proof.get("proofPurpose").asText()).isEqualTo("authentication");
        PresentationReport report = VERIFIER.verify(vp, EXPECTED);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.DATA_INTEGRITY);
        assertThat(report.outcome(PresentationCheck.HOLDER_BINDING)).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome("proof.signature")).isEqualTo(Outcome.PASSED);
        assertThat(report.credentials()).hasSize(1).allMatch(r -> r.verified());
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"ED25519", "P256", "P384"})
    void wrongChallengeFails(KeyKind kind) {
        PresentationReport report = VERIFIER.verify(signed(kind),
                PresentationOptions.none().withChallenge("another").withDomain(DOMAIN));
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome(PresentationCheck.CHALLENGE)).isEqualTo(Outcome.FAILED);
        assertThat(report.outcome(PresentationCheck.DOMAIN)).isEqualTo(Outcome.PASSED);
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"ED25519", "P256", "P384"})
    void wrongDomainFails(KeyKind kind) {
        PresentationReport report = VERIFIER.verify(signed(kind),
                PresentationOptions.none().withChallenge(NONCE).withDomain("https://elsewhere.example"));
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome(PresentationCheck.DOMAIN)).isEqualTo(Outcome.FAILED);
        assertThat(report.outcome(PresentationCheck.CHALLENGE)).isEqualTo(Outcome.PASSED);
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"ED25519", "P256", "P384"})
    void tamperedPresentationFailsItsSignature(KeyKind kind) {
        ObjectNode vp = VerifierFixtures.object(signed(kind));
        vp.put("holder", ISSUER.didKey());
        PresentationReport report = VERIFIER.verify(text(vp), EXPECTED);
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome("proof.signature")).isEqualTo(Outcome.FAILED);
        assertThat(report.outcome(PresentationCheck.PROOF)).isEqualTo(Outcome.FAILED);
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"ED25519", "P256", "P384"})
    void changedChallengeBreaksTheSignature(KeyKind kind) {
        ObjectNode vp = VerifierFixtures.object(signed(kind));
        ((ObjectNode) vp.get("proof")).put("challenge", "another");
        PresentationReport report = VERIFIER.verify(text(vp), PresentationOptions.none().withChallenge("another")
                .withDomain(DOMAIN));
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome("proof.signature")).isEqualTo(Outcome.FAILED);
    }
}
