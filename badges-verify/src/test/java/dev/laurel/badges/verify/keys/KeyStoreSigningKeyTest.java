package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing keys kept in a PKCS#12 key store that keytool made, and every way opening one can fail. */
class KeyStoreSigningKeyTest {

    private static final byte[] MESSAGE = "the bytes a proof signs".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static KeyStoreSigningKey open(String alias) {
        return KeyStoreSigningKey.open(TestKeyStore.file(), alias, TestKeyStore.password());
    }

    @Test
    void eachSupportedEntrySignsInTheFormTheProofFormatsCarry() throws Exception {
        KeyStore store = TestKeyStore.load();
        Map<String, KeyKind> kinds = Map.of("ed25519", KeyKind.ED25519, "p256", KeyKind.P256, "p384", KeyKind.P384,
                "rsa", KeyKind.RSA);
        Map<String, Integer> lengths = Map.of("ed25519", 64, "p256", 64, "p384", 96, "rsa", 256);
        for (Map.Entry<String, KeyKind> e : kinds.entrySet()) {
            String alias = e.getKey();
            KeyStoreSigningKey key = open(alias);
            assertThat(key.alias()).isEqualTo(alias);
            assertThat(key.kind()).as(alias).isEqualTo(e.getValue());
            assertThat(key.canSign()).isTrue();
            assertThat(key.keyId()).isEmpty();
            assertThat(key.publicOnly().canSign()).as(alias).isFalse();
            assertThat(key.publicOnly().publicKey().getEncoded())
                    .isEqualTo(store.getCertificate(alias).getPublicKey().getEncoded());

            byte[] signature = key.sign(MESSAGE);
            assertThat(signature).as(alias).hasSize(lengths.get(alias));
            assertThat(key.publicOnly().verify(MESSAGE, signature)).as(alias).isTrue();
            byte[] other = MESSAGE.clone();
            other[0] ^= 1;
            assertThat(key.publicOnly().verify(other, signature)).as(alias).isFalse();
            // Checked as every signer checks a key kept outside the JVM's LaurelKeys.
            assertThat(key.publicOnly().verify(MESSAGE, SigningKey.signChecked(key, MESSAGE))).isTrue();
        }
    }

    @Test
    void anEd25519EntrySignsExactlyAsTheSameKeyInMemory() throws Exception {
        // Ed25519 is deterministic: the JCA through the key store and Laurel's in-memory signing agree byte for byte.
        KeyStore store = TestKeyStore.load();
        PrivateKey privateKey = (PrivateKey) store.getKey("ed25519", TestKeyStore.password());
        LaurelKey inMemory = LaurelKey.of(new KeyPair(store.getCertificate("ed25519").getPublicKey(), privateKey));
        assertThat(open("ed25519").sign(MESSAGE)).isEqualTo(inMemory.sign(MESSAGE));
        assertThat(open("ed25519").publicOnly()).isEqualTo(inMemory.publicOnly());
    }

    @Test
    void aLoadedKeyStoreServesAsWellAsAFile() {
        KeyStoreSigningKey key = KeyStoreSigningKey.of(TestKeyStore.load(), "p384", TestKeyStore.password());
        assertThat(key.kind()).isEqualTo(KeyKind.P384);
        assertThat(key.publicOnly()).isEqualTo(open("p384").publicOnly());
        assertThat(key.publicOnly().verify(MESSAGE, key.sign(MESSAGE))).isTrue();
    }

