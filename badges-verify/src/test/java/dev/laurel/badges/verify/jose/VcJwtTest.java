package dev.laurel.badges.verify.jose;

import static dev.laurel.badges.verify.jose.Fixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyOrigin;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.VerificationMethod;
import dev.laurel.badges.verify.report.JwsCheck;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VcJwtCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Signing and verifying VC-JWTs: round trips, payload forms, claims, key selection. */
class VcJwtTest {

    private static final String KID = "https://example.com/issuers/876543/keys#key-1";

    @ParameterizedTest
    @EnumSource(KeyKind.class)
    void signedWithAnEmbeddedJwkVerifies(KeyKind kind) throws Exception {
        LaurelKey key = KeyPairs.generate(kind);
        ObjectNode credential = Fixtures.basicCredential();
        String jwt = VcJwtSigner.of(key).sign(credential);

        JsonNode header = Json.MAPPER.readTree(Fixtures.headerJson(jwt));
        assertThat(header.get("alg").textValue()).isEqualTo(kind.jwsAlgorithm());
        assertThat(header.get("typ").textValue()).isEqualTo("JWT");
        assertThat(header.has("kid")).isFalse();
        assertThat(header.get("jwk").has("d")).isFalse();

        VcJwtResult result = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(jwt);
        assertThat(result.failures()).isEmpty();
        assertThat(result.verified()).isTrue();
        assertThat(result.credential()).contains(credential);
        assertThat(result.payloadForm()).contains(PayloadForm.CREDENTIAL);
        assertThat(result.key().orElseThrow().origin()).isEqualTo(KeyOrigin.HEADER_JWK);
        assertThat(result.key().orElseThrow().key().publicKey()).isEqualTo(key.publicKey());
        for (String id : new String[] {VcJwtCheck.ISS.id(), VcJwtCheck.SUB.id(), VcJwtCheck.JTI.id(),
            VcJwtCheck.NBF.id(), VcJwtCheck.NOT_YET_VALID.id(), JwsCheck.SIGNATURE.id()}) {
            assertThat(outcome(result.checks(), id)).as(id).isEqualTo(Outcome.PASSED);
        }
        assertThat(outcome(result.checks(), VcJwtCheck.EXPIRED.id())).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void thePayloadCarriesTheClaimsTheSpecMaps() throws Exception {
        ObjectNode credential = Fixtures.basicCredential();
        String jwt = VcJwtSigner.of(KeyPairs.generateEd25519()).sign(credential);
        JsonNode payload = Json.MAPPER.readTree(Fixtures.payloadJson(jwt));
        assertThat(payload.get("iss").textValue()).isEqualTo(credential.get("issuer").get("id").textValue());
        assertThat(payload.get("sub").textValue())
                .isEqualTo(credential.get("credentialSubject").get("id").textValue());
        assertThat(payload.get("jti").textValue()).isEqualTo(credential.get("id").textValue());
        assertThat(payload.get("nbf").longValue())
                .isEqualTo(Instant.parse(credential.get("validFrom").textValue()).getEpochSecond());
        assertThat(payload.has("exp")).isFalse();
        assertThat(payload.get("name").textValue()).isEqualTo("Teamwork Badge");
    }

    @Test
    void es256SignaturesAreRawRAndS() {
        String jwt = VcJwtSigner.of(KeyPairs.generateP256()).sign(Fixtures.basicCredential());
        // JOSE uses the 64-byte r||s form, not DER (RFC 7518 section 3.4).
        assertThat(Base64URL.from(Fixtures.parts(jwt)[2]).decode()).hasSize(64);
    }

    @Test
    void validUntilBecomesExpAndIsCheckedBothWays() throws Exception {
        ObjectNode credential = Fixtures.basicCredential();
        credential.put("validUntil", "2099-01-01T00:00:00Z");
        String jwt = VcJwtSigner.of(KeyPairs.generateEd25519()).sign(credential);
        assertThat(Json.MAPPER.readTree(Fixtures.payloadJson(jwt)).get("exp").longValue())
                .isEqualTo(Instant.parse("2099-01-01T00:00:00Z").getEpochSecond());
        VcJwtResult result = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(jwt);
        assertThat(outcome(result.checks(), VcJwtCheck.EXP.id())).isEqualTo(Outcome.PASSED);
        assertThat(outcome(result.checks(), VcJwtCheck.EXPIRED.id())).isEqualTo(Outcome.PASSED);
        assertThat(result.verified()).isTrue();
    }

    @Test
    void aKidIsDereferencedThroughAJwkSet() {
        LaurelKey key = KeyPairs.generateRsa(2048);
        String jwks = "{\"keys\":[" + KeyPairs.generateEd25519().toPublicJwk() + ","
                + key.toPublicJwk().replaceFirst("\"kid\":\"[^\"]+\"", "\"kid\":\"key-1\"") + "]}";
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put("https://example.com/issuers/876543/keys", jwks).build();
        String jwt = VcJwtSigner.of(key).withKeyId(KID).sign(Fixtures.basicCredential());
        assertThat(Fixtures.headerJson(jwt)).contains("\"kid\":\"" + KID + "\"").doesNotContain("\"jwk\"");

        VcJwtResult result = VcJwtVerifier.of(fetcher).withoutKeyBinding().verify(jwt);
        assertThat(result.verified()).isTrue();
        VerificationMethod resolved = result.key().orElseThrow();
        assertThat(resolved.origin()).isEqualTo(KeyOrigin.DOCUMENT);
        assertThat(resolved.id()).isEqualTo(KID);
        assertThat(resolved.key().publicKey()).isEqualTo(key.publicKey());
    }

    @Test
    void aKidIsDereferencedThroughAControllerDocument() {
        LaurelKey key = KeyPairs.generateEd25519();
        String doc = "{\"id\":\"https://example.com/issuers/876543/keys\",\"verificationMethod\":[{\"id\":\"#key-1\","
                + "\"type\":\"JsonWebKey\",\"controller\":\"https://example.com/issuers/876543\",\"publicKeyJwk\":"
                + key.toPublicJwk() + "}]}";
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put("https://example.com/issuers/876543/keys", doc).build();
        VcJwtResult result = VcJwtVerifier.of(fetcher).withoutKeyBinding().verify(VcJwtSigner.of(key).withKeyId(KID)
                .sign(Fixtures.basicCredential()));
        assertThat(result.verified()).isTrue();
        assertThat(result.key().orElseThrow().controller()).contains("https://example.com/issuers/876543");
    }

    @Test
    void anUnresolvableKidFallsBackToTheHeaderJwkWithAWarning() {
        LaurelKey key = KeyPairs.generateEd25519();
        String jwt = VcJwtSigner.of(key).withKeyId(KID).withEmbeddedJwk(true).sign(Fixtures.basicCredential());
        VcJwtResult result = VcJwtVerifier.of(MapDocumentFetcher.builder().build()).withoutKeyBinding().verify(jwt);
        assertThat(result.verified()).isTrue();
        assertThat(outcome(result.checks(), JwsCheck.KEY.id())).isEqualTo(Outcome.WARNING);
        assertThat(result.key().orElseThrow().origin()).isEqualTo(KeyOrigin.HEADER_JWK);
    }

    @Test
    void anUnresolvableKidWithoutJwkFails() {
        String jwt = VcJwtSigner.of(KeyPairs.generateEd25519()).withKeyId(KID).sign(Fixtures.basicCredential());
        VcJwtResult result = VcJwtVerifier.of(MapDocumentFetcher.builder().build()).verify(jwt);
        assertThat(result.verified()).isFalse();
        assertThat(outcome(result.checks(), JwsCheck.KEY.id())).isEqualTo(Outcome.FAILED);
        assertThat(outcome(result.checks(), JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void theVcClaimFormVerifiesWithAWarningAndIsCompletedFromTheClaims() {
        ObjectNode credential = Fixtures.basicCredential();
        String jwt = VcJwtSigner.of(KeyPairs.generateEd25519()).withPayloadForm(PayloadForm.VC_CLAIM).sign(credential);
        assertThat(Fixtures.payloadJson(jwt)).contains("\"vc\":{");

        VcJwtResult result = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(jwt);
        assertThat(result.verified()).isTrue();
        assertThat(result.payloadForm()).contains(PayloadForm.VC_CLAIM);
        assertThat(outcome(result.checks(), VcJwtCheck.PAYLOAD.id())).isEqualTo(Outcome.WARNING);
        assertThat(result.credential()).contains(credential);
    }

    @Test
    void aVcdm11CredentialInTheVcClaimGetsItsFieldsFromTheClaims() {
        // The VC Data Model 1.1 JWT encoding may leave id, issuer, issuanceDate and subject id to the claims.
        LaurelKey key = KeyPairs.generateEd25519();
        String payload = "{\"iss\":\"https://example.edu/issuers/14\",\"sub\":\"did:example:abc\","
                + "\"jti\":\"http://example.edu/credentials/3732\",\"nbf\":1262304000,\"exp\":4102444800,"
                + "\"vc\":{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],"
                + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"credentialSubject\":{\"name\":\"x\"}}}";
        String jwt = Fixtures.sign("{\"alg\":\"EdDSA\",\"jwk\":" + key.toPublicJwk() + "}",
                payload.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                dev.laurel.badges.verify.jose.internal.JwsCrypto.signer(key));
        VcJwtResult result = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(jwt);
        assertThat(result.failures()).isEmpty();
        assertThat(result.verified()).isTrue();
        ObjectNode c = result.credential().orElseThrow();
        assertThat(c.get("issuer").textValue()).isEqualTo("https://example.edu/issuers/14");
        assertThat(c.get("id").textValue()).isEqualTo("http://example.edu/credentials/3732");
        assertThat(c.get("issuanceDate").textValue()).isEqualTo("2010-01-01T00:00:00Z");
        assertThat(c.get("expirationDate").textValue()).isEqualTo("2100-01-01T00:00:00Z");
        assertThat(c.get("credentialSubject").get("id").textValue()).isEqualTo("did:example:abc");
    }

    @Test
    void aVcdm11CredentialAsPayloadComparesNbfWithIssuanceDate() {
        ObjectNode credential = Fixtures.basicCredential();
        credential.remove("validFrom");
        credential.put("issuanceDate", "2010-01-01T00:00:00Z");
        VcJwtResult result = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding()
                .verify(VcJwtSigner.of(KeyPairs.generateEd25519()).sign(credential));
        assertThat(result.verified()).isTrue();
        assertThat(Fixtures.check(result.checks(), VcJwtCheck.NBF.id(), Outcome.PASSED).orElseThrow().path())
                .isEqualTo("/issuanceDate");
    }

    @Test
    void theReturnedCredentialHasNoJwtClaims() {
        VcJwtResult result = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding()
                .verify(VcJwtSigner.of(KeyPairs.generateEd25519()).sign(Fixtures.basicCredential()));
        ObjectNode c = result.credential().orElseThrow();
        assertThat(c.has("iss") || c.has("sub") || c.has("jti") || c.has("nbf") || c.has("exp")).isFalse();
    }

    @Test
    void signingTextAndTreeGiveTheSameCredential() {
        LaurelKey key = KeyPairs.generateEd25519();
        ObjectNode credential = Fixtures.basicCredential();
        VcJwtResult fromText = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(VcJwtSigner.of(key).sign(credential.toString()));
        assertThat(fromText.credential()).contains(credential);
    }

    @Test
    void signingMistakesAreCallerErrors() {
        LaurelKey key = KeyPairs.generateEd25519();
        ObjectNode noIssuer = Fixtures.basicCredential();
        noIssuer.remove("issuer");
        assertThatThrownBy(() -> VcJwtSigner.of(key).sign(noIssuer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issuer");
        ObjectNode badDate = Fixtures.basicCredential();
        badDate.put("validFrom", "2010-01-01");
        assertThatThrownBy(() -> VcJwtSigner.of(key).sign(badDate)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VcJwtSigner.of(key.publicOnly())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VcJwtSigner.of(key).withEmbeddedJwk(false).sign(Fixtures.basicCredential()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> VcJwtSigner.of(key).sign("[1]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePolicyClockDecidesValidity() {
        ObjectNode credential = Fixtures.basicCredential();
        credential.put("validUntil", "2011-01-01T00:00:00Z");
        String jwt = VcJwtSigner.of(KeyPairs.generateEd25519()).sign(credential);
        Clock in2010 = Clock.fixed(Instant.parse("2010-06-01T00:00:00Z"), ZoneOffset.UTC);
        VcJwtResult then = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().withPolicy(JosePolicy.defaults().withClock(in2010))
                .verify(jwt);
        assertThat(then.verified()).isTrue();
        VcJwtResult now = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(jwt);
        assertThat(outcome(now.checks(), VcJwtCheck.EXPIRED.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void anAlgorithmOutsideThePolicyIsRefused() {
        String jwt = VcJwtSigner.of(KeyPairs.generateRsa(2048)).sign(Fixtures.basicCredential());
        VcJwtResult result = VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding()
                .withPolicy(JosePolicy.defaults().withAllowedAlgorithms(java.util.Set.of(JwsAlgorithm.EDDSA)))
                .verify(jwt);
        assertThat(outcome(result.checks(), JwsCheck.ALGORITHM.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }
}
