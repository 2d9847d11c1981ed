/**
 * The six-level credential taxonomy: formal, assessed levels on a ladder (knowledge, skill, ability,
 * certification) and informal ones (participation, recognition).
 *
 * <pre>{@code
 * CredentialLevel level = CredentialLevel.parse("ability");
 * boolean enough = level.isAtLeast(CredentialLevel.skill()); // true
 * }</pre>
 */
package dev.laurel.badges.core.taxonomy;
