/**
 * W3C Verifiable Presentations: {@link dev.laurel.badges.verify.presentation.PresentationVerifier} checks a
 * holder's signed presentation (an embedded Data Integrity {@code authentication} proof with
 * {@code challenge} and {@code domain}, or a VP-JWT with {@code nonce} and {@code aud}), that the signing
 * key is the holder's, and every credential inside through a {@link dev.laurel.badges.verify.Verifier};
 * {@link dev.laurel.badges.verify.presentation.PresentationSigner} makes one for a wallet.
 *
 * <p>This package sits above {@code dev.laurel.badges.verify} (it uses the {@code Verifier} for the
 * credentials inside); nothing below it imports it.
 */
package dev.laurel.badges.verify.presentation;
