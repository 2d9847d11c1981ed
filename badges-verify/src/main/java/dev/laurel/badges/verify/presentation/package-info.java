/**
 * W3C Verifiable Presentations: {@link dev.laurel.badges.verify.presentation.PresentationVerifier} checks a
 * holder's signed presentation (an embedded Data Integrity {@code authentication} proof, eddsa-rdfc-2022 or
 * ecdsa-rdfc-2019, with {@code challenge} and {@code domain}, or a VP-JWT with {@code nonce} and
 * {@code aud}), that the signing key is the holder's (listed under its DID document's
 * {@code authentication}), and every credential inside; it is a view of a
 * {@link dev.laurel.badges.verify.Verifier}, which recognises presentations itself and whose settings it
 * uses. {@link dev.laurel.badges.verify.presentation.PresentationSigner} makes one for a wallet (Ed25519,
 * P-256 or P-384 keys).
 *
 * <p>This package sits above {@code dev.laurel.badges.verify} (it wraps the {@code Verifier}); the
 * presentation steps themselves run in the verifier's pipeline, and nothing below this package imports it.
 */
package dev.laurel.badges.verify.presentation;
