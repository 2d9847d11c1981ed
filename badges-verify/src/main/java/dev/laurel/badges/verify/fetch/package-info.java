/**
 * Fetching documents safely: the {@link dev.laurel.badges.verify.fetch.DocumentFetcher} interface and its
 * implementations. {@link dev.laurel.badges.verify.fetch.HttpDocumentFetcher} reaches the network under a
 * {@link dev.laurel.badges.verify.fetch.FetchPolicy} (http(s) only, no private or metadata addresses after
 * resolution and on every redirect, connections pinned to the checked address, time and size limits,
 * kept-alive connections per checked address, {@code gzip} under the same size limit, and an optional
 * HTTP proxy, described by a {@link dev.laurel.badges.verify.fetch.FetchProxy}, that is only ever asked for
 * the checked address);
 * {@link dev.laurel.badges.verify.fetch.MapDocumentFetcher} serves a fixed map offline;
 * {@link dev.laurel.badges.verify.fetch.OfflineDocumentFetcher} refuses everything;
 * {@link dev.laurel.badges.verify.fetch.CachingDocumentFetcher} caches in front of any of them, one fetch
 * per address however many threads ask. See {@code docs/FETCHING.md}.
 *
 * <pre>{@code
 * DocumentFetcher fetcher = CachingDocumentFetcher.of(new HttpDocumentFetcher(FetchPolicy.builder()
 *         .httpsOnly(true).proxy(URI.create("http://proxy.corp:3128")).nonProxyHosts("*.corp.example").build()));
 * FetchedDocument issuer = fetcher.fetch(URI.create("https://example.org/issuer"), FetchPolicy.DEFAULT_ACCEPT);
 * }</pre>
 */
package dev.laurel.badges.verify.fetch;
