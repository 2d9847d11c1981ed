/**
 * Low-level helpers shared by the key stack, JOSE and the verifier: parsing untrusted JSON through
 * {@code BadgeJson.readTree}, and keeping what was derived from a fetched document while its bytes stay
 * the same. Depends on nothing else in badges-verify but the fetch API, so every package may use it.
 */
package dev.laurel.badges.verify.internal.json;