    @Test
    void aKeyIdIsGivenOnPurposeAndTheOriginalIsUnchanged() {
        KeyStoreSigningKey key = open("p256");
        KeyStoreSigningKey named = key.withKeyId("https://example.edu/issuers/1#key-1");
        assertThat(named.keyId()).contains("https://example.edu/issuers/1#key-1");
        assertThat(key.keyId()).isEmpty();
        assertThat(named.publicOnly()).isEqualTo(key.publicOnly());
        assertThatThrownBy(() -> key.withKeyId(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> key.withKeyId(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void thePasswordIsNotKeptAndNeverShown() {
        char[] password = TestKeyStore.password();
        KeyStoreSigningKey key = KeyStoreSigningKey.open(TestKeyStore.file(), "rsa", password);
        Arrays.fill(password, '\0');
        assertThat(key.publicOnly().verify(MESSAGE, key.sign(MESSAGE))).as("signs after the caller cleared it").isTrue();
        assertThat(key.toString()).contains("rsa").contains("RSA").doesNotContain(TestKeyStore.PASSWORD)
                .doesNotContain("private");
    }

    // ---- failures: typed, one line, no exception class names, no password ----

    private static void assertRefused(ThrowingCallable call, KeyCode code, String... fragments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KeyException.class, e -> {
            assertThat(e.keyCode()).isEqualTo(code);
            assertThat(e.getMessage()).contains(fragments).doesNotContain("\n").doesNotContain("Exception")
                    .doesNotContain(TestKeyStore.PASSWORD);
        });
    }

    @Test
    void anAliasTheStoreDoesNotHoldIsNotFoundAndTheAliasesAreListed() {
        assertRefused(() -> open("issuer"), KeyCode.KEY_NOT_FOUND, "'issuer'", TestKeyStore.file().toString(),
                "aliases: dsa, ed25519, ed25519-b, p256, p384, rsa, rsa1024");
    }

    @Test
    void aWrongStorePasswordIsWrongPassword() {
        assertRefused(() -> KeyStoreSigningKey.open(TestKeyStore.file(), "rsa", "not-the-password".toCharArray()),
                KeyCode.WRONG_PASSWORD, "password", TestKeyStore.file().toString());
    }

    @Test
    void aWrongKeyPasswordIsWrongPassword() {
        assertRefused(() -> KeyStoreSigningKey.of(TestKeyStore.load(), "p256", "not-the-password".toCharArray()),
                KeyCode.WRONG_PASSWORD, "'p256'");
    }

    @Test
    void aMissingFileOrOneThatIsNotAKeyStoreIsUnreadable() throws Exception {
        Path missing = dir.resolve("none.p12");
        assertRefused(() -> KeyStoreSigningKey.open(missing, "rsa", TestKeyStore.password()),
                KeyCode.KEY_STORE_UNREADABLE, "no such key store file", missing.toString());
        assertRefused(() -> KeyStoreSigningKey.open(dir, "rsa", TestKeyStore.password()),
                KeyCode.KEY_STORE_UNREADABLE, dir.toString());
        Path text = Files.writeString(dir.resolve("key.p12"), "{\"kty\":\"OKP\"}");
        assertRefused(() -> KeyStoreSigningKey.open(text, "rsa", TestKeyStore.password()),
                KeyCode.KEY_STORE_UNREADABLE, "not a key store", text.toString());
        Path truncated = Files.write(dir.resolve("cut.p12"), Arrays.copyOf(Files.readAllBytes(TestKeyStore.file()), 200));
        assertThatThrownBy(() -> KeyStoreSigningKey.open(truncated, "rsa", TestKeyStore.password()))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.keyCode())
                        .isIn(KeyCode.KEY_STORE_UNREADABLE, KeyCode.WRONG_PASSWORD));
    }

    @Test
    void aKeyStoreThatWasNotLoadedIsUnreadable() throws Exception {
        assertRefused(() -> KeyStoreSigningKey.of(KeyStore.getInstance("PKCS12"), "rsa", TestKeyStore.password()),
                KeyCode.KEY_STORE_UNREADABLE, "'rsa'");
    }

    @Test
    void keysLaurelDoesNotSignWithAreUnsupported() {
        assertRefused(() -> open("dsa"), KeyCode.UNSUPPORTED_KEY, "'dsa'", "DSA");
        assertRefused(() -> open("rsa1024"), KeyCode.UNSUPPORTED_KEY, "'rsa1024'", "1024");
    }

    @Test
    void aCertificateOrASecretKeyIsNotAPrivateKey() throws Exception {
        KeyStore store = TestKeyStore.load();
        store.setCertificateEntry("trusted", store.getCertificate("rsa"));
        assertRefused(() -> KeyStoreSigningKey.of(store, "trusted", TestKeyStore.password()), KeyCode.KEY_NOT_FOUND,
                "'trusted'", "certificate");
        store.setEntry("hmac", new KeyStore.SecretKeyEntry(new SecretKeySpec(new byte[32], "HmacSHA256")),
                new KeyStore.PasswordProtection(TestKeyStore.password()));
        assertRefused(() -> KeyStoreSigningKey.of(store, "hmac", TestKeyStore.password()), KeyCode.KEY_NOT_FOUND,
                "'hmac'", "secret key");
    }

    @Test
    void anEntryWhoseCertificateIsAnotherKeysIsInvalid() throws Exception {
        KeyStore store = TestKeyStore.load();
        char[] pw = TestKeyStore.password();
        store.setKeyEntry("swapped", store.getKey("ed25519", pw), pw,
                new Certificate[] {store.getCertificate("ed25519-b")});
        assertRefused(() -> KeyStoreSigningKey.of(store, "swapped", pw), KeyCode.INVALID_KEY, "'swapped'",
                "does not hold the public key");
        store.setKeyEntry("mixed", store.getKey("p256", pw), pw, new Certificate[] {store.getCertificate("rsa")});
        assertRefused(() -> KeyStoreSigningKey.of(store, "mixed", pw), KeyCode.INVALID_KEY, "'mixed'", "EC", "RSA");
    }

    @Test
    void noProviderForTheKeyIsASigningFailureNotACrash() {
        // As with an Ed25519 key on a token whose PKCS#11 provider has no EdDSA: take the JDK's EC provider away.
        KeyStoreSigningKey key = open("p256");
        Provider sunEc = Security.getProvider("SunEC");
        int position = Arrays.asList(Security.getProviders()).indexOf(sunEc) + 1;
        Security.removeProvider("SunEC");
        try {
            assertRefused(() -> key.sign(MESSAGE), KeyCode.SIGNING_FAILED, "'p256'");
        } finally {
            Security.insertProviderAt(sunEc, position);
        }
        assertThat(key.publicOnly().verify(MESSAGE, key.sign(MESSAGE))).isTrue();
    }

    @Test
    void nullsAreCallerMistakes() {
        assertThatThrownBy(() -> KeyStoreSigningKey.open(null, "rsa", TestKeyStore.password()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> KeyStoreSigningKey.open(TestKeyStore.file(), null, TestKeyStore.password()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> KeyStoreSigningKey.of(TestKeyStore.load(), "rsa", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> open("rsa").sign(null)).isInstanceOf(NullPointerException.class);
    }
}
