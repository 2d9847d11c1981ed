package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.internal.JwsCrypto;
import dev.laurel.badges.verify.keys.LaurelKey;
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
 * ({@link #withPublicKey}). Immutable and thread-safe.
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

    private final LaurelKey key;
    private final JWSSigner signer;

    private SignedBadgeSigner(LaurelKey key, JWSSigner signer) {
        this.key = key;
        this.signer = signer;
    }

    /**
     * Returns a signer.
     *
     * @param key a key with a private part (RSA recommended)
     * @return the signer
     * @throws NullPointerException if key is null
     * @throws IllegalArgumentException if the key cannot sign
     */
    public static SignedBadgeSigner of(LaurelKey key) {
        Objects.requireNonNull(key, "key");
        if (!key.canSign()) {
            throw new IllegalArgumentException("key has no private part: " + key);
        }
        return new SignedBadgeSigner(key, JwsCrypto.signer(key));
    }

    /**
     * Signs an assertion.
     *
     * @param assertion the assertion, whose {@code verification.type} must be {@code SignedBadge}
     * @return the compact JWS
     * @throws NullPointerException if assertion is null
     * @throws IllegalArgumentException if the assertion does not declare signed verification
     */
    public String sign(ObjectNode assertion) {
        Objects.requireNonNull(assertion, "assertion");
        JsonNode verification = assertion.get("verification");
        if (verification == null || !(Json.hasType(verification.get("type"), "SignedBadge")
                || Json.hasType(verification.get("type"), "signed"))) {
            throw new IllegalArgumentException("assertion verification.type must be SignedBadge; "
                    + "see withSignedVerification");
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(key.jwsAlgorithm())).build();
        JWSObject jws = new JWSObject(header, new Payload(Json.bytes(assertion)));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed: " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    /**
     * Signs an assertion given as JSON text.
     *
     * @param assertionJson the assertion
     * @return the compact JWS
     * @throws NullPointerException if assertionJson is null
     * @throws IllegalArgumentException if the text is not a JSON object, or as {@link #sign(ObjectNode)}
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
     * @param key the key (only its public part is used)
     * @return a new document with {@code @context}, {@code type}, {@code id}, {@code owner} and
     *     {@code publicKeyPem}
     * @throws NullPointerException if an argument is null
     */
    public static ObjectNode cryptographicKey(String keyId, String owner, LaurelKey key) {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("@context", OB2_CONTEXT);
        doc.put("type", "CryptographicKey");
        doc.put("id", keyId);
        doc.put("owner", owner);
        doc.put("publicKeyPem", key.publicKeyPem());
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
