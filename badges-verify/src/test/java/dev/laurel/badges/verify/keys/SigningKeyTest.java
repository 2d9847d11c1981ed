package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The signing contract: LaurelKey is the in-memory SigningKey, and what signers check of any other. */
class SigningKeyTest {

    private static final byte[] MESSAGE = "hash data".getBytes(StandardCharsets.UTF_8);

    /** A key kept "elsewhere": its public key, and a function that stands for the remote sign call. */
    record RemoteKey(KeyKind kind, LaurelKey publicOnly, UnaryOperator<byte[]> remote) implements SigningKey {
        @Override
        public byte[] sign(byte[] message) {
            return remote.apply(message);
        }
    }

    /** A KMS that signs with the right key but in the wrong form or over the wrong bytes. */
    private static RemoteKey remote(LaurelKey key, String jcaAlgorithm, boolean digestFirst) {
        return new RemoteKey(key.kind(), key.publicOnly(), message -> {
            try {
                Signature s = Signature.getInstance(jcaAlgorithm);
                s.initSign(key.privateKey().orElseThrow());
                s.update(digestFirst ? MessageDigest.getInstance("SHA-256").digest(message) : message);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aLaurelKeyWithAPrivatePartIsTheInMemorySigningKey() {
        for (KeyKind kind : KeyKind.values()) {
            LaurelKey key = KeyPairs.generate(kind);
            SigningKey signing = key;
            assertThat(signing.kind()).isEqualTo(kind);
            assertThat(signing.canSign()).isTrue();
            assertThat(signing.keyId()).isEmpty();
            assertThat(signing.publicOnly().canSign()).isFalse();
            assertThat(SigningKey.checkedPublicKey(signing)).isEqualTo(key.publicOnly());
            byte[] signature = SigningKey.signChecked(signing, MESSAGE);
            assertThat(key.publicOnly().verify(MESSAGE, signature)).as("%s", kind).isTrue();
        }
    }

    @Test
    void aPublicOnlyLaurelKeyCannotSign() {
        LaurelKey verifying = KeyPairs.generateEd25519().publicOnly();
        assertThat(verifying.canSign()).isFalse();
        assertThat(verifying.publicOnly()).isSameAs(verifying);
        assertThatThrownBy(() -> SigningKey.checkedPublicKey(verifying)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no private part");
        assertThatThrownBy(() -> verifying.sign(MESSAGE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachKindNamesTheJcaSignatureOfItsProofForm() {
        assertThat(KeyKind.ED25519.jcaAlgorithm()).isEqualTo("Ed25519");
        assertThat(KeyKind.P256.jcaAlgorithm()).isEqualTo("SHA256withECDSAinP1363Format");
        assertThat(KeyKind.P384.jcaAlgorithm()).isEqualTo("SHA384withECDSAinP1363Format");
        assertThat(KeyKind.RSA.jcaAlgorithm()).isEqualTo("SHA256withRSA");
    }

    @Test
    void aRemoteKeyThatSignsRightPassesTheCheck() {
        for (KeyKind kind : KeyKind.values()) {
            LaurelKey key = KeyPairs.generate(kind);
            byte[] signature = SigningKey.signChecked(remote(key, kind.jcaAlgorithm(), false), MESSAGE);
            assertThat(key.verify(MESSAGE, signature)).isTrue();
        }
    }

    @Test
    void aDerEcdsaSignatureFromAKmsIsRefusedWithTheFormItNeeds() {
        LaurelKey key = KeyPairs.generateP256();
        assertThatThrownBy(() -> SigningKey.signChecked(remote(key, "SHA256withECDSA", false), MESSAGE))
                .isInstanceOfSatisfying(KeyException.class, e -> {
                    assertThat(e.keyCode()).isEqualTo(KeyCode.SIGNING_FAILED);
                    assertThat(e.getMessage()).contains("ES256").contains("64-byte").contains("not DER");
                });
    }

    @Test
    void aSignatureOverADigestOfTheMessageIsRefused() {
        // A KMS asked for a signature over a digest it then hashes again.
        LaurelKey key = KeyPairs.generateRsa(2048);
        assertThatThrownBy(() -> SigningKey.signChecked(remote(key, "SHA256withRSA", true), MESSAGE))
                .isInstanceOfSatisfying(KeyException.class, e -> {
                    assertThat(e.keyCode()).isEqualTo(KeyCode.SIGNING_FAILED);
                    assertThat(e.getMessage()).contains("RS256").contains("over the message itself");
                });
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        LaurelKey key = KeyPairs.generateEd25519();
        LaurelKey other = KeyPairs.generateEd25519();
        RemoteKey wrong = new RemoteKey(KeyKind.ED25519, key.publicOnly(), other::sign);
        assertThatThrownBy(() -> SigningKey.signChecked(wrong, MESSAGE)).isInstanceOfSatisfying(KeyException.class,
                e -> assertThat(e.keyCode()).isEqualTo(KeyCode.SIGNING_FAILED));
    }

    @Test
    void aRefusalIsAKeyExceptionAndOtherFailuresBecomeOne() {
        LaurelKey key = KeyPairs.generateP256();
        KeyException refused = new KeyException(KeyCode.SIGNING_FAILED, "the KMS refused: access denied");
        RemoteKey refusing = new RemoteKey(KeyKind.P256, key.publicOnly(), m -> {
            throw refused;
        });
        assertThatThrownBy(() -> SigningKey.signChecked(refusing, MESSAGE)).isSameAs(refused);

        RemoteKey failing = new RemoteKey(KeyKind.P256, key.publicOnly(), m -> {
            throw new UnsupportedOperationException("throttled");
        });
        assertThatThrownBy(() -> SigningKey.signChecked(failing, MESSAGE)).isInstanceOfSatisfying(KeyException.class,
                e -> {
                    assertThat(e.keyCode()).isEqualTo(KeyCode.SIGNING_FAILED);
                    assertThat(e.getMessage()).contains("throttled");
                    assertThat(e.getCause()).isInstanceOf(UnsupportedOperationException.class);
                });

        RemoteKey silent = new RemoteKey(KeyKind.P256, key.publicOnly(), m -> null);
        assertThatThrownBy(() -> SigningKey.signChecked(silent, MESSAGE)).isInstanceOfSatisfying(KeyException.class,
                e -> assertThat(e.getMessage()).contains("no signature"));
    }

    @Test
    void aKeyWhosePublicKeyIsOfAnotherKindOrPrivateIsACallerMistake() {
        LaurelKey ed = KeyPairs.generateEd25519();
        RemoteKey mislabelled = new RemoteKey(KeyKind.P256, ed.publicOnly(), ed::sign);
        assertThatThrownBy(() -> SigningKey.checkedPublicKey(mislabelled)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P256").hasMessageContaining("ED25519");
        RemoteKey leaking = new RemoteKey(KeyKind.ED25519, ed, ed::sign);
        assertThatThrownBy(() -> SigningKey.checkedPublicKey(leaking)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("private part");
        assertThatThrownBy(() -> SigningKey.checkedPublicKey(null)).isInstanceOf(NullPointerException.class);
    }
}
