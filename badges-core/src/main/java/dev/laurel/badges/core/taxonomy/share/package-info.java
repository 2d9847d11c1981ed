/**
 * Share links for credentials: a plain share URL and LinkedIn's "add to profile" certification link,
 * both refusing private credentials with a typed
 * {@link dev.laurel.badges.core.taxonomy.share.ShareException}.
 *
 * <pre>{@code
 * ShareLinks links = ShareLinks.withBase("https://badges.example.org/c/")
 *         .withLinkedInOrganizations(Map.of("https://example.org/issuer", "1337"));
 * URI addToProfile = links.linkedInAddToProfile(backpack.get(credentialId).orElseThrow());
 * }</pre>
 */
package dev.laurel.badges.core.taxonomy.share;
