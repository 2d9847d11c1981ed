package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.JWK;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.internal.JwsCrypto;
import dev.laurel.badges.verify.keys.KeyCode;
import dev.laurel.badges.verify.keys.KeyException;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.SigningKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs an OB 3.0 credential as a VC-JWT: a compact JWS whose header is {@code alg} ({@code RS256},
 * {@code ES256} or {@code EdDSA}, from the key), {@code typ: "JWT"} and {@code kid} and/or {@code jwk},
 * and whose payload is the credential with {@code iss} (issuer id), {@code sub} (credentialSubject.id,
 * when there is one), {@code jti} (credential id, when there is one), {@code nbf} (validFrom, or
 * issuanceDate) and {@code exp} (validUntil, or expirationDate) added, as OB 3.0 "JWT Payload Format"
 * says. The key is any {@link SigningKey}: a {@link LaurelKey} in memory, a key store entry, an HSM or a
 * KMS; it is asked for the signature over the JWS signing input and for nothing private. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * String jwt = VcJwtSigner.of(issuerKey).withKeyId("https://example.edu/keys#key-1").sign(credential);
 * }</pre>
 */
public final class VcJwtSigner {

    private final JWSAlgorithm algorithm;
    private final JWK publicJwk;
    private final JWSSigner signer;
    private final Optional<String> keyId;
    private final Optional<Boolean> embedJwk;
    private final PayloadForm form;

    private VcJwtSigner(JWSAlgorithm algorithm, JWK publicJwk, JWSSigner signer, Optional<String> keyId,
            Optional<Boolean> embedJwk, PayloadForm form) {
        this.algorithm = algorithm;
        this.publicJwk = publicJwk;
        this.signer = signer;
        this.keyId = keyId;
        this.embedJwk = embedJwk;
        this.form = form;
    }

    /**
     * Returns a signer for a key. The header {@code kid} is the key's own {@link SigningKey#keyId()} when
     * it has one (until {@link #withKeyId} says otherwise); with no key id, the public key goes into the
     * header as {@code jwk}.
     *
     * @param key a key that can sign: a {@link LaurelKey} with a private part, a
     *     {@link dev.laurel.badges.verify.keys.KeyStoreSigningKey}, or another {@link SigningKey}
     * @return the signer
     * @throws NullPointerException if key is null
     * @throws IllegalArgumentException if the key cannot sign, or its public key is not of its kind
     */
    public static VcJwtSigner of(SigningKey key) {
        LaurelKey publicKey = SigningKey.checkedPublicKey(key);
        Optional<String> keyId = key.keyId();
        keyId.ifPresent(VcJwtSigner::requireKeyId);
        return new VcJwtSigner(JWSAlgorithm.parse(key.kind().jwsAlgorithm()), JwsCrypto.headerJwk(publicKey),
                JwsCrypto.signer(key), keyId, Optional.empty(), PayloadForm.CREDENTIAL);
    }

    private static void requireKeyId(String value) {
        Objects.requireNonNull(value, "keyId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("keyId must not be blank");
        }
    }

    /**
     * Returns a copy that puts a key id in the header; the {@code jwk} is then left out unless asked for.
     *
     * @param value an https URL or DID URL that dereferences to the public key
     * @return the new signer
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank
     */
    public VcJwtSigner withKeyId(String value) {
        requireKeyId(value);
        return new VcJwtSigner(algorithm, publicJwk, signer, Optional.of(value), embedJwk, form);
    }

    /**
     * Returns a copy that does or does not put the public JWK in the header.
     *
     * @param value whether to embed it
     * @return the new signer
     */
    public VcJwtSigner withEmbeddedJwk(boolean value) {
        return new VcJwtSigner(algorithm, publicJwk, signer, keyId, Optional.of(value), form);
    }

    /**
     * Returns a copy that carries the credential in another form; {@link PayloadForm#VC_CLAIM} is the
     * VC Data Model 1.1 encoding, for systems that still expect it.
     *
     * @param value the form
     * @return the new signer
     * @throws NullPointerException if value is null
     */
    public VcJwtSigner withPayloadForm(PayloadForm value) {
        return new VcJwtSigner(algorithm, publicJwk, signer, keyId, embedJwk, Objects.requireNonNull(value, "form"));
    }

    /**
     * Signs a credential.
     *
     * @param credential the credential (not changed); it needs an issuer id and a validFrom
     * @return the compact JWS
     * @throws NullPointerException if credential is null
     * @throws IllegalArgumentException if the credential lacks an issuer id or a zoned validFrom
     * @throws IllegalStateException if the header would have neither kid nor jwk
     * @throws KeyException with {@link KeyCode#SIGNING_FAILED} if the key's store refuses to sign, or its
     *     signature does not verify with its public key
     */
    public String sign(ObjectNode credential) {
        Objects.requireNonNull(credential, "credential");
        boolean jwk = embedJwk.orElse(keyId.isEmpty());
        if (!jwk && keyId.isEmpty()) {
            throw new IllegalStateException("the header needs a kid or a jwk: set a key id or embed the JWK");
        }
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
        keyId.ifPresent(header::keyID);
        if (jwk) {
            header.jwk(publicJwk);
        }
        ObjectNode payload = VcJwtClaims.payload(credential, form);
        return JwsCrypto.sign(header.build(), Json.bytes(payload), signer);
    }

    /**
     * Signs a credential given as JSON text.
     *
     * @param credentialJson the credential
     * @return the compact JWS
     * @throws NullPointerException if credentialJson is null
     * @throws IllegalArgumentException if the text is not a JSON object, or as {@link #sign(ObjectNode)}
     * @throws KeyException as {@link #sign(ObjectNode)}
     */
    public String sign(String credentialJson) {
        Objects.requireNonNull(credentialJson, "credentialJson");
        ObjectNode node;
        try {
            node = Json.parseObject(credentialJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Json.NotAnObjectException e) {
            throw new IllegalArgumentException("credentialJson is " + e.getMessage(), e);
        }
        return sign((ObjectNode) node);
    }
}
