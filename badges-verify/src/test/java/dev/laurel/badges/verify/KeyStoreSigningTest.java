package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.ISSUED;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static dev.laurel.badges.verify.VerifierFixtures.verifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.jose.SignedBadgeResult;
import dev.laurel.badges.verify.jose.SignedBadgeSigner;
import dev.laurel.badges.verify.jose.SignedBadgeVerifier;
import dev.laurel.badges.verify.jose.VcJwtResult;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.jose.VcJwtVerifier;
import dev.laurel.badges.verify.keys.KeyCode;
import dev.laurel.badges.verify.keys.KeyException;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyOrigin;
import dev.laurel.badges.verify.keys.KeyStoreSigningKey;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.SigningKey;
import dev.laurel.badges.verify.keys.TestKeyStore;
import dev.laurel.badges.verify.report.JwsCheck;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every proof format signed through a PKCS#12 key store (made by keytool) and verified by the real
 * verifiers, offline: what an issuer whose keys live in a key store, a PKCS#11 token or a KMS does.
 */
class KeyStoreSigningTest {

    private static final String ISSUER = "https://example.org/issuers/1";
    private static final String KEY_ID = ISSUER + "#key-1";
    private static final String BINDING = "proof.key-binding";

    private static KeyStoreSigningKey open(String alias) {
        return KeyStoreSigningKey.open(TestKeyStore.file(), alias, TestKeyStore.password());
    }

    /** The issuer's profile, at its id, listing the key under verificationMethod and assertionMethod. */
    private static DocumentFetcher issuerListing(LaurelKey key) {
        return MapDocumentFetcher.builder().put(ISSUER, "{\"id\": \"" + ISSUER + "\", \"type\": \"Profile\","
                + " \"verificationMethod\": [{\"id\": \"" + KEY_ID + "\", \"type\": \"JsonWebKey\", \"controller\": \""
                + ISSUER + "\", \"publicKeyJwk\": " + key.toPublicJwk() + "}], \"assertionMethod\": [\"" + KEY_ID
                + "\"]}").build();
    }

