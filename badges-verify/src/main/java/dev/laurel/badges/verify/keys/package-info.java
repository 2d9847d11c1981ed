/**
 * Signing keys: generation of Ed25519, RSA and P-256 key pairs, and their JWK (RFC 7517, RFC 8037;
 * {@code kid} = RFC 7638 thumbprint) and PEM (SPKI public, PKCS#8 private) forms. The API uses plain
 * {@code java.security} keys; keys read from untrusted text are checked (sizes, curves, points).
 *
 * <pre>{@code
 * LaurelKey key = KeyPairs.generate(KeyKind.P256);
 * String jwk = key.toPublicJwk();
 * LaurelKey again = KeyPairs.fromJwk(key.toPrivateJwk());
 * String pem = key.publicKeyPem();
 * }</pre>
 */
package dev.laurel.badges.verify.keys;
