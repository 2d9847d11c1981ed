/**
 * The JSON forms of the taxonomy services: policies and pathways as small documents people keep by
 * hand, a backpack as the OB 3.0 API's credential list, and credentials loaded from JSON, a VC-JWT or a
 * baked image.
 *
 * <p>{@link dev.laurel.badges.json.taxonomy.TaxonomyJson} is the one entry point. Reading is strict and
 * reports every problem at once in a {@link dev.laurel.badges.json.taxonomy.TaxonomyJsonException}, each
 * with a {@link dev.laurel.badges.json.taxonomy.TaxonomyJsonCode} (or, for pathway validation, a
 * {@link dev.laurel.badges.core.taxonomy.pathway.PathwayCode}) and a JSON Pointer to the bad value.
 * docs/TAXONOMY.md ("JSON forms") describes every form.
 *
 * <pre>{@code
 * Policy policy = TaxonomyJson.standard().readPolicy("""
 *     {"type": "LaurelPolicy", "onUnknown": "refer", "conditions": [
 *       {"minimumLevel": "skill"}, {"verified": true}, {"issuedWithin": "P3Y"}]}
 *     """);
 * Decision d = policy.evaluate(entry, Instant.now());
 * }</pre>
 */
package dev.laurel.badges.json.taxonomy;
