/**
 * Laurel's core: the Open Badges model, the six-level credential taxonomy, and the problem types that
 * every module reports with.
 *
 * <p>Start at {@link dev.laurel.badges.core.taxonomy.CredentialLevel}, the model packages
 * {@code model.ob3} and {@code model.ob2}, and {@code validation.BadgeValidator}.
 */
package dev.laurel.badges.core;
