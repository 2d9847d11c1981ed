/**
 * Classification of any badge into Laurel's taxonomy: the {@link
 * dev.laurel.badges.core.taxonomy.classify.Classifier} reads a declared Laurel level, or weighs the
 * evidence in the badge, and returns a {@link dev.laurel.badges.core.taxonomy.classify.Classification}
 * with a level (or none), a confidence and the {@link dev.laurel.badges.core.taxonomy.classify.Reason}s,
 * each with a stable {@link dev.laurel.badges.core.taxonomy.classify.ReasonCode}. docs/TAXONOMY.md lists
 * every rule.
 *
 * <pre>{@code
 * Classification c = Classifier.standard().classify(openBadgeCredential);
 * if (c.kind().filter(k -> k == LevelKind.CERTIFICATION).isPresent() && c.confidence() >= 0.8) { ... }
 * }</pre>
 */
package dev.laurel.badges.core.taxonomy.classify;
