/**
 * Stacking micro-credentials toward a goal: a {@link dev.laurel.badges.core.taxonomy.pathway.Pathway}
 * of {@link dev.laurel.badges.core.taxonomy.pathway.Step}s (a specific achievement, any N of a set, a
 * credential at or above a level aligned to a competency, another pathway), checked as a set by
 * {@link dev.laurel.badges.core.taxonomy.pathway.Pathways} (cycles, unknown references, unreachable
 * goals become problems with JSON Pointers) and measured against a backpack as a
 * {@link dev.laurel.badges.core.taxonomy.pathway.PathwayProgress}. Progress counts only credentials whose
 * verification the caller supplied as passed unless a preview is asked for
 * ({@link dev.laurel.badges.core.taxonomy.backpack.Counting}).
 *
 * <pre>{@code
 * Pathway path = Pathway.builder("data-analyst", "Data Analyst")
 *         .goal("https://example.org/achievements/data-analyst")
 *         .require("https://example.org/achievements/sql-basics")
 *         .competency("viz", CredentialLevel.skill(), "https://example.org/c/visualisation")
 *         .build();
 * PathwayProgress progress = path.progress(backpack);
 * progress.nextSteps();
 * progress.ignored(); // credentials not counted because not verified, with the reason
 * }</pre>
 */
package dev.laurel.badges.core.taxonomy.pathway;
