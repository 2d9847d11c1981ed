package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.internal.JwsCrypto;
import dev.laurel.badges.verify.keys.KeyCode;
import dev.laurel.badges.verify.keys.KeyException;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.SigningKey;
import java.util.Objects;

/**
 * Signs OB 2.0 assertions as compact JWS (OB 2.0 "SignedBadge Verification"): header
 * {@code {"alg":"RS256"}} (the key's algorithm; RS256 is what OB 2.0 recommends for compatibility),
 * payload the assertion's JSON.
 *
 * <p>For a verifier to trust the signature the issuer must publish three things, which the static
 * helpers produce: the assertion names the key ({@link #withSignedVerification}: {@code verification}
 * {@code {"type": "SignedBadge", "creator": keyId}}); a {@code CryptographicKey} document is hosted at
 * the key id, with {@code owner} the issuer's id and the {@code publicKeyPem} ({@link #cryptographicKey});
 * and the issuer profile hosted at its id lists the key id in {@code publicKey}
 * ({@link #withPublicKey}). The key is any {@link SigningKey} (in memory, a key store entry, an HSM, a
 * KMS); it is asked for the signature and for nothing private. Immutable and thread-safe.
 *
 * <pre>{@code
 * LaurelKey key = KeyPairs.generateRsa(2048);
 * ObjectNode assertion = SignedBadgeSigner.withSignedVerification(unsigned, "https://example.org/publicKey.json");
 * String jws = SignedBadgeSigner.of(key).sign(assertion);
 * ObjectNode keyDoc = SignedBadgeSigner.cryptographicKey("https://example.org/publicKey.json",
 *         "https://example.org/organization.json", key);
 * ObjectNode issuer = SignedBadgeSigner.withPublicKey(profile, "https://example.org/publicKey.json");
 * }</pre>
 */
public final class SignedBadgeSigner {

    /** The OB 2.0 JSON-LD context. */
    public static final String OB2_CONTEXT = "https://w3id.org/openbadges/v2";

    private final JWSHeader header;
    private final JWSSigner signer;

    private SignedBadgeSigner(JWSHeader header, JWSSigner signer) {
        this.header = header;
        this.signer = signer;
    }

    /**
     * Returns a signer.
     *
     * @param key a key that can sign (RSA recommended): a {@link LaurelKey} with a private part, a
     *     {@link dev.laurel.badges.verify.keys.KeyStoreSigningKey}, or another {@link SigningKey}
     * @return the signer
     * @throws NullPointerException if key is null
     * @throws IllegalArgumentException if the key cannot sign, or its public key is not of its kind
     */
    public static SignedBadgeSigner of(SigningKey key) {
        SigningKey.checkedPublicKey(key);
        return new SignedBadgeSigner(new JWSHeader.Builder(JWSAlgorithm.parse(key.kind().jwsAlgorithm())).build(),
                JwsCrypto.signer(key));
    }

    /**
     * Signs an assertion.
     *
     * @param assertion the assertion, whose {@code verification.type} must be {@code SignedBadge}
     * @return the compact JWS
     * @throws NullPointerException if assertion is null
     * @throws IllegalArgumentException if the assertion does not declare signed verification
     * @throws KeyException with {@link KeyCode#SIGNING_FAILED} if the key's store refuses to sign, or its
     *     signature does not verify with its public key
     */
    public String sign(ObjectNode assertion) {
        Objects.requireNonNull(assertion, "assertion");
        JsonNode verification = assertion.get("verification");
        if (verification == null || !(Json.hasType(verification.get("type"), "SignedBadge")
                || Json.hasType(verification.get("type"), "signed"))) {
            throw new IllegalArgumentException("assertion verification.type must be SignedBadge; "
                    + "see withSignedVerification");
        }
        return JwsCrypto.sign(header, Json.bytes(assertion), signer);
    }

    /**
     * Signs an assertion given as JSON text.
     *
     * @param assertionJson the assertion
     * @return the compact JWS
     * @throws NullPointerException if assertionJson is null
     * @throws IllegalArgumentException if the text is not a JSON object, or as {@link #sign(ObjectNode)}
     * @throws KeyException as {@link #sign(ObjectNode)}
     */
    public String sign(String assertionJson) {
        Objects.requireNonNull(assertionJson, "assertionJson");
        try {
            return sign(Json.parseObject(assertionJson.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Json.NotAnObjectException e) {
            throw new IllegalArgumentException("assertionJson is " + e.getMessage(), e);
        }
    }

    /**
     * Returns the {@code CryptographicKey} document to host at the key id.
     *
     * @param keyId the key's (https) id, where the document is hosted
     * @param owner the issuer profile's id
     * @param key the key (only its public part is used): a {@link LaurelKey}, or the {@link SigningKey} that
     *     signs
     * @return a new document with {@code @context}, {@code type}, {@code id}, {@code owner} and
     *     {@code publicKeyPem}
     * @throws NullPointerException if an argument is null
     */
    public static ObjectNode cryptographicKey(String keyId, String owner, SigningKey key) {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("@context", OB2_CONTEXT);
        doc.put("type", "CryptographicKey");
        doc.put("id", keyId);
        doc.put("owner", owner);
        doc.put("publicKeyPem", key.publicOnly().publicKeyPem());
        return doc;
    }

    /**
     * Returns a copy of an assertion declaring signed verification with a key.
     *
     * @param assertion the assertion (not changed)
     * @param keyId the key's id, which becomes {@code verification.creator}
     * @return the new assertion
     * @throws NullPointerException if an argument is null
     */
    public static ObjectNode withSignedVerification(ObjectNode assertion, String keyId) {
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(keyId, "keyId");
        ObjectNode copy = assertion.deepCopy();
        ObjectNode verification = JsonNodeFactory.instance.objectNode();
        verification.put("type", "SignedBadge");
        verification.put("creator", keyId);
        copy.set("verification", verification);
        return copy;
    }

    /**
     * Returns a copy of an issuer profile that lists a key id in {@code publicKey}, keeping the keys it
     * already lists.
     *
     * @param issuerProfile the profile (not changed)
     * @param keyId the key's id
     * @return the new profile
     * @throws NullPointerException if an argument is null
     */
    public static ObjectNode withPublicKey(ObjectNode issuerProfile, String keyId) {
        Objects.requireNonNull(issuerProfile, "issuerProfile");
        Objects.requireNonNull(keyId, "keyId");
        ObjectNode copy = issuerProfile.deepCopy();
        JsonNode existing = copy.get("publicKey");
        for (JsonNode k : Json.items(existing)) {
            if (Json.idOf(k).filter(keyId::equals).isPresent()) {
                return copy;
            }
        }
        if (existing == null || existing.isNull()) {
            copy.put("publicKey", keyId);
            return copy;
        }
        ArrayNode keys = JsonNodeFactory.instance.arrayNode();
        Json.items(existing).forEach(keys::add);
        keys.add(keyId);
        copy.set("publicKey", keys);
        return copy;
    }
}
