/**
 * A learner's {@link dev.laurel.badges.core.taxonomy.backpack.Backpack}: credentials of both Open Badges
 * versions in one immutable collection, each classified, with the learner's
 * {@link dev.laurel.badges.core.taxonomy.backpack.Visibility} and the caller-supplied
 * {@link dev.laurel.badges.core.taxonomy.backpack.VerificationStatus}; filters by level, issuer,
 * competency and validity, counts per level, and what an OB 3.0 export carries.
 *
 * <pre>{@code
 * Backpack pack = Backpack.empty()
 *         .with(Credential.of(credential), Visibility.PUBLIC, VerificationStatus.verified(now));
 * List<BackpackEntry> skills = pack.atOrAbove(CredentialLevel.skill());
 * Ob3Export forEveryone = pack.exportOb3(Audience.PUBLIC);
 * }</pre>
 */
package dev.laurel.badges.core.taxonomy.backpack;
