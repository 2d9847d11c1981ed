package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.impl.ECDSA;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.VcJwtResult;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.jose.VcJwtVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The cloud KMS sketch of docs/KEYS.md, compiled and run against a stand-in KMS that, like many real ones,
 * signs a digest and answers in DER.
 */
class KmsSigningKeyExampleTest {

    /** What a KMS SDK offers; a stand-in for the real client. */
    interface KmsClient {
        String publicKeyPem(String keyName);

        byte[] signDigest(String keyName, String algorithm, byte[] digest);
    }

    /** docs/KEYS.md, "A cloud KMS", as written there. */
    static final class KmsSigningKey implements SigningKey {

        private final KmsClient kms;
        private final String keyName;
        private final LaurelKey publicKey;

        KmsSigningKey(KmsClient kms, String keyName) {
            this.kms = kms;
            this.keyName = keyName;
            this.publicKey = KeyPairs.fromPem(kms.publicKeyPem(keyName));
        }

        @Override public KeyKind kind() {
            return publicKey.kind();
        }

        @Override public LaurelKey publicOnly() {
            return publicKey;
        }

        @Override public Optional<String> keyId() {
            return Optional.of("https://example.edu/issuers/1#kms-1");
        }

        @Override public byte[] sign(byte[] message) {
            byte[] der;
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);
                der = kms.signDigest(keyName, "ECDSA_SHA_256", digest);
            } catch (NoSuchAlgorithmException | RuntimeException e) {
                throw new KeyException(KeyCode.SIGNING_FAILED, "the KMS did not sign: " + e.getMessage(), e);
            }
            try {
                return ECDSA.transcodeSignatureToConcat(der, 64);
            } catch (JOSEException e) {
                throw new KeyException(KeyCode.SIGNING_FAILED, "the KMS answer is not an ECDSA signature", e);
            }
        }
    }

    /** A stand-in KMS holding one P-256 key in a key store entry: it signs digests, in DER, and counts calls. */
    static final class FakeKms implements KmsClient {
        final PrivateKey handle = (PrivateKey) key("p256");
        final String publicKeyPem = KeyStoreSigningKey.open(TestKeyStore.file(), "p256", TestKeyStore.password())
                .publicOnly().publicKeyPem();
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean disabled;

        private static java.security.Key key(String alias) {
            try {
                return TestKeyStore.load().getKey(alias, TestKeyStore.password());
            } catch (GeneralSecurityException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public String publicKeyPem(String keyName) {
            return publicKeyPem;
        }

        @Override
        public byte[] signDigest(String keyName, String algorithm, byte[] digest) {
            calls.incrementAndGet();
            if (disabled) {
                throw new IllegalStateException("KMS.DisabledException: key " + keyName + " is disabled");
            }
            try {
                Signature s = Signature.getInstance("NONEwithECDSA");   // the digest as given; DER out
                s.initSign(handle);
                s.update(digest);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static ObjectNode credential() {
        try {
            return Json.parseObject(("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"],"
                    + " \"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"],"
                    + " \"issuer\": {\"id\": \"https://example.edu/issuers/1\"}, \"validFrom\": \"2026-01-15T10:00:00Z\","
                    + " \"credentialSubject\": {\"type\": [\"AchievementSubject\"]}}").getBytes(StandardCharsets.UTF_8));
        } catch (Json.NotAnObjectException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theDocumentedKmsKeySignsAVcJwtThatVerifies() {
        FakeKms kms = new FakeKms();
        KmsSigningKey key = new KmsSigningKey(kms, "arn:example:key/1");
        String jwt = VcJwtSigner.of(key).sign(credential());
        assertThat(kms.calls.get()).isEqualTo(1);
        String header = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"kid\":\"https://example.edu/issuers/1#kms-1\"").contains("\"alg\":\"ES256\"");

        String issuer = "https://example.edu/issuers/1";
        MapDocumentFetcher profile = MapDocumentFetcher.builder().put(issuer, "{\"id\": \"" + issuer + "\","
                + " \"verificationMethod\": [{\"id\": \"" + issuer + "#kms-1\", \"type\": \"JsonWebKey\","
                + " \"controller\": \"" + issuer + "\", \"publicKeyJwk\": " + key.publicOnly().toPublicJwk() + "}]}")
                .build();
        VcJwtResult result = VcJwtVerifier.of(profile).verify(jwt);
        assertThat(result.failures()).isEmpty();
        assertThat(result.verified()).isTrue();
    }

    @Test
    void withoutTheTranscodingTheDerAnswerIsCaught() {
        FakeKms kms = new FakeKms();
        LaurelKey publicKey = new KmsSigningKey(kms, "arn:example:key/1").publicOnly();
        SigningKey forgetful = new SigningKey() {
            @Override
            public KeyKind kind() {
                return KeyKind.P256;
            }

            @Override
            public LaurelKey publicOnly() {
                return publicKey;
            }

            @Override
            public byte[] sign(byte[] message) {
                try {
                    return kms.signDigest("arn:example:key/1", "ECDSA_SHA_256",
                            MessageDigest.getInstance("SHA-256").digest(message));
                } catch (NoSuchAlgorithmException e) {
                    throw new AssertionError(e);
                }
            }
        };
        assertThatThrownBy(() -> VcJwtSigner.of(forgetful).sign(credential())).isInstanceOfSatisfying(
                KeyException.class, e -> {
                    assertThat(e.keyCode()).isEqualTo(KeyCode.SIGNING_FAILED);
                    assertThat(e.getMessage()).contains("not DER");
                });
    }

    @Test
    void aDisabledKmsKeyIsASigningFailure() {
        FakeKms kms = new FakeKms();
        kms.disabled = true;
        assertThatThrownBy(() -> VcJwtSigner.of(new KmsSigningKey(kms, "arn:example:key/1")).sign(credential()))
                .isInstanceOfSatisfying(KeyException.class, e -> {
                    assertThat(e.keyCode()).isEqualTo(KeyCode.SIGNING_FAILED);
                    assertThat(e.getMessage()).contains("disabled");
                });
    }
}
