package dev.laurel.badges.verify.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A fetcher that refuses every address with {@link FetchCode#FETCH_REFUSED} and never does I/O: for
 * verification that must stay offline. Also available as {@link DocumentFetcher#refusing()}.
 */
public final class OfflineDocumentFetcher implements DocumentFetcher {

    /** The single instance. */
    public static final OfflineDocumentFetcher INSTANCE = new OfflineDocumentFetcher();

    private OfflineDocumentFetcher() {
    }

    /**
     * Refuses the fetch.
     *
     * @param uri the address
     * @param accept ignored
     * @return never
     * @throws NullPointerException if an argument is null
     * @throws FetchException always, with {@link FetchCode#FETCH_REFUSED}
     */
    @Override
    public FetchedDocument fetch(URI uri, String accept) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(accept, "accept");
        throw new FetchException(FetchCode.FETCH_REFUSED, "offline: refused to fetch " + uri);
    }

    /** Returns {@code "OfflineDocumentFetcher"}. */
    @Override
    public String toString() {
        return "OfflineDocumentFetcher";
    }
}
