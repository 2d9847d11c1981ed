/**
 * Badges as the taxonomy services read them: {@link dev.laurel.badges.core.taxonomy.credential.Credential}
 * (an OB 3.0 {@code OpenBadgeCredential} or an OB 2.0 {@code Assertion}, with the compact JWS it came in),
 * {@link dev.laurel.badges.core.taxonomy.credential.BadgeDefinition} (an {@code Achievement} or a
 * {@code BadgeClass}) and {@link dev.laurel.badges.core.taxonomy.credential.AlignmentTarget}. Each reads
 * the facts once into one shape, so that classification, backpacks, pathways and policies treat both
 * versions alike.
 *
 * <pre>{@code
 * Credential c = Credential.of(openBadgeCredential);
 * Optional<String> issuer = c.issuerId();
 * boolean aligned = c.isAlignedTo("https://example.org/competencies/robotics");
 * }</pre>
 */
package dev.laurel.badges.core.taxonomy.credential;
