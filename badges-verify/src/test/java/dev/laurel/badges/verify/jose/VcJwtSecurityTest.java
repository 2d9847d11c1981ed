package dev.laurel.badges.verify.jose;

import static dev.laurel.badges.verify.jose.Fixtures.b64;
import static dev.laurel.badges.verify.jose.Fixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.internal.JwsCrypto;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.JwsCheck;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VcJwtCheck;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Attacks on VC-JWT verification, one per test. */
class VcJwtSecurityTest {

    private final LaurelKey rsa = KeyPairs.generateRsa(2048);
    private final LaurelKey ed = KeyPairs.generateEd25519();

    private static VcJwtResult verify(String jwt) {
        return VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(jwt);
    }

    private static String credentialPayload() {
        ObjectNode c = Fixtures.basicCredential();
        c.put("iss", c.get("issuer").get("id").textValue());
        c.put("nbf", 1262304000L);
        return c.toString();
    }

    @Test
    void aClaimTamperedAfterSigningFailsTheSignature() {
        String jwt = VcJwtSigner.of(ed).sign(Fixtures.basicCredential());
        String tampered = Fixtures.withPayload(jwt, Fixtures.payloadJson(jwt).replace("Teamwork Badge", "Genius Badge"));
        VcJwtResult result = verify(tampered);
        assertThat(outcome(result.checks(), JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
        assertThat(result.credential()).isEmpty();
    }

    @Test
    void aTamperedIssClaimFailsTheSignature() {
        String jwt = VcJwtSigner.of(rsa).sign(Fixtures.basicCredential());
        String tampered = Fixtures.withPayload(jwt, Fixtures.payloadJson(jwt)
                .replace("\"iss\":\"https://example.com/issuers/876543\"", "\"iss\":\"https://evil.example\""));
        assertThat(tampered).isNotEqualTo(jwt);
        assertThat(outcome(verify(tampered).checks(), JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void oneFlippedSignatureByteFails() {
        for (LaurelKey key : new LaurelKey[] {rsa, ed, KeyPairs.generateP256()}) {
            String[] p = Fixtures.parts(VcJwtSigner.of(key).sign(Fixtures.basicCredential()));
            byte[] sig = Base64URL.from(p[2]).decode();
            sig[sig.length / 2] ^= 0x01;
            VcJwtResult result = verify(p[0] + "." + p[1] + "." + b64(sig));
            assertThat(outcome(result.checks(), JwsCheck.SIGNATURE.id())).as(key.kind().name()).isEqualTo(Outcome.FAILED);
            assertThat(result.verified()).isFalse();
        }
    }

    @Test
    void anEs256SignatureOfZerosIsRejected() {
        // CVE-2022-21449 ("psychic signatures"): r = s = 0 must never verify.
        LaurelKey p256 = KeyPairs.generateP256();
        String[] p = Fixtures.parts(VcJwtSigner.of(p256).sign(Fixtures.basicCredential()));
        VcJwtResult result = verify(p[0] + "." + p[1] + "." + b64(new byte[64]));
        assertThat(outcome(result.checks(), JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void anEs256SignatureInDerFormIsRejected() throws Exception {
        // JOSE ES256 is r||s; the same signature DER-encoded must not verify.
        LaurelKey p256 = KeyPairs.generateP256();
        String[] p = Fixtures.parts(VcJwtSigner.of(p256).sign(Fixtures.basicCredential()));
        byte[] der = com.nimbusds.jose.crypto.impl.ECDSA.transcodeSignatureToDER(Base64URL.from(p[2]).decode());
        VcJwtResult result = verify(p[0] + "." + p[1] + "." + b64(der));
        assertThat(outcome(result.checks(), JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void algNoneIsRejected() {
        String unsecured = b64("{\"alg\":\"none\"}") + "." + b64(credentialPayload()) + ".";
        VcJwtResult result = verify(unsecured);
        assertThat(outcome(result.checks(), JwsCheck.ALGORITHM.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
        assertThat(result.credential()).isEmpty();
    }

    @Test
    void algNoneWithAJwkAndASignatureIsRejected() {
        String unsecured = b64("{\"alg\":\"none\",\"jwk\":" + ed.toPublicJwk() + "}") + "." + b64(credentialPayload())
                + "." + b64(new byte[64]);
        assertThat(verify(unsecured).verified()).isFalse();
    }

    @Test
    void hs256SignedWithThePublicKeyAsSecretIsRejected() throws Exception {
        // The classic key-confusion attack: HMAC keyed with the issuer's public key bytes.
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"jwk\":" + rsa.toPublicJwk() + "}";
        String forged = Fixtures.sign(header, credentialPayload().getBytes(StandardCharsets.UTF_8),
                new MACSigner(rsa.publicKey().getEncoded()));
        VcJwtResult result = verify(forged);
        assertThat(outcome(result.checks(), JwsCheck.ALGORITHM.id())).isEqualTo(Outcome.FAILED);
        assertThat(Fixtures.check(result.checks(), JwsCheck.SIGNATURE.id(), Outcome.PASSED)).isEmpty();
        assertThat(result.verified()).isFalse();

        String withPem = Fixtures.sign("{\"alg\":\"HS256\"}", credentialPayload().getBytes(StandardCharsets.UTF_8),
                new MACSigner(rsa.publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
        assertThat(verify(withPem).verified()).isFalse();
    }

    @Test
    void jkuAndX5uAreNeverFetched() {
        Fixtures.RecordingFetcher fetcher = new Fixtures.RecordingFetcher(MapDocumentFetcher.builder()
                .put("https://evil.example/jwks", "{\"keys\":[" + ed.toPublicJwk() + "]}").build());
        String header = "{\"alg\":\"EdDSA\",\"jku\":\"https://evil.example/jwks\",\"x5u\":\"https://evil.example/cert\"}";
        String jwt = Fixtures.sign(header, credentialPayload().getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(ed));
        VcJwtResult result = VcJwtVerifier.of(fetcher).verify(jwt);
        assertThat(fetcher.requests).isEmpty();
        assertThat(outcome(result.checks(), JwsCheck.KEY.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void jkuBesideAHeaderJwkIsIgnoredWithAWarning() {
        Fixtures.RecordingFetcher fetcher = new Fixtures.RecordingFetcher(MapDocumentFetcher.builder().build());
        String header = "{\"alg\":\"EdDSA\",\"jku\":\"https://evil.example/jwks\",\"jwk\":" + ed.toPublicJwk() + "}";
        String jwt = Fixtures.sign(header, credentialPayload().getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(ed));
        VcJwtResult result = VcJwtVerifier.of(fetcher).withoutKeyBinding().verify(jwt);
        assertThat(fetcher.requests).isEmpty();
        assertThat(result.verified()).isTrue();
        assertThat(Fixtures.check(result.checks(), JwsCheck.HEADER.id(), Outcome.WARNING).orElseThrow().message())
                .contains("jku");
    }

    @Test
    void anExpiredCredentialIsDetected() {
        ObjectNode c = Fixtures.basicCredential();
        c.put("validUntil", "2011-01-01T00:00:00Z");
        VcJwtResult result = verify(VcJwtSigner.of(ed).sign(c));
        assertThat(outcome(result.checks(), VcJwtCheck.EXPIRED.id())).isEqualTo(Outcome.FAILED);
        assertThat(outcome(result.checks(), JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.PASSED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void anExpClaimInThePastIsDetectedEvenWithoutValidUntil() {
        String payload = credentialPayload().replace("\"nbf\":1262304000", "\"nbf\":1262304000,\"exp\":1262304100");
        String jwt = Fixtures.sign("{\"alg\":\"EdDSA\",\"jwk\":" + ed.toPublicJwk() + "}",
                payload.getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(ed));
        VcJwtResult result = verify(jwt);
        assertThat(outcome(result.checks(), VcJwtCheck.EXPIRED.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.credential().orElseThrow().get("validUntil").textValue()).isEqualTo("2010-01-01T00:01:40Z");
    }

    @Test
    void aNotYetValidCredentialIsDetected() {
        ObjectNode c = Fixtures.basicCredential();
        c.put("validFrom", "2999-01-01T00:00:00Z");
        VcJwtResult result = verify(VcJwtSigner.of(ed).sign(c));
        assertThat(outcome(result.checks(), VcJwtCheck.NOT_YET_VALID.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void anNbfThatDisagreesWithValidFromFails() {
        String payload = credentialPayload().replace("\"nbf\":1262304000", "\"nbf\":1262390400");
        String jwt = Fixtures.sign("{\"alg\":\"EdDSA\",\"jwk\":" + ed.toPublicJwk() + "}",
                payload.getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(ed));
        assertThat(outcome(verify(jwt).checks(), VcJwtCheck.NBF.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void anIssClaimForAnotherIssuerFails() {
        String payload = credentialPayload().replace("\"iss\":\"https://example.com/issuers/876543\"",
                "\"iss\":\"https://other.example/issuer\"");
        String jwt = Fixtures.sign("{\"alg\":\"EdDSA\",\"jwk\":" + ed.toPublicJwk() + "}",
                payload.getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(ed));
        VcJwtResult result = verify(jwt);
        assertThat(outcome(result.checks(), VcJwtCheck.ISS.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void aSubClaimForAnotherSubjectFails() {
        String payload = credentialPayload().replace("\"nbf\"", "\"sub\":\"did:example:mallory\",\"nbf\"");
        String jwt = Fixtures.sign("{\"alg\":\"EdDSA\",\"jwk\":" + ed.toPublicJwk() + "}",
                payload.getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(ed));
        assertThat(outcome(verify(jwt).checks(), VcJwtCheck.SUB.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aMissingSubIsOnlyAWarning() {
        String jwt = Fixtures.sign("{\"alg\":\"EdDSA\",\"jwk\":" + ed.toPublicJwk() + "}",
                credentialPayload().getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(ed));
        VcJwtResult result = verify(jwt);
        assertThat(outcome(result.checks(), VcJwtCheck.SUB.id())).isEqualTo(Outcome.WARNING);
        assertThat(result.verified()).isTrue();
    }

    @Test
    void aHeaderJwkHoldingAPrivateKeyIsRefused() {
        String header = "{\"alg\":\"EdDSA\",\"jwk\":" + ed.toPrivateJwk() + "}";
        String jwt = b64(header) + "." + b64(credentialPayload()) + "." + b64(new byte[64]);
        VcJwtResult result = verify(jwt);
        assertThat(result.verified()).isFalse();
        assertThat(Fixtures.check(result.checks(), JwsCheck.SIGNATURE.id(), Outcome.PASSED)).isEmpty();
    }

    @Test
    void aKeyOfAnotherTypeThanAlgIsRefused() {
        // alg says ES256 but the header key is RSA: never try the RSA key with another algorithm.
        String header = "{\"alg\":\"ES256\",\"jwk\":" + rsa.toPublicJwk() + "}";
        String jwt = Fixtures.sign(header, credentialPayload().getBytes(StandardCharsets.UTF_8),
                JwsCrypto.signer(KeyPairs.generateP256()));
        assertThat(outcome(verify(jwt).checks(), JwsCheck.KEY.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aValidSignatureByAnotherKeyThanTheKidFails() {
        LaurelKey attacker = KeyPairs.generateEd25519();
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put("https://example.com/issuers/876543/keys", "{\"keys\":[" + ed.toPublicJwk() + "]}").build();
        String jwt = VcJwtSigner.of(attacker).withKeyId("https://example.com/issuers/876543/keys")
                .withEmbeddedJwk(true).sign(Fixtures.basicCredential());
        VcJwtResult result = VcJwtVerifier.of(fetcher).verify(jwt);
        assertThat(outcome(result.checks(), JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aCriticalHeaderExtensionIsRefused() {
        String header = "{\"alg\":\"EdDSA\",\"crit\":[\"exp\"],\"exp\":1,\"jwk\":" + ed.toPublicJwk() + "}";
        String jwt = Fixtures.sign(header, credentialPayload().getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(ed));
        VcJwtResult result = verify(jwt);
        assertThat(outcome(result.checks(), JwsCheck.HEADER.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void aPayloadWithDuplicateMembersIsRefused() {
        String payload = credentialPayload().replaceFirst("\\{", "{\"issuer\":\"https://evil.example\",");
        String jwt = Fixtures.sign("{\"alg\":\"EdDSA\",\"jwk\":" + ed.toPublicJwk() + "}",
                payload.getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(ed));
        VcJwtResult result = verify(jwt);
        assertThat(outcome(result.checks(), VcJwtCheck.PAYLOAD.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void aPayloadThatIsNotACredentialIsRefused() {
        String jwt = Fixtures.sign("{\"alg\":\"EdDSA\",\"jwk\":" + ed.toPublicJwk() + "}",
                "{\"sub\":\"user\",\"admin\":true}".getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(ed));
        assertThat(outcome(verify(jwt).checks(), VcJwtCheck.PAYLOAD.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aTokenOverTheLengthLimitIsRefusedBeforeParsing() {
        String jwt = VcJwtSigner.of(ed).sign(Fixtures.basicCredential());
        VcJwtResult result = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding()
                .withPolicy(JosePolicy.defaults().withMaxTokenChars(100)).verify(jwt);
        assertThat(outcome(result.checks(), JwsCheck.FORMAT.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aPublishedPrivateKeyIsNeverUsed() {
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put("https://example.com/keys", "{\"keys\":[" + ed.toPrivateJwk() + "]}").build();
        String jwt = VcJwtSigner.of(ed).withKeyId("https://example.com/keys").sign(Fixtures.basicCredential());
        VcJwtResult result = VcJwtVerifier.of(fetcher).verify(jwt);
        assertThat(Fixtures.check(result.checks(), JwsCheck.KEY.id(), Outcome.FAILED).orElseThrow().message())
                .contains("PRIVATE_KEY_PUBLISHED");
    }

    @Test
    void aKidThatIsALocalFileIsNotFollowed() {
        Fixtures.RecordingFetcher fetcher = new Fixtures.RecordingFetcher(MapDocumentFetcher.builder().build());
        String jwt = VcJwtSigner.of(ed).withKeyId("file:///etc/passwd").sign(Fixtures.basicCredential());
        VcJwtResult result = VcJwtVerifier.of(fetcher).verify(jwt);
        assertThat(fetcher.requests).isEmpty();
        assertThat(outcome(result.checks(), JwsCheck.KEY.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aJweIsNotAJws() {
        String jwe = b64("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}") + ".AAAA.AAAA.AAAA.AAAA";
        assertThat(outcome(verify(jwe).checks(), JwsCheck.FORMAT.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void theCredentialObjectIsFreshForEachResult() throws Exception {
        String jwt = VcJwtSigner.of(ed).sign(Fixtures.basicCredential());
        ObjectNode first = verify(jwt).credential().orElseThrow();
        first.put("name", "changed");
        assertThat(verify(jwt).credential().orElseThrow().get("name").textValue()).isEqualTo("Teamwork Badge");
        assertThat(Json.MAPPER.readTree(Fixtures.payloadJson(jwt)).get("name").textValue()).isEqualTo("Teamwork Badge");
    }
}
