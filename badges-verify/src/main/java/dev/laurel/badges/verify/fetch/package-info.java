/**
 * Fetching documents safely: the {@link dev.laurel.badges.verify.fetch.DocumentFetcher} interface and
 * its implementations.
 */
package dev.laurel.badges.verify.fetch;
