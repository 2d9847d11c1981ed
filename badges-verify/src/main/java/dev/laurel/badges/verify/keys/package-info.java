/**
 * Keys, one stack for every proof format: the key type ({@link dev.laurel.badges.verify.keys.LaurelKey}:
 * Ed25519, P-256, P-384, RSA; JWK, PEM and Multikey forms), the verification method value a proof's key
 * resolves to ({@link dev.laurel.badges.verify.keys.VerificationMethod}: id, controller, key, origin),
 * the one resolver ({@link dev.laurel.badges.verify.keys.KeyResolver}: {@code did:key}, {@code did:jwk},
 * {@code did:web}, https controller documents and issuer profiles, JWKs, header {@code jwk}s, fragment
 * Multikeys), which returns a {@link dev.laurel.badges.verify.keys.KeyResolution} instead of throwing,
 * and the one issuer-binding rule ({@link dev.laurel.badges.verify.keys.IssuerBinding}, strict or
 * lenient by {@link dev.laurel.badges.verify.keys.BindingMode}) that VC-JWT, OB 2.0 signed badges and
 * Data Integrity all call (and {@link dev.laurel.badges.verify.keys.IssuerBinding#evaluateHolder} for a
 * presentation's holder, by the DID document's {@code authentication} list). Keys read from untrusted text
 * are checked (sizes, curves, points).
 *
 * <p>DID methods are {@link dev.laurel.badges.verify.keys.DidResolver}s: the built-in
 * {@link dev.laurel.badges.verify.keys.DidResolvers#key()}, {@code jwk()} and {@code web()} are registered
 * in every resolver; a caller adds a method, or takes a DID over from a built-in one
 * ({@link dev.laurel.badges.verify.keys.DidResolver#overrides}), e.g. with static documents
 * ({@link dev.laurel.badges.verify.keys.DidResolvers#of}).
 *
 * <p>Signing goes through one interface, {@link dev.laurel.badges.verify.keys.SigningKey} (the bytes to
 * sign in, the raw signature out), which every signer takes: a {@code LaurelKey} with a private part in
 * memory, a {@link dev.laurel.badges.verify.keys.KeyStoreSigningKey} for a {@code java.security.KeyStore}
 * entry (a PKCS#12 file, or an HSM through its PKCS#11 provider), or an implementation over a cloud KMS.
 *
 * <pre>{@code
 * LaurelKey key = KeyPairs.generate(KeyKind.ED25519);
 * String issuer = key.didKey();                                   // did:key:z6Mk...
 * KeyResolver resolver = KeyResolver.offline();
 * VerificationMethod method = resolver.resolve(key.didKeyVerificationMethod()).method().orElseThrow();
 * BindingVerdict verdict = new IssuerBinding(resolver).evaluate(Optional.of(issuer), method);
 * assert verdict.passes(BindingMode.STRICT);
 * }</pre>
 */
package dev.laurel.badges.verify.keys;
