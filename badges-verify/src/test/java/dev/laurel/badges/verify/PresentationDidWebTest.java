package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.keys;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.presentation.PresentationSigner;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.PresentationCheck;
import dev.laurel.badges.verify.report.VerificationReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A did:web holder whose key its DID document lists only under {@code authentication}: accepted for a
 * presentation's {@code authentication} proof, refused for a credential's {@code assertionMethod} proof; and
 * the reverse, a key listed only under {@code assertionMethod}, refused as the holder's. The DID document is
 * served by a {@link MapDocumentFetcher} at its did:web address; nothing else is reachable.
 */
class PresentationDidWebTest {

    private static final String DID = "did:web:wallet.example:alice";
    private static final String DOC_URL = "https://wallet.example/alice/did.json";
    private static final String NONCE = "n-9";
    private static final String DOMAIN = "https://verifier.example";
    private static final LaurelKey ISSUER = keys(31);

    private static LaurelKey key(KeyKind kind) {
        return kind == KeyKind.ED25519 ? keys(32) : KeyPairs.generate(kind);
    }

    /** The holder's DID document: key-1 under the given relationship only. */
    private static String document(LaurelKey key, String relationship) {
        return "{\"@context\":[\"https://www.w3.org/ns/did/v1\"],\"id\":\"" + DID + "\",\"verificationMethod\":[{"
                + "\"id\":\"" + DID + "#key-1\",\"type\":\"Multikey\",\"controller\":\"" + DID + "\","
                + "\"publicKeyMultibase\":\"" + key.publicKeyMultibase() + "\"}],\"" + relationship + "\":[\"#key-1\"]}";
    }

    private static Verifier verifier(LaurelKey key, String relationship) {
        return Verifier.builder().fetcher(MapDocumentFetcher.of(Map.of(DOC_URL, document(key, relationship))))
                .clock(CLOCK).build().withChallenge(NONCE).withDomain(DOMAIN);
    }

    private static String presentation(LaurelKey key) {
        return PresentationSigner.of(key).holder(DID).verificationMethod(DID + "#key-1").clock(CLOCK)
                .challenge(NONCE).domain(DOMAIN).signDataIntegrity(List.of(text(signDi(credential(ISSUER), ISSUER))));
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"ED25519", "P256"})
    void anAuthenticationOnlyKeyProvesAPresentation(KeyKind kind) {
        LaurelKey key = key(kind);
        VerificationReport report = verifier(key, "authentication").verify(presentation(key));
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.outcome(PresentationCheck.HOLDER_BINDING)).isEqualTo(Outcome.PASSED);
        assertThat(report.check(PresentationCheck.HOLDER_BINDING).orElseThrow().message()).contains("authentication");
        assertThat(report.presentation().orElseThrow().holder()).contains(DID);
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"ED25519", "P256"})
    void anAuthenticationOnlyKeyCannotSignACredential(KeyKind kind) {
        LaurelKey key = key(kind);
        ObjectNode credential = credential(DID, Optional.empty());
        ProofSuite suite = kind == KeyKind.ED25519 ? ProofSuite.EDDSA_RDFC_2022 : ProofSuite.ECDSA_RDFC_2019;
        ObjectNode signed = DataIntegritySigner.of(key).sign(credential, ProofOptions.of(suite, DID + "#key-1",
                VerifierFixtures.ISSUED));
        VerificationReport report = verifier(key, "authentication").verify(text(signed));
        assertThat(report.isPresentation()).isFalse();
        assertThat(report.verified()).isFalse();
        assertThat(report.outcome("proof.key")).isEqualTo(Outcome.FAILED);
        assertThat(report.check("proof.key").orElseThrow().message()).contains("assertionMethod");

        VerificationReport asserted = verifier(key, "assertionMethod").verify(text(signed));
        assertThat(asserted.failures()).isEmpty();
        assertThat(asserted.verified()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"ED25519", "P256"})
    void anAssertionOnlyKeyIsNotTheHoldersForAPresentation(KeyKind kind) {
        LaurelKey key = key(kind);
        VerificationReport report = verifier(key, "assertionMethod").verify(presentation(key));
        assertThat(report.outcome(PresentationCheck.PROOF)).isEqualTo(Outcome.PASSED);
        assertThat(report.outcome(PresentationCheck.HOLDER_BINDING)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(PresentationCheck.HOLDER_BINDING).orElseThrow().message())
                .contains("not listed under its authentication");
        assertThat(report.verified()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void thePresentationsOwnFetchesHaveTheVerifiersBudget() {
        LaurelKey key = key(KeyKind.ED25519);
        Verifier hurried = Verifier.builder().fetcher(MapDocumentFetcher.of(Map.of(DOC_URL, document(key, "authentication"))))
                .clock(CLOCK).deadline(java.time.Duration.ofNanos(1)).build().withChallenge(NONCE).withDomain(DOMAIN);
        VerificationReport report = hurried.verify(presentation(key));
        assertThat(report.outcome("verifier.limits")).isEqualTo(Outcome.FAILED);
        assertThat(report.check("verifier.limits").orElseThrow().message()).contains("deadline");
        assertThat(report.verified()).isFalse();
    }
}
