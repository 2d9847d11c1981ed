/**
 * Decentralized identifiers and verification keys: {@code did:key}, {@code did:jwk} and {@code did:web}
 * resolution, https controller documents, Ed25519 keys, Multikey and multibase encodings, and the
 * key-binding check that decides whether a key belongs to a credential's issuer.
 *
 * <p>{@link dev.laurel.badges.verify.did.KeyResolver} finds the key a proof's {@code verificationMethod}
 * names, through a {@link dev.laurel.badges.verify.fetch.DocumentFetcher}, and reports where it came from
 * ({@link dev.laurel.badges.verify.did.KeySource}). {@link dev.laurel.badges.verify.did.KeyBinding} then
 * decides, as a separate check, whether that key is the issuer's.
 *
 * <pre>{@code
 * Ed25519KeyPair keys = Ed25519KeyPair.generate();
 * String issuer = keys.publicKey().didKey();                 // did:key:z6Mk...
 * KeyResolution r = KeyResolver.offline().resolve(keys.publicKey().didKeyVerificationMethod());
 * KeyBinding.Verdict v = KeyBinding.evaluate(Optional.of(issuer), r.key().orElseThrow(), Optional.empty());
 * }</pre>
 */
package dev.laurel.badges.verify.did;
