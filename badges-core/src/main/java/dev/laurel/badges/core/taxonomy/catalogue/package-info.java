/**
 * An in-memory {@link dev.laurel.badges.core.taxonomy.catalogue.Catalogue} of achievements and programmes:
 * search by words, level, issuer and competency, and "what can I earn next toward this certification,
 * given my backpack?" from pathway progress.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.builder().add(achievement).programme(pathway).build();
 * List<SearchHit> hits = catalogue.search(CatalogueQuery.all().text("robot programming"));
 * Optional<EarnNext> next = catalogue.earnNext(pathway.id(), backpack);
 * }</pre>
 */
package dev.laurel.badges.core.taxonomy.catalogue;
