package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static dev.laurel.badges.verify.VerifierFixtures.verifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import dev.laurel.badges.verify.report.VerifierCheck;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 at the front door: binding for DID issuers against an attacker's header {@code jwk}, documents
 * in other encodings where keys and status lists come from, {@code Error}s inside a verification, and the
 * per-verification fetch budget.
 */
class VerifierTrustTest {

    final LaurelKey issuer = VerifierFixtures.keys(1);
    final LaurelKey attacker = VerifierFixtures.keys(66);

    static final String DID_WEB = "did:web:university.example";
    static final String DID_WEB_DOC = "https://university.example/.well-known/did.json";

    String didWebDocument() {
        return "{\"@context\":[\"https://www.w3.org/ns/did/v1\"],\"id\":\"" + DID_WEB + "\",\"verificationMethod\":[{"
                + "\"id\":\"" + DID_WEB + "#key-1\",\"type\":\"Multikey\",\"controller\":\"" + DID_WEB + "\","
                + "\"publicKeyMultibase\":\"" + issuer.publicKeyMultibase() + "\"}],\"assertionMethod\":[\"#key-1\"]}";
    }

    static String didJwk(LaurelKey key) {
        return "did:jwk:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(key.toPublicJwk().getBytes(StandardCharsets.UTF_8));
    }

    /** A VC-JWT for {@code issuerId} signed by the attacker, carrying the attacker's key in its header. */
    String headerJwkForgery(String issuerId) {
        return VcJwtSigner.of(attacker).sign(credential(issuerId, Optional.empty()));
    }

    @Test
    void didJwkIssuerWithAnAttackersHeaderJwkFailsBindingInBothModes() {
        String jwt = headerJwkForgery(didJwk(issuer));
        for (Verifier v : new Verifier[] {verifier(DocumentFetcher.refusing()), VerifierFixtures.lenient(DocumentFetcher.refusing())}) {
            VerificationReport report = v.verify(jwt);
            assertThat(outcome(report, "proof.key-binding")).isEqualTo(Outcome.FAILED);
            assertThat(report.verified()).isFalse();
        }
    }

    @Test
    void didWebIssuerWithAnAttackersHeaderJwkFailsBindingInBothModes() {
        DocumentFetcher did = MapDocumentFetcher.builder().put(DID_WEB_DOC, didWebDocument()).build();
        String jwt = headerJwkForgery(DID_WEB);
        for (Verifier v : new Verifier[] {verifier(did), VerifierFixtures.lenient(did)}) {
            VerificationReport report = v.verify(jwt);
            assertThat(outcome(report, "proof.key-binding")).isEqualTo(Outcome.FAILED);
            assertThat(report.check("proof.key-binding").orElseThrow().message()).contains("not one of its assertion keys");
            assertThat(report.verified()).isFalse();
        }
    }

    @Test
    void didWebIssuersOwnKeyVerifiesStrictly() {
        DocumentFetcher did = MapDocumentFetcher.builder().put(DID_WEB_DOC, didWebDocument()).build();
        String jwt = VcJwtSigner.of(issuer).withKeyId(DID_WEB + "#key-1").sign(credential(DID_WEB, Optional.empty()));
        VerificationReport report = verifier(did).verify(jwt);
        assertThat(report.failures()).isEmpty();
        assertThat(outcome(report, "proof.key-binding")).isEqualTo(Outcome.PASSED);
    }

    // ------------------------------------------------------------------ encodings where keys and lists come from

    static FetchedDocument utf16(URI uri, String json) {
        return new FetchedDocument(uri, Optional.of("application/json"), json.getBytes(Charset.forName("UTF-16LE")));
    }

    @Test
    void didDocumentServedAsUtf16IsATypedFailureNotAnError() {
        DocumentFetcher fetcher = (uri, accept) -> utf16(uri, didWebDocument());
        String jwt = VcJwtSigner.of(issuer).withKeyId(DID_WEB + "#key-1").sign(credential(DID_WEB, Optional.empty()));
        VerificationReport report = verifier(fetcher).verify(jwt);
        assertThat(outcome(report, "jws.key")).isEqualTo(Outcome.FAILED);
        assertThat(report.check("jws.key").orElseThrow().message()).contains("UNSUPPORTED_ENCODING");
        assertThat(report.check(VerifierCheck.ERROR)).isEmpty();
        assertThat(report.verified()).isFalse();
    }

