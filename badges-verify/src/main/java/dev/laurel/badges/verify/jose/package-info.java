/**
 * JOSE for Open Badges: OB 3.0 VC-JWT and OB 2.0 signed badges (compact JWS), on nimbus-jose-jwt with
 * Bouncy Castle for Ed25519.
 *
 * <p>Signing: {@link dev.laurel.badges.verify.jose.VcJwtSigner} (RS256, ES256, EdDSA; the credential as
 * JWT payload with {@code iss}, {@code sub}, {@code jti}, {@code nbf}, {@code exp}) and
 * {@link dev.laurel.badges.verify.jose.SignedBadgeSigner} (OB 2.0, with helpers for the
 * {@code CryptographicKey} document and the issuer's {@code publicKey}). Verifying:
 * {@link dev.laurel.badges.verify.jose.VcJwtVerifier} and
 * {@link dev.laurel.badges.verify.jose.SignedBadgeVerifier} report every step as a
 * {@link dev.laurel.badges.verify.report.Check} (ids in {@link dev.laurel.badges.verify.report.JwsCheck}, {@link dev.laurel.badges.verify.report.VcJwtCheck} and {@link dev.laurel.badges.verify.report.Ob2Check}) and
 * never throw for bad input; the algorithm allow-list is in {@link dev.laurel.badges.verify.jose.JosePolicy}
 * ({@code none} and {@code HS*} can never be allowed); keys come from a {@code kid} through the one
 * {@link dev.laurel.badges.verify.keys.KeyResolver}, else from the header {@code jwk}, never from
 * {@code jku} or {@code x5u}. {@link dev.laurel.badges.verify.keys.IssuerBinding} says whether the key
 * belongs to the issuer. See {@code docs/JOSE.md}.
 *
 * <pre>{@code
 * LaurelKey key = KeyPairs.generateEd25519();
 * String jwt = VcJwtSigner.of(key).sign(credential);               // header jwk, no kid
 * VcJwtResult result = VcJwtVerifier.of(KeyResolver.offline())
 *         .withKeyBinding(BindingMode.LENIENT).verify(jwt);      // a header jwk: unconfirmed, a warning
 * boolean ok = result.verified();
 * }</pre>
 */
package dev.laurel.badges.verify.jose;
