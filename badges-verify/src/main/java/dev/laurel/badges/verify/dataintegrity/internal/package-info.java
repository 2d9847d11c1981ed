/**
 * Internals of Data Integrity processing (not exported): the bundled-context loader, JSON-P conversion,
 * JSON-LD safe-mode expansion with cached contexts, RDFC-1.0 canonicalisation under a budget, and the
 * proof transformation steps.
 *
 * <pre>{@code
 * String nquads = new Canonicalizer(Duration.ofSeconds(1), 100_000, 64).canonicalize(document);
 * }</pre>
 */
package dev.laurel.badges.verify.dataintegrity.internal;
