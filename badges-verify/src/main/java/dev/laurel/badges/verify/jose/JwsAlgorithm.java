package dev.laurel.badges.verify.jose;

import dev.laurel.badges.verify.keys.KeyKind;
import java.util.Optional;

/**
 * The JWS algorithms Laurel signs and verifies with. Anything else ({@code none}, every {@code HS*},
 * {@code PS*}, {@code RS384}...) is always rejected.
 */
public enum JwsAlgorithm {
    /** RSASSA-PKCS1-v1_5 with SHA-256: the algorithm OB 3.0 requires and OB 2.0 recommends. */
    RS256("RS256", KeyKind.RSA),
    /** ECDSA on P-256 with SHA-256; the signature is the 64-byte {@code r||s} (RFC 7518 section 3.4). */
    ES256("ES256", KeyKind.P256),
    /** ECDSA on P-384 with SHA-384; the signature is the 96-byte {@code r||s}. */
    ES384("ES384", KeyKind.P384),
    /** EdDSA with Ed25519 (RFC 8037). */
    EDDSA("EdDSA", KeyKind.ED25519);

    private final String jwaName;
    private final KeyKind keyKind;

    JwsAlgorithm(String jwaName, KeyKind keyKind) {
        this.jwaName = jwaName;
        this.keyKind = keyKind;
    }

    /**
     * Returns the {@code alg} header value.
     *
     * @return the JWA name, such as {@code EdDSA}
     */
    public String jwaName() {
        return jwaName;
    }

    /**
     * Returns the kind of key this algorithm needs.
     *
     * @return the key kind
     */
    public KeyKind keyKind() {
        return keyKind;
    }

    /**
     * Finds an algorithm by its {@code alg} value (case-sensitive, as JOSE is).
     *
     * @param jwaName the header value
     * @return the algorithm, or empty if Laurel does not support it
     */
    public static Optional<JwsAlgorithm> fromJwaName(String jwaName) {
        for (JwsAlgorithm a : values()) {
            if (a.jwaName.equals(jwaName)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the algorithm a kind of key signs with.
     *
     * @param kind the key kind
     * @return the algorithm
     */
    public static JwsAlgorithm forKey(KeyKind kind) {
        return switch (kind) {
            case RSA -> RS256;
            case P256 -> ES256;
            case P384 -> ES384;
            case ED25519 -> EDDSA;
        };
    }
}