    private static JsonNode part(String token, int index) {
        return VerifierFixtures.object(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]),
                StandardCharsets.UTF_8));
    }

    private static byte[] signingInput(String token) {
        return token.substring(0, token.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
    }

    // ---- the three formats ----

    @Test
    void dataIntegrityProofByAnEd25519EntryVerifiesWithItsDidKeyBoundToTheIssuer() {
        KeyStoreSigningKey key = open("ed25519");
        LaurelKey publicKey = key.publicOnly();
        ObjectNode signed = DataIntegritySigner.of(key).sign(credential(publicKey.didKey(), Optional.empty()),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, publicKey.didKeyVerificationMethod(), ISSUED));
        assertThat(signed.at("/proof/cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");

        DataIntegrityReport proofs = DataIntegrityVerifier.offline().verify(signed);
        assertThat(proofs.verified()).as("%s", proofs).isTrue();
        assertThat(proofs.proofs().get(0).key().orElseThrow().origin()).isEqualTo(KeyOrigin.DID_KEY);
        assertThat(proofs.proofs().get(0).key().orElseThrow().key()).isEqualTo(publicKey);

        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(text(signed));
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(outcome(report, BINDING)).isEqualTo(Outcome.PASSED);

        signed.put("name", "Java 102");
        assertThat(verifier(DocumentFetcher.refusing()).verify(text(signed)).verified()).isFalse();
    }

    @Test
    void vcJwtEs256ByAP256EntryVerifiesAgainstTheIssuersProfile() {
        KeyStoreSigningKey key = open("p256").withKeyId(KEY_ID);
        String jwt = VcJwtSigner.of(key).sign(credential(ISSUER, Optional.empty()));
        JsonNode header = part(jwt, 0);
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        assertThat(header.get("kid").asText()).as("the key's own key id is the default kid").isEqualTo(KEY_ID);
        assertThat(header.has("jwk")).isFalse();
        assertThat(Base64.getUrlDecoder().decode(jwt.substring(jwt.lastIndexOf('.') + 1))).hasSize(64);

        DocumentFetcher issuer = issuerListing(key.publicOnly());
        VcJwtResult result = VcJwtVerifier.of(issuer).verify(jwt);
        assertThat(result.failures()).isEmpty();
        assertThat(result.verified()).isTrue();
        assertThat(result.key().orElseThrow().key()).isEqualTo(key.publicOnly());

        VerificationReport report = verifier(issuer).verify(jwt);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(outcome(report, BINDING)).isEqualTo(Outcome.PASSED);

        // The issuer's profile listing another key: the same token is not the issuer's.
        assertThat(verifier(issuerListing(open("p384").publicOnly())).verify(jwt).verified()).isFalse();
    }

    @Test
    void vcJwtEs384ByAP384EntryCarriesItsPublicJwkWhenNoKeyIdIsGiven() {
        KeyStoreSigningKey key = open("p384");
        String jwt = VcJwtSigner.of(key).sign(credential(ISSUER, Optional.empty()));
        JsonNode header = part(jwt, 0);
        assertThat(header.get("alg").asText()).isEqualTo("ES384");
        assertThat(header.has("kid")).isFalse();
        assertThat(header.get("jwk").get("crv").asText()).isEqualTo("P-384");
        assertThat(header.get("jwk").has("d")).isFalse();
        VerificationReport report = verifier(issuerListing(key.publicOnly())).verify(jwt);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
    }

    @Test
    void ob2SignedBadgeRs256ByAnRsaEntryVerifiesAgainstTheHostedKey() {
        KeyStoreSigningKey key = open("rsa");
        ObjectNode assertion = SignedBadgeSigner.withSignedVerification(VerifierOb2Test.assertion(
                "urn:uuid:0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9", VerifierOb2Test.BADGE, "alice@example.org"),
                VerifierOb2Test.KEY);
        String jws = SignedBadgeSigner.of(key).sign(assertion);
        assertThat(part(jws, 0).toString()).isEqualTo("{\"alg\":\"RS256\"}");

        DocumentFetcher documents = MapDocumentFetcher.builder()
                .put(VerifierOb2Test.KEY, text(SignedBadgeSigner.cryptographicKey(VerifierOb2Test.KEY,
                        VerifierOb2Test.ISSUER, key)))
                .put(VerifierOb2Test.ISSUER, text(SignedBadgeSigner.withPublicKey(
                        VerifierOb2Test.issuer(VerifierOb2Test.ISSUER), VerifierOb2Test.KEY)))
                .put(VerifierOb2Test.BADGE, text(VerifierOb2Test.badgeClass(VerifierOb2Test.BADGE,
                        VerifierOb2Test.ISSUER)))
                .build();
        SignedBadgeResult result = SignedBadgeVerifier.of(documents).verify(jws);
        assertThat(result.failures()).isEmpty();
        assertThat(result.verified()).isTrue();

        VerificationReport report = verifier(documents).verify(jws.getBytes(StandardCharsets.US_ASCII),
                Recipient.parse("email:alice@example.org"));
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(outcome(report, JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.PASSED);
    }

    // ---- what the signers ask of the key ----

    /** Wraps a key and records every call: the test's stand-in for an HSM's audit log. */
    static final class AuditedKey implements SigningKey {
        final SigningKey inner;
        final List<byte[]> signed = new ArrayList<>();

        AuditedKey(SigningKey inner) {
            this.inner = inner;
        }

        @Override
        public KeyKind kind() {
            return inner.kind();
        }

        @Override
        public LaurelKey publicOnly() {
            return inner.publicOnly();
        }

        @Override
        public Optional<String> keyId() {
            return inner.keyId();
        }

        @Override
        public synchronized byte[] sign(byte[] message) {
            signed.add(message.clone());
            return inner.sign(message);
        }
    }

    @Test
    void theSignersAskTheKeyForOneSignatureOverExactlyWhatTheyPublish() {
        AuditedKey p256 = new AuditedKey(open("p256"));
        VcJwtSigner jwtSigner = VcJwtSigner.of(p256).withKeyId(KEY_ID);
        String jwt = jwtSigner.sign(credential(ISSUER, Optional.empty()));
        assertThat(p256.signed).hasSize(1);
        assertThat(p256.signed.get(0)).as("the JWS signing input, nothing else").isEqualTo(signingInput(jwt));
        assertThat(verifier(issuerListing(open("p256").publicOnly())).verify(jwt).verified()).isTrue();
        jwtSigner.sign(credential(ISSUER, Optional.empty()));
        assertThat(p256.signed).hasSize(2);

        AuditedKey rsa = new AuditedKey(open("rsa"));
        String jws = SignedBadgeSigner.of(rsa).sign(SignedBadgeSigner.withSignedVerification(
                VerifierOb2Test.assertion(), VerifierOb2Test.KEY));
        assertThat(rsa.signed).hasSize(1);
        assertThat(rsa.signed.get(0)).isEqualTo(signingInput(jws));

        AuditedKey ed = new AuditedKey(open("ed25519"));
        ObjectNode signed = DataIntegritySigner.of(ed).sign(credential(ed.inner.publicOnly().didKey(), Optional.empty()),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, ed.inner.publicOnly().didKeyVerificationMethod(), ISSUED));
        assertThat(ed.signed).hasSize(1);
        assertThat(ed.signed.get(0)).as("SHA-256(proof configuration) || SHA-256(document)").hasSize(64);
        assertThat(DataIntegrityVerifier.offline().verify(signed).verified()).isTrue();
    }

    @Test
    void noSigningApiHandsOutAPrivateKey() {
        for (Class<?> type : List.of(SigningKey.class, KeyStoreSigningKey.class, VcJwtSigner.class,
                SignedBadgeSigner.class, DataIntegritySigner.class)) {
            for (Method m : type.getMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
                    String method = type.getSimpleName() + "." + m.getName();
                    assertThat(Key.class.isAssignableFrom(m.getReturnType())).as(method).isFalse();
                    assertThat(m.getGenericReturnType().getTypeName()).as(method).doesNotContain("PrivateKey")
                            .doesNotContain("KeyPair").isNotEqualTo("char[]");
                }
            }
        }
        assertThat(Arrays.stream(SigningKey.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("kind", "publicOnly", "keyId", "canSign", "sign", "signChecked",
                        "checkedPublicKey");
    }

    /** A key that answers with what a function of the message gives: a KMS behaving badly. */
    private static SigningKey answering(SigningKey real, Function<byte[], byte[]> answer) {
        return new SigningKey() {
            @Override
            public KeyKind kind() {
                return real.kind();
            }

            @Override
            public LaurelKey publicOnly() {
                return real.publicOnly();
            }

            @Override
            public byte[] sign(byte[] message) {
                return answer.apply(message);
            }
        };
    }

    @Test
    void aStoreThatRefusesStopsEverySignerWithTheSameTypedFailure() {
        KeyException refused = new KeyException(KeyCode.SIGNING_FAILED, "the KMS refused: the key is disabled");
        Function<byte[], byte[]> refuse = m -> {
            throw refused;
        };
        SigningKey p256 = answering(open("p256"), refuse);
        assertThatThrownBy(() -> VcJwtSigner.of(p256).sign(credential(ISSUER, Optional.empty()))).isSameAs(refused);
        SigningKey rsa = answering(open("rsa"), refuse);
        assertThatThrownBy(() -> SignedBadgeSigner.of(rsa).sign(SignedBadgeSigner.withSignedVerification(
                VerifierOb2Test.assertion(), VerifierOb2Test.KEY))).isSameAs(refused);
        SigningKey ed = answering(open("ed25519"), refuse);
        assertThatThrownBy(() -> DataIntegritySigner.of(ed).sign(credential(ISSUER, Optional.empty()),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, KEY_ID, ISSUED))).isSameAs(refused);
    }

    @Test
    void aKmsAnsweringInDerOrWithAnotherKeyIsCaughtBeforeAnythingIsWritten() throws Exception {
        KeyStoreSigningKey p256 = open("p256");
        java.security.PrivateKey handle = (java.security.PrivateKey) TestKeyStore.load().getKey("p256",
                TestKeyStore.password());
        SigningKey der = answering(p256, message -> {
            try {
                Signature s = Signature.getInstance("SHA256withECDSA");
                s.initSign(handle);
                s.update(message);
                return s.sign();
            } catch (java.security.GeneralSecurityException e) {
                throw new AssertionError(e);
            }
        });
        assertThatThrownBy(() -> VcJwtSigner.of(der).sign(credential(ISSUER, Optional.empty())))
                .isInstanceOfSatisfying(KeyException.class, e -> {
                    assertThat(e.keyCode()).isEqualTo(KeyCode.SIGNING_FAILED);
                    assertThat(e.getMessage()).contains("ES256").contains("not DER");
                });

        KeyStoreSigningKey other = open("ed25519-b");
        SigningKey impostor = answering(open("ed25519"), other::sign);
        assertThatThrownBy(() -> DataIntegritySigner.of(impostor).sign(credential(ISSUER, Optional.empty()),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, KEY_ID, ISSUED)))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.keyCode()).isEqualTo(KeyCode.SIGNING_FAILED));
    }

    @Test
    void aKeyOfTheWrongKindIsRefusedWhenTheSignerIsMade() {
        assertThatThrownBy(() -> DataIntegritySigner.of(open("rsa"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ed25519, P-256 or P-384");
        // A P-256 entry makes a signer (for ecdsa-rdfc-2019), which refuses an EdDSA suite.
        assertThatThrownBy(() -> DataIntegritySigner.of(open("p256")).sign(credential(ISSUER, Optional.empty()),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, KEY_ID, ISSUED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eddsa-rdfc-2022");
        SigningKey mislabelled = new SigningKey() {
            @Override
            public KeyKind kind() {
                return KeyKind.RSA;
            }

            @Override
            public LaurelKey publicOnly() {
                return open("p256").publicOnly();
            }

            @Override
            public byte[] sign(byte[] message) {
                throw new AssertionError("never asked to sign");
            }
        };
        assertThatThrownBy(() -> VcJwtSigner.of(mislabelled)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedBadgeSigner.of(mislabelled)).isInstanceOf(IllegalArgumentException.class);
    }
}
