/**
 * Internals of the JOSE support, not exported: the nimbus-jose-jwt signer over any
 * {@link dev.laurel.badges.verify.keys.SigningKey}, Bouncy Castle EdDSA and ES256 verifiers behind nimbus's
 * interfaces, and claim comparison helpers.
 */
package dev.laurel.badges.verify.jose.internal;
