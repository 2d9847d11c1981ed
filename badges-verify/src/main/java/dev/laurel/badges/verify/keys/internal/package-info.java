/**
 * Internals of key handling, not exported: JWK (RFC 7517/8037) and PEM/DER codecs and RFC 7638
 * thumbprints.
 */
package dev.laurel.badges.verify.keys.internal;
