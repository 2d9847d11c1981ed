/**
 * Internals of the JOSE support, not exported: Bouncy Castle EdDSA and ES256 signers and verifiers behind
 * nimbus-jose-jwt's interfaces, and claim comparison helpers.
 */
package dev.laurel.badges.verify.jose.internal;
