package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.ISSUED;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.object;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.signJwt;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static dev.laurel.badges.verify.VerifierFixtures.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.jose.internal.JwsCrypto;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.JwsCheck;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import dev.laurel.badges.verify.report.VerificationReport;
import dev.laurel.badges.verify.report.VerifierCheck;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per attack on the Verifier front door: JOSE headers, key binding, hostile fetchers. */
class VerifierSecurityTest {

    static final String BINDING = ProofCheck.KEY_BINDING.id();
    static final String JKU = "https://evil.example/jwks.json";

    final LaurelKey issuerKeys = VerifierFixtures.keys(1);
    final LaurelKey attackerKeys = VerifierFixtures.keys(66);
    final String issuerDid = issuerKeys.didKey();
    final LaurelKey issuerJose = issuerKeys;
    final LaurelKey attackerJose = attackerKeys;

    static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs a payload under a header written by hand, as an attacker would. */
    static String sign(String headerJson, ObjectNode payload, LaurelKey key) {
        try {
            JWSObject jws = new JWSObject(JWSHeader.parse(headerJson),
                    new Payload(text(payload).getBytes(StandardCharsets.UTF_8)));
            jws.sign(JwsCrypto.signer(key));
            return jws.serialize();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    byte[] ed25519(String signingInput) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(issuerJose.privateKey().orElseThrow());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** The JWKS an attacker hosts at the jku URL, holding the attacker's key. */
    DocumentFetcher jwksHost() {
        return MapDocumentFetcher.builder().put(JKU, "{\"keys\": [" + attackerJose.toPublicJwk() + "]}").build();
    }

    // ------------------------------------------------------------------ algorithm and headers

    @Test
    void vcJwtWithAlgNoneAndNoSignatureIsNotVerified() {
        String token = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(text(credential(issuerKeys))) + ".";
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(token);
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, "input.readable")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void vcJwtWithAlgNoneAndAForgedSignatureIsRefusedAtTheAlgorithm() {
        String token = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(text(credential(issuerKeys)))
                + ".c2lnbmF0dXJl";
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(token);
        assertThat(outcome(report, JwsCheck.ALGORITHM.id())).isEqualTo(Outcome.FAILED);
        assertThat(report.check(JwsCheck.SIGNATURE).map(Check::outcome)).isNotEqualTo(Optional.of(Outcome.PASSED));
        assertThat(report.verified()).isFalse();
    }

    @Test
    void vcJwtWithOnlyAJkuHeaderFindsNoKeyAndNeverFetchesIt() {
        VerifierFixtures.RecordingFetcher fetcher = new VerifierFixtures.RecordingFetcher(jwksHost());
        ObjectNode claims = credential(attackerKeys.didKey(), Optional.empty());
        String token = sign("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"jku\":\"" + JKU + "\"}", claims, attackerJose);
        VerificationReport report = verifier(fetcher).verify(token);
        assertThat(fetcher.asked()).doesNotContain(JKU);
        assertThat(outcome(report, JwsCheck.KEY.id())).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void jkuBesideADidKeyIdIsIgnoredWithAWarningAndNeverFetched() {
        VerifierFixtures.RecordingFetcher fetcher = new VerifierFixtures.RecordingFetcher(jwksHost());
        String header = "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\""
                + issuerKeys.didKeyVerificationMethod() + "\",\"jku\":\"" + JKU + "\"}";
        VerificationReport report = verifier(fetcher).verify(sign(header, jwtPayload(), issuerJose));
        assertThat(fetcher.asked()).doesNotContain(JKU);
        assertThat(outcome(report, JwsCheck.HEADER.id())).isEqualTo(Outcome.WARNING);
        assertThat(outcome(report, BINDING)).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }

    /** What VcJwtSigner would put in the payload: the credential with its JWT claims. */
    ObjectNode jwtPayload() {
        String jwt = signJwt(credential(issuerKeys), issuerKeys);
        return object(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ key binding

    @Test
    void vcJwtSignedByAnotherDidKeyThanTheIssuersFailsKeyBinding() {
        VerificationReport report = verifier(DocumentFetcher.refusing())
                .verify(signJwt(credential(issuerKeys), attackerKeys));
        assertThat(outcome(report, JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, BINDING)).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void vcJwtWithAHeaderJwkThatIsNotTheIssuerDidKeysFails() {
        // Without a kid, a did:key issuer's credential signed by anyone's key would otherwise only warn.
        String token = VcJwtSigner.of(attackerJose).sign(credential(issuerKeys));
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(token);
        assertThat(outcome(report, JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, BINDING)).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void vcJwtWithTheIssuerDidKeysOwnKeyAsHeaderJwkIsBound() {
        String token = VcJwtSigner.of(issuerJose).sign(credential(issuerKeys));
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(token);
        assertThat(outcome(report, BINDING)).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void headerJwkOnlyKeyFailsByDefaultAndIsAWarningWhenLenient() {
        // An https issuer whose profile cannot be fetched: nothing confirms or refutes the header jwk.
        ObjectNode claims = credential("https://example.org/issuers/1", Optional.empty());
        String token = VcJwtSigner.of(attackerJose).sign(claims);
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(token);
        assertThat(outcome(report, BINDING)).isEqualTo(Outcome.FAILED);
        assertThat(report.check(BINDING).orElseThrow().message()).contains("key binding: strict");
        assertThat(report.verified()).isFalse();
        VerificationReport lenient = VerifierFixtures.lenient(DocumentFetcher.refusing()).verify(token);
        assertThat(outcome(lenient, BINDING)).isEqualTo(Outcome.WARNING);
        assertThat(lenient.check(BINDING).orElseThrow().message()).contains("key binding: lenient");
        assertThat(lenient.verified()).isTrue();
    }

    @Test
    void headerJwkNotPublishedByTheIssuersProfileFails() {
        String issuer = "https://example.org/issuers/1";
        LaurelKey published = KeyPairs.generateEd25519();
        DocumentFetcher fetcher = MapDocumentFetcher.builder().put(issuer, "{\"id\": \"" + issuer + "\","
                + " \"type\": \"Profile\", \"verificationMethod\": [{\"id\": \"" + issuer + "#k1\","
                + " \"type\": \"JsonWebKey\", \"publicKeyJwk\": " + published.toPublicJwk() + "}]}").build();
        String token = VcJwtSigner.of(attackerJose).sign(credential(issuer, Optional.empty()));
        VerificationReport report = verifier(fetcher).verify(token);
        assertThat(outcome(report, BINDING)).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
        String good = VcJwtSigner.of(published)
                .sign(credential(issuer, Optional.empty()));
        assertThat(verifier(fetcher).verify(good).check(BINDING).map(Check::outcome)).contains(Outcome.PASSED);
    }

    @Test
    void dataIntegrityProofByAnUnconfirmedFragmentKeyFailsUnlessLenient() {
        // The verification method's document cannot be fetched; its fragment is a key (1EdTech validator rule).
        String vm = "https://example.org/keys#" + issuerKeys.publicKeyMultibase();
        ObjectNode signed = DataIntegritySigner.of(issuerKeys).sign(credential("https://example.org/issuers/1",
                Optional.empty()), ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, vm, ISSUED));
        VerificationReport lenient = VerifierFixtures.lenient(DocumentFetcher.refusing()).verify(text(signed));
        assertThat(outcome(lenient, "proof.key-binding")).isEqualTo(Outcome.WARNING);
        assertThat(lenient.verified()).isTrue();
        VerificationReport strict = verifier(DocumentFetcher.refusing()).verify(text(signed));
        assertThat(outcome(strict, "proof.key-binding")).isEqualTo(Outcome.FAILED);
        assertThat(strict.verified()).isFalse();
    }

    @Test
    void didWebKidFragmentIsNotTrustedWhenTheDidDocumentCannotBeFetched() {
        // kid did:web:university.example#<attacker's multibase key>: offline, the fragment must not become the key.
        String did = "did:web:university.example";
        String token = sign("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + did + "#"
                + attackerKeys.publicKeyMultibase() + "\"}", credential(did, Optional.empty()), attackerJose);
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(token);
        assertThat(outcome(report, JwsCheck.KEY.id())).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    String didWebDocument(String did, String assertionMethod) {
        return "{\"@context\": [\"https://www.w3.org/ns/did/v1\", \"https://w3id.org/security/multikey/v1\"],"
                + " \"id\": \"" + did + "\", \"verificationMethod\": [{\"id\": \"" + did + "#key-1\","
                + " \"type\": \"Multikey\", \"controller\": \"" + did + "\","
                + " \"publicKeyMultibase\": \"" + issuerKeys.publicKeyMultibase() + "\"}],"
                + " \"authentication\": [\"" + did + "#key-1\"], \"assertionMethod\": " + assertionMethod + "}";
    }

    @Test
    void didWebKeyListedOnlyForAuthenticationMayNotSignCredentials() {
        String did = "did:web:university.example";
        DocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put("https://university.example/.well-known/did.json", didWebDocument(did, "[]")).build();
        String token = sign("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + did + "#key-1\"}",
                credential(did, Optional.empty()), issuerJose);
        VerificationReport report = verifier(fetcher).verify(token);
        assertThat(outcome(report, JwsCheck.KEY.id())).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void didWebKeyListedUnderAssertionMethodVerifiesAndIsBound() {
        String did = "did:web:university.example";
        DocumentFetcher fetcher = MapDocumentFetcher.builder().put("https://university.example/.well-known/did.json",
                didWebDocument(did, "[\"" + did + "#key-1\"]")).build();
        String token = sign("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + did + "#key-1\"}",
                credential(did, Optional.empty()), issuerJose);
        VerificationReport report = verifier(fetcher).verify(token);
        assertThat(outcome(report, BINDING)).isEqualTo(Outcome.PASSED);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        // The same issuer, a header jwk of another key: the DID document refutes it.
        String forged = VcJwtSigner.of(attackerJose).sign(credential(did, Optional.empty()));
        assertThat(outcome(verifier(fetcher).verify(forged), BINDING)).isEqualTo(Outcome.FAILED);
    }

    // ------------------------------------------------------------------ hostile environment

    @Test
    void fetcherThrowingAnUnexpectedExceptionYieldsAReport() {
        DocumentFetcher broken = (uri, accept) -> {
            throw new IllegalStateException("connection pool closed");
        };
        String hosted = text(VerifierOb2Test.assertion());
        VerificationReport report = verifier(broken).verify(hosted);
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).extracting(Check::id).contains(VerifierCheck.ERROR.id());
        assertThat(report.check(VerifierCheck.ERROR).orElseThrow().message()).contains("internal error")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void fetcherReturningHtmlForTheHostedAssertionIsAFailedCheck() {
        DocumentFetcher html = MapDocumentFetcher.builder().put(VerifierOb2Test.ASSERTION,
                "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8), "text/html").build();
        VerificationReport report = verifier(html).verify(text(VerifierOb2Test.assertion()));
        assertThat(outcome(report, "hosted.fetch")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void tokenWithAPrivateKeyInTheHeaderJwkIsRefused() {
        // nimbus will not even build this header, so the token is assembled and signed by hand.
        String input = b64("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"jwk\":" + issuerJose.toPrivateJwk() + "}") + "."
                + b64(text(jwtPayload()));
        String token = input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(ed25519(input));
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(token);
        assertThat(outcome(report, JwsCheck.FORMAT.id())).isEqualTo(Outcome.FAILED);
        assertThat(outcome(report, JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.SKIPPED);
        assertThat(report.verified()).isFalse();
    }
}
