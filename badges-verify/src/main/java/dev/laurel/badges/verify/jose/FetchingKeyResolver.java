package dev.laurel.badges.verify.jose;

import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.jose.internal.DocumentCache;
import dev.laurel.badges.verify.jose.internal.KeyDocument;
import dev.laurel.badges.verify.jose.internal.Uris;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Dereferences an https (or http) key id through a {@link DocumentFetcher} to a public key, as the OB 3.0
 * text says ("Dereferencing the Public Key"); DID URLs go to a DID resolver if one is plugged in.
 *
 * <p>The fetched document may be a JWK, a JWK Set (the key whose {@code kid} is the key id or its
 * fragment; the only key when the id has no fragment), a controller or DID document whose
 * {@code verificationMethod} (or {@code assertionMethod}, {@code authentication}, {@code publicKey})
 * entry has the key id and a {@code publicKeyJwk} or {@code publicKeyPem}, or such a key object by
 * itself. A published key with private material is refused. Keys read from a document are kept while
 * the fetcher returns the same bytes, so put a {@link dev.laurel.badges.verify.fetch.CachingDocumentFetcher}
 * in front for speed. {@code jku} and {@code x5u} are never this resolver's business: it only ever
 * sees a {@code kid}.
 *
 * <pre>{@code
 * KeyResolver keys = FetchingKeyResolver.of(CachingDocumentFetcher.of(new HttpDocumentFetcher()))
 *         .withDidResolver(myDidKeyResolver);
 * }</pre>
 */
public final class FetchingKeyResolver implements KeyResolver {

    /** The media types asked for when fetching a key document. */
    public static final String ACCEPT = "application/jwk+json, application/jwk-set+json, application/did+ld+json, "
            + "application/ld+json;q=0.9, application/json;q=0.8";

    private final DocumentFetcher fetcher;
    private final Optional<KeyResolver> didResolver;
    private final DocumentCache<KeyDocument> documents;

    private FetchingKeyResolver(DocumentFetcher fetcher, Optional<KeyResolver> didResolver,
            DocumentCache<KeyDocument> documents) {
        this.fetcher = fetcher;
        this.didResolver = didResolver;
        this.documents = documents;
    }

    /**
     * Returns a resolver that fetches through a fetcher and resolves no DID URLs.
     *
     * @param fetcher the fetcher (its policy decides what may be reached)
     * @return the resolver
     * @throws NullPointerException if fetcher is null
     */
    public static FetchingKeyResolver of(DocumentFetcher fetcher) {
        return new FetchingKeyResolver(Objects.requireNonNull(fetcher, "fetcher"), Optional.empty(),
                new DocumentCache<>());
    }

    /**
     * Returns a copy that hands {@code did:} key ids to another resolver (for example the DID resolver of
     * {@code dev.laurel.badges.verify.did}).
     *
     * @param resolver resolves DID URLs
     * @return the new resolver
     * @throws NullPointerException if resolver is null
     */
    public FetchingKeyResolver withDidResolver(KeyResolver resolver) {
        return new FetchingKeyResolver(fetcher, Optional.of(Objects.requireNonNull(resolver, "resolver")), documents);
    }

    /**
     * Resolves a key id.
     *
     * @param keyId an absolute https/http URL or a DID URL
     * @return the public key, source {@link KeySource#KID}
     * @throws NullPointerException if keyId is null
     * @throws KeyResolutionException with a {@link ResolutionCode}, a fetch code or a key code
     */
    @Override
    public ResolvedKey resolve(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        URI uri = Uris.parse(keyId).orElseThrow(() -> new KeyResolutionException(ResolutionCode.UNSUPPORTED_KEY_ID,
                "key id is not a URI: " + keyId));
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("did")) {
            return didResolver.orElseThrow(() -> new KeyResolutionException(ResolutionCode.UNSUPPORTED_KEY_ID,
                    "no DID resolver configured for " + keyId)).resolve(keyId);
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new KeyResolutionException(ResolutionCode.UNSUPPORTED_KEY_ID,
                    "key id is neither an http(s) URL nor a DID URL: " + keyId);
        }
        FetchedDocument doc;
        try {
            doc = fetcher.fetch(Uris.withoutFragment(uri), ACCEPT);
        } catch (FetchException e) {
            throw new KeyResolutionException(e.fetchCode(), "cannot fetch key " + keyId + ": " + e.getMessage(), e);
        }
        KeyDocument keys = documents.get(doc, KeyDocument::parse);
        KeyDocument.Entry entry = keys.select(keyId, Optional.ofNullable(uri.getRawFragment()));
        return new ResolvedKey(entry.require(keyId), KeySource.KID, Optional.of(keyId), Optional.of(doc.uri()),
                entry.controller());
    }
}