    @Test
    void statusListServedAsUtf16IsATypedFailureNotAnError() {
        ObjectNode c = credential(issuer);
        c.set("credentialStatus", VerifierStatusTest.entry("revocation", 3));
        String signed = text(signDi(c, issuer));
        DocumentFetcher fetcher = (uri, accept) -> utf16(uri, "{\"type\":[\"VerifiableCredential\"]}");
        VerificationReport report = verifier(fetcher).verify(signed);
        assertThat(outcome(report, "status.revocation")).isEqualTo(Outcome.FAILED);
        assertThat(report.check(VerifierCheck.ERROR)).isEmpty();
        assertThat(report.verified()).isFalse();
    }

    // ------------------------------------------------------------------ Errors inside a verification

    @Test
    void anAssertionErrorInAFetcherBecomesAVerifierErrorCheck() {
        DocumentFetcher broken = (uri, accept) -> {
            throw new AssertionError("unreachable");
        };
        String jwt = VcJwtSigner.of(issuer).withKeyId(DID_WEB + "#key-1").sign(credential(DID_WEB, Optional.empty()));
        VerificationReport report = verifier(broken).verify(jwt);
        assertThat(outcome(report, VerifierCheck.ERROR.id())).isEqualTo(Outcome.FAILED);
        assertThat(report.check(VerifierCheck.ERROR).orElseThrow().message()).doesNotContain("AssertionError")
                .doesNotContain("unreachable");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void aVirtualMachineErrorIsNotSwallowed() {
        DocumentFetcher exhausted = (uri, accept) -> {
            throw new OutOfMemoryError("simulated");
        };
        String jwt = VcJwtSigner.of(issuer).withKeyId(DID_WEB + "#key-1").sign(credential(DID_WEB, Optional.empty()));
        assertThatThrownBy(() -> verifier(exhausted).verify(jwt)).isInstanceOf(OutOfMemoryError.class);
    }

    // ------------------------------------------------------------------ the fetch budget

    @Test
    void aVerificationFetchesAtMostItsBudgetOfDistinctDocuments() {
        // An https issuer whose verification method, profile and status list are all on other URLs:
        // a budget of 1 lets the key through and refuses the issuer document.
        String issuerId = "https://issuer.example/issuers/1";
        String vm = "https://keys.example/k#" + issuer.publicKeyMultibase();
        ObjectNode signed = DataIntegritySigner.of(issuer).sign(credential(issuerId, Optional.empty()),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, vm, VerifierFixtures.ISSUED));
        AtomicInteger asked = new AtomicInteger();
        DocumentFetcher counting = (uri, accept) -> {
            asked.incrementAndGet();
            return MapDocumentFetcher.builder()
                    .put("https://keys.example/k", "{\"id\":\"https://keys.example/k\",\"verificationMethod\":[{\"id\":\""
                            + vm + "\",\"type\":\"Multikey\",\"publicKeyMultibase\":\"" + issuer.publicKeyMultibase() + "\"}]}")
                    .put(issuerId, "{\"id\":\"" + issuerId + "\",\"verificationMethod\":[\"" + vm + "\"]}")
                    .build().fetch(uri, accept);
        };
        Verifier tight = Verifier.builder().fetcher(counting).clock(CLOCK).maxFetches(1).build();
        VerificationReport report = tight.verify(text(signed));
        assertThat(asked.get()).isEqualTo(1);
        assertThat(outcome(report, VerifierCheck.LIMITS.id())).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
        Verifier roomy = Verifier.builder().fetcher(counting).clock(CLOCK).build();
        assertThat(roomy.verify(text(signed)).failures()).as("two documents fit the default budget").isEmpty();
    }

    @Test
    void aVerificationStopsFetchingAfterItsDeadline() {
        // The key document takes longer than the deadline (its fragment key is used instead); the issuer's
        // profile, asked for next, is never fetched.
        AtomicInteger asked = new AtomicInteger();
        DocumentFetcher slow = (uri, accept) -> {
            asked.incrementAndGet();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new dev.laurel.badges.verify.fetch.FetchException(dev.laurel.badges.verify.fetch.FetchCode.TIMEOUT, "slow");
        };
        String issuerId = "https://issuer.example/issuers/1";
        ObjectNode signed = DataIntegritySigner.of(issuer).sign(credential(issuerId, Optional.empty()),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, "https://keys.example/k#" + issuer.publicKeyMultibase(),
                        VerifierFixtures.ISSUED));
        Verifier v = Verifier.builder().fetcher(slow).clock(CLOCK).deadline(Duration.ofMillis(100))
                .keyBinding(dev.laurel.badges.verify.keys.BindingMode.LENIENT).build();
        VerificationReport report = v.verify(text(signed));
        assertThat(asked.get()).isEqualTo(1);
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, VerifierCheck.LIMITS.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void budgetSettingsAreChecked() {
        assertThatThrownBy(() -> Verifier.builder().maxFetches(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Verifier.builder().deadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
