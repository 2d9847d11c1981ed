package dev.laurel.badges.verify.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import dev.laurel.badges.core.ProblemCode;
import dev.laurel.badges.verify.internal.json.Json;
import java.security.KeyPair;
import java.util.Optional;
import java.util.Set;

/**
 * The public key a verification method object or a JWK publishes, or why it cannot be used: the one
 * reader of published key material for every key source (DID documents, controller documents, issuer
 * profiles, OB 2.0 {@code CryptographicKey}s, JWKs, header {@code jwk}s).
 *
 * @param key the key, if usable
 * @param code why not, if not usable
 * @param problem the message, if not usable
 */
record KeyMaterial(Optional<LaurelKey> key, Optional<ProblemCode> code, String problem) {

    /** Verification method types whose material Laurel reads; a method without a type is read too. */
    private static final Set<String> TYPES = Set.of("Multikey", "JsonWebKey", "JsonWebKey2020",
            "Ed25519VerificationKey2020", "Ed25519VerificationKey2018", "EcdsaSecp256r1VerificationKey2019",
            "RsaVerificationKey2018", "CryptographicKey");

    static KeyMaterial of(LaurelKey key) {
        return new KeyMaterial(Optional.of(key), Optional.empty(), "");
    }

    static KeyMaterial error(ProblemCode code, String problem) {
        return new KeyMaterial(Optional.empty(), Optional.of(code), problem);
    }

    /**
     * Reads a verification method object: {@code publicKeyMultibase} (Ed25519, P-256 or P-384 Multikey, or the raw 32
     * bytes of early {@code Ed25519VerificationKey2020} documents), {@code publicKeyJwk},
     * {@code publicKeyPem} or {@code publicKeyBase58}.
     *
     * @param method the object
     * @return the material
     */
    public static KeyMaterial fromMethod(JsonNode method) {
        if (method == null || !method.isObject()) {
            return error(KeyCode.MALFORMED_KEY_DOCUMENT, "the verification method is not a JSON object");
        }
        Optional<String> type = Json.text(method, "type");
        if (type.isPresent() && !TYPES.contains(type.get())) {
            return error(KeyCode.UNSUPPORTED_KEY, "verification method type " + type.get() + " is not supported");
        }
        Optional<String> multibase = Json.text(method, "publicKeyMultibase");
        if (multibase.isPresent()) {
            Optional<LaurelKey> key = Multikey.decodePublicKey(multibase.get());
            if (key.isEmpty() && type.filter("Ed25519VerificationKey2020"::equals).isPresent()) {
                key = Multibase.decode(multibase.get()).flatMap(Multikey::ed25519);
            }
            return key.map(KeyMaterial::of).orElseGet(() -> error(KeyCode.UNSUPPORTED_KEY,
                    "publicKeyMultibase is not an Ed25519, P-256 or P-384 Multikey"));
        }
        JsonNode jwk = method.get("publicKeyJwk");
        if (jwk != null) {
            return fromJwk(jwk);
        }
        JsonNode pem = method.get("publicKeyPem");
        if (pem != null) {
            if (!pem.isTextual()) {
                return error(KeyCode.MALFORMED_KEY_DOCUMENT, "publicKeyPem is not a string");
            }
            try {
                LaurelKey key = KeyPairs.fromPem(pem.textValue());
                return key.canSign() ? error(KeyCode.PRIVATE_KEY_PUBLISHED, "the published PEM is a private key")
                        : of(key);
            } catch (KeyException e) {
                return error(e.keyCode(), e.getMessage());
            }
        }
        Optional<String> base58 = Json.text(method, "publicKeyBase58");
        if (base58.isPresent()) {
            return Multibase.decodeBase58(base58.get()).flatMap(Multikey::ed25519).map(KeyMaterial::of)
                    .orElseGet(() -> error(KeyCode.INVALID_KEY, "publicKeyBase58 is not an Ed25519 key"));
        }
        return error(KeyCode.MALFORMED_KEY_DOCUMENT,
                "no publicKeyMultibase, publicKeyJwk, publicKeyPem or publicKeyBase58");
    }

    /**
     * Reads a public JWK (OKP Ed25519, EC P-256 or P-384, RSA of 2048 bits or more). A JWK with private
     * members is refused: a published private key is compromised.
     *
     * @param jwk the JWK object
     * @return the material
     */
    public static KeyMaterial fromJwk(JsonNode jwk) {
        if (jwk == null || !jwk.isObject()) {
            return error(KeyCode.MALFORMED_KEY_DOCUMENT, "the JWK is not a JSON object");
        }
        JWK parsed;
        try {
            parsed = JWK.parse(jwk.toString());
        } catch (java.text.ParseException | RuntimeException e) {
            return error(KeyCode.INVALID_KEY, "malformed JWK");
        }
        return fromJwk(parsed);
    }

    /**
     * Reads a parsed public JWK.
     *
     * @param jwk the JWK
     * @return the material
     */
    public static KeyMaterial fromJwk(JWK jwk) {
        if (jwk.isPrivate()) {
            return error(KeyCode.PRIVATE_KEY_PUBLISHED, "the JWK holds private key material");
        }
        try {
            KeyPair pair = JwkCodec.fromJwk(jwk);
            return of(LaurelKey.ofPublic(pair.getPublic()));
        } catch (KeyException e) {
            return error(e.keyCode(), e.getMessage());
        }
    }

    /**
     * Tells whether this material is the given key.
     *
     * @param other the key
     * @return {@code true} if usable and the same public key
     */
    public boolean is(LaurelKey other) {
        return key.filter(k -> k.samePublicKey(other)).isPresent();
    }
}
