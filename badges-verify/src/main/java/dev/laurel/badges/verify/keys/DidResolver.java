package dev.laurel.badges.verify.keys;

import dev.laurel.badges.verify.fetch.DocumentFetcher;

/**
 * Resolves the DIDs of one or more DID methods to their DID documents, so that a caller can add a
 * method Laurel does not resolve itself, or replace a built-in one. {@code did:key}, {@code did:jwk} and
 * {@code did:web} are themselves resolvers ({@link DidResolvers#key()}, {@link DidResolvers#jwk()},
 * {@link DidResolvers#web()}) that every {@link KeyResolver} has registered by default. For a DID, a
 * {@link KeyResolver} asks, in order: the registered resolvers that {@link #overrides} it, then the built-in
 * resolver of its method, then the registered resolvers that {@link #supports} its method
 * ({@link KeyResolver#withDidResolver(DidResolver)}, {@code DataIntegrityVerifier.Builder.didResolver},
 * {@code Verifier.Builder.didResolver}; in the order registered). So a resolver that supports every method
 * never shadows a built-in one unless it says so for a DID.
 *
 * <p>The document is read as a did:web document is: its {@code id} must be the DID, a key must be listed
 * under {@code verificationMethod} (or another method list) and, to make assertions, under
 * {@code assertionMethod}. Implementations must be thread-safe, should fetch only through the
 * {@link DocumentFetcher} they are given (its policy and budget then apply), and should report problems
 * as {@link DidResolution#failed} rather than throw; an exception is turned into a failed key check.
 *
 * <pre>{@code
 * DidResolver example = new DidResolver() {
 *     public boolean supports(String method) { return method.equals("example"); }
 *     public DidResolution resolve(String did, DocumentFetcher fetcher) { return DidResolution.resolved(doc); }
 * };
 * Verifier verifier = Verifier.builder().didResolver(example).build();
 * }</pre>
 */
public interface DidResolver {

    /**
     * Tells whether this resolver resolves a DID method.
     *
     * @param method the method name, the part after {@code did:} and before the next colon (e.g. {@code example})
     * @return {@code true} if {@link #resolve} handles DIDs of this method
     */
    boolean supports(String method);

    /**
     * Tells whether this resolver takes a DID over from the built-in resolver of its method (for example a
     * static document pinned for one {@code did:web} DID, or a caller's own did:web resolver). Default
     * {@code false}: a registered resolver is asked only for methods nothing built in resolves.
     *
     * @param did the DID, without a fragment
     * @return {@code true} if {@link #resolve} should be asked for this DID before any built-in resolver
     */
    default boolean overrides(String did) {
        return false;
    }

    /**
     * Resolves a DID to its DID document.
     *
     * @param did the DID, without a fragment or query
     * @param fetcher the verifier's fetcher, for methods that read documents over the network
     * @return the document, or why there is none
     */
    DidResolution resolve(String did, DocumentFetcher fetcher);
}
