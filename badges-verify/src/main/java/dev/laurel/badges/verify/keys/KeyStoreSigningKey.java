package dev.laurel.badges.verify.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.ProviderException;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SigningKey} kept in a {@link java.security.KeyStore}: it signs through the JCA
 * ({@link Signature}) with the store's private-key handle, and never reads the key's bytes. The public
 * key is the one in the entry's certificate (only the key is used: the certificate's dates and chain are
 * not checked).
 *
 * <p>This is how a hardware security module is used as well: load its PKCS#11 provider (the JDK's
 * {@code SunPKCS11}, configured with the module's library, or a vendor's JCA provider), open its
 * {@code KeyStore} (type {@code "PKCS11"}) with the token PIN, and pass it to
 * {@link #of(KeyStore, String, char[])}. The private key then stays on the token: the JCA hands the
 * message to the provider, which signs on the device. JDK 17's {@code SunPKCS11} signs
 * {@code SHA256withRSA}, {@code SHA256withECDSAinP1363Format} and {@code SHA384withECDSAinP1363Format},
 * so RSA, P-256 and P-384 tokens work; it has no EdDSA, so an Ed25519 key on a token needs a vendor
 * provider that offers {@code Ed25519} signatures.
 *
 * <table>
 *   <caption>The JCA signature each kind of entry signs with</caption>
 *   <tr><th>entry</th><th>kind</th><th>JCA signature</th></tr>
 *   <tr><td>Ed25519 ({@code keytool -keyalg Ed25519})</td><td>{@link KeyKind#ED25519}</td><td>{@code Ed25519}</td></tr>
 *   <tr><td>EC secp256r1 ({@code -keyalg EC -groupname secp256r1})</td><td>{@link KeyKind#P256}</td>
 *       <td>{@code SHA256withECDSAinP1363Format}</td></tr>
 *   <tr><td>EC secp384r1 ({@code -keyalg EC -groupname secp384r1})</td><td>{@link KeyKind#P384}</td>
 *       <td>{@code SHA384withECDSAinP1363Format}</td></tr>
 *   <tr><td>RSA, 2048 to 8192 bits ({@code -keyalg RSA})</td><td>{@link KeyKind#RSA}</td>
 *       <td>{@code SHA256withRSA}</td></tr>
 * </table>
 *
 * <p>Every failure is a {@link KeyException} with a code: {@link KeyCode#KEY_STORE_UNREADABLE} (no such
 * file, not a key store), {@link KeyCode#WRONG_PASSWORD}, {@link KeyCode#KEY_NOT_FOUND} (no such alias, or
 * an alias without a private key), {@link KeyCode#UNSUPPORTED_KEY} (DSA, another curve, RSA under 2048
 * bits), {@link KeyCode#INVALID_KEY} (an entry whose certificate is not its private key's) and, when
 * signing, {@link KeyCode#SIGNING_FAILED}. Messages name the file and alias, never a password.
 *
 * <p>Immutable and thread-safe: each signature uses its own {@link Signature} object. The password is
 * not kept; the caller may clear the array once the key is made.
 *
 * <pre>{@code
 * SigningKey key = KeyStoreSigningKey.open(Path.of("issuer.p12"), "badges", password);
 * ObjectNode signed = DataIntegritySigner.of(key).sign(credential,
 *         ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, key.publicOnly().didKeyVerificationMethod(), Instant.now()));
 *
 * KeyStore hsm = KeyStore.getInstance("PKCS11", pkcs11Provider);   // a configured SunPKCS11
 * hsm.load(null, pin);
 * SigningKey onToken = KeyStoreSigningKey.of(hsm, "issuer-rsa", pin);
 * }</pre>
 */
public final class KeyStoreSigningKey implements SigningKey {

    private final String alias;
    private final PrivateKey privateKey;
    private final LaurelKey publicKey;
    private final Optional<String> keyId;

    private KeyStoreSigningKey(String alias, PrivateKey privateKey, LaurelKey publicKey, Optional<String> keyId) {
        this.alias = alias;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyId;
    }

    /**
     * Opens a key store file (PKCS#12, or JKS; the type is read from the file) and returns the signing
     * key under an alias. The one password opens the store and unlocks the key, as {@code keytool} makes
     * PKCS#12 stores.
     *
     * @param file the key store file
     * @param alias the entry's alias
     * @param password the store's and the key's password; not kept
     * @return the signing key
     * @throws NullPointerException if an argument is null
     * @throws KeyException with {@link KeyCode#KEY_STORE_UNREADABLE} if the file is missing, unreadable or
     *     not a key store, {@link KeyCode#WRONG_PASSWORD} if the password does not open it, or as
     *     {@link #of(KeyStore, String, char[])}
     */
    public static KeyStoreSigningKey open(Path file, String alias, char[] password) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(password, "password");
        if (!Files.isRegularFile(file)) {
            throw new KeyException(KeyCode.KEY_STORE_UNREADABLE, "no such key store file: " + file);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance(file.toFile(), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new KeyException(KeyCode.WRONG_PASSWORD, "the password does not open the key store " + file, e);
            }
            throw new KeyException(KeyCode.KEY_STORE_UNREADABLE, "cannot read the key store " + file + ": "
                    + reason(e), e);
        } catch (KeyStoreException e) {
            throw new KeyException(KeyCode.KEY_STORE_UNREADABLE, file + " is not a key store this JVM reads "
                    + "(PKCS#12 or JKS)", e);
        } catch (GeneralSecurityException | IllegalArgumentException | SecurityException e) {
            throw new KeyException(KeyCode.KEY_STORE_UNREADABLE, "cannot read the key store " + file + ": "
                    + reason(e), e);
        }
        return of(store, alias, password, " in " + file);
    }

    /**
     * Returns the signing key under an alias of a loaded key store: a PKCS#12 or JKS store, or the
     * {@code KeyStore} of a PKCS#11 provider (an HSM), whose private key then never leaves the device.
     *
     * @param store a loaded key store
     * @param alias the entry's alias
     * @param keyPassword the password that unlocks the key (for PKCS#11, the PIN, or any value when the
     *     token is already logged in); not kept
     * @return the signing key
     * @throws NullPointerException if an argument is null
     * @throws KeyException with {@link KeyCode#KEY_NOT_FOUND} if the store has no private key under the
     *     alias or no certificate with its public key, {@link KeyCode#WRONG_PASSWORD} if the password does
     *     not unlock it, {@link KeyCode#UNSUPPORTED_KEY} if it is not an Ed25519, P-256, P-384 or RSA
     *     (2048 to 8192 bits) key, {@link KeyCode#INVALID_KEY} if the certificate does not hold the private
     *     key's public key, {@link KeyCode#KEY_STORE_UNREADABLE} if the store is not loaded or fails
     */
    public static KeyStoreSigningKey of(KeyStore store, String alias, char[] keyPassword) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(keyPassword, "keyPassword");
        return of(store, alias, keyPassword, "");
    }

    private static KeyStoreSigningKey of(KeyStore store, String alias, char[] password, String where) {
        String entry = "alias '" + alias + "'" + where;
        Key key;
        Certificate certificate;
        try {
            if (!store.containsAlias(alias)) {
                throw new KeyException(KeyCode.KEY_NOT_FOUND, "no " + entry + aliases(store));
            }
            if (!store.isKeyEntry(alias)) {
                throw new KeyException(KeyCode.KEY_NOT_FOUND, entry + " is a certificate, not a private key");
            }
            key = store.getKey(alias, password);
            certificate = store.getCertificate(alias);
        } catch (UnrecoverableKeyException e) {
            throw new KeyException(KeyCode.WRONG_PASSWORD, "the password does not unlock the key of " + entry, e);
        } catch (KeyStoreException | NoSuchAlgorithmException | ProviderException e) {
            throw new KeyException(KeyCode.KEY_STORE_UNREADABLE, "cannot read " + entry + ": " + reason(e), e);
        }
        if (!(key instanceof PrivateKey)) {
            throw new KeyException(KeyCode.KEY_NOT_FOUND, entry + " is a secret key, not a private key");
        }
        if (certificate == null) {
            throw new KeyException(KeyCode.KEY_NOT_FOUND, entry + " has no certificate holding its public key");
        }
        LaurelKey publicKey;
        try {
            publicKey = LaurelKey.ofPublic(certificate.getPublicKey());
        } catch (KeyException e) {
            throw new KeyException(e.keyCode(), "the key of " + entry + " is not one Laurel signs with (Ed25519, "
                    + "P-256, P-384, RSA of 2048 to 8192 bits): " + e.getMessage(), e);
        }
        PrivateKey privateKey = (PrivateKey) key;
        requireMatch(publicKey, privateKey, entry);
        return new KeyStoreSigningKey(alias, privateKey, publicKey, Optional.empty());
    }

    /**
     * Refuses an entry whose private key is not of its certificate's kind, or, when the private key can be
     * read (a software store), whose certificate holds another public key. A token's key is checked by
     * the signers, which verify every signature with the public key.
     */
    private static void requireMatch(LaurelKey publicKey, PrivateKey privateKey, String entry) {
        String algorithm = privateKey.getAlgorithm();
        boolean sameFamily = switch (publicKey.kind()) {
            case ED25519 -> "EdDSA".equalsIgnoreCase(algorithm) || "Ed25519".equalsIgnoreCase(algorithm);
            case RSA -> "RSA".equalsIgnoreCase(algorithm);
            case P256, P384 -> "EC".equalsIgnoreCase(algorithm) || "ECDSA".equalsIgnoreCase(algorithm);
        };
        if (!sameFamily) {
            throw new KeyException(KeyCode.INVALID_KEY, "the private key of " + entry + " is " + algorithm
                    + " but its certificate holds " + publicKey.kind() + " key");
        }
        if (privateKey instanceof EdECPrivateKey || privateKey instanceof RSAPrivateCrtKey
                || privateKey instanceof ECPrivateKey) {
            boolean same;
            try {
                same = LaurelKey.ofPublic(KeyCodec.publicOf(privateKey)).samePublicKey(publicKey);
            } catch (KeyException e) {
                same = false;
            } catch (IllegalArgumentException e) {
                // The private key does not expose its bytes (a token's key): the signers check each signature.
                same = true;
            }
            if (!same) {
                throw new KeyException(KeyCode.INVALID_KEY, "the certificate of " + entry
                        + " does not hold the public key of its private key");
            }
        }
    }

    private static String aliases(KeyStore store) throws KeyStoreException {
        List<String> names = Collections.list(store.aliases());
        Collections.sort(names);
        return names.isEmpty() ? " (the key store is empty)" : " (aliases: " + String.join(", ", names) + ")";
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "no reason given" : message;
    }

    /**
     * Returns a copy with a key id: the https URL or DID URL a verifier dereferences to this key's public
     * key, which {@code VcJwtSigner} then writes as the default {@code kid}.
     *
     * @param value the key id
     * @return the new key
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank
     */
    public KeyStoreSigningKey withKeyId(String value) {
        Objects.requireNonNull(value, "keyId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("keyId must not be blank");
        }
        return new KeyStoreSigningKey(alias, privateKey, publicKey, Optional.of(value));
    }

    /**
     * Returns the alias of the key store entry.
     *
     * @return the alias
     */
    public String alias() {
        return alias;
    }

    /**
     * Returns the kind of the entry's key.
     *
     * @return the kind
     */
    @Override
    public KeyKind kind() {
        return publicKey.kind();
    }

    /**
     * Returns the public key of the entry's certificate.
     *
     * @return the public key, without private part
     */
    @Override
    public LaurelKey publicOnly() {
        return publicKey;
    }

    /**
     * Returns the key id given with {@link #withKeyId}.
     *
     * @return the key id, or empty
     */
    @Override
    public Optional<String> keyId() {
        return keyId;
    }

    /**
     * Signs through the JCA with the store's private-key handle; the provider that holds the key (the JDK
     * for a PKCS#12 file, the PKCS#11 provider for a token) does the signing. The form is the one
     * {@link SigningKey#sign(byte[])} documents.
     *
     * @param message the bytes to sign
     * @return the signature
     * @throws NullPointerException if message is null
     * @throws KeyException with {@link KeyCode#SIGNING_FAILED} if no provider signs with this key or the
     *     provider fails (a token removed, a key not allowed to sign)
     */
    @Override
    public byte[] sign(byte[] message) {
        Objects.requireNonNull(message, "message");
        try {
            Signature signature = Signature.getInstance(kind().jcaAlgorithm());
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException | ProviderException e) {
            throw new KeyException(KeyCode.SIGNING_FAILED, "the key store did not sign with alias '" + alias
                    + "': " + reason(e), e);
        }
    }

    /** Returns the alias, kind and public key thumbprint; never private material. */
    @Override
    public String toString() {
        return "KeyStoreSigningKey[alias=" + alias + ", " + kind() + ", kid=" + publicKey.thumbprint()
                + keyId.map(k -> ", keyId=" + k).orElse("") + "]";
    }
}
