/**
 * Verification internals: OB 2.0 hosted verification, status lists, recipient matching and the bridge
 * from DID key resolution to JOSE. Not exported.
 */
package dev.laurel.badges.verify.internal;
