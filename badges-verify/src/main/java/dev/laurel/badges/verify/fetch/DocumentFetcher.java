package dev.laurel.badges.verify.fetch;

import java.net.URI;

/**
 * Fetches the documents verification needs (hosted assertions, badge classes, issuer profiles,
 * revocation and status lists, public keys, DID documents). Implementations decide what may be
 * fetched; JSON-LD contexts are never fetched through it.
 *
 * <p>Implementations must be thread-safe. Laurel's own: {@link HttpDocumentFetcher} (the network,
 * under a {@link FetchPolicy}), {@link MapDocumentFetcher} (a fixed map, offline),
 * {@link OfflineDocumentFetcher} (refuses everything) and {@link CachingDocumentFetcher} (in front of any).
 */
@FunctionalInterface
public interface DocumentFetcher {

    /**
     * Fetches a document.
     *
     * @param uri the absolute address, without a fragment
     * @param accept the media types wanted, as an HTTP {@code Accept} value
     * @return the document
     * @throws FetchException if the document cannot be had; {@link FetchException#fetchCode()} says why
     */
    FetchedDocument fetch(URI uri, String accept);

    /**
     * Returns a fetcher that refuses everything with {@link FetchCode#FETCH_REFUSED} and does no I/O:
     * the safe default for offline verification.
     *
     * @return the refusing fetcher
     */
    static DocumentFetcher refusing() {
        return OfflineDocumentFetcher.INSTANCE;
    }
}
