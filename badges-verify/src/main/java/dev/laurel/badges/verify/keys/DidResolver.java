package dev.laurel.badges.verify.keys;

import dev.laurel.badges.verify.fetch.DocumentFetcher;

/**
 * Resolves the DIDs of one or more DID methods to their DID documents, so that a caller can add a
 * method Laurel does not resolve itself. {@code did:key}, {@code did:jwk} and {@code did:web} are built
 * into {@link KeyResolver} and always resolved by it: a registered resolver is asked only for other
 * methods, in the order registered ({@link KeyResolver#withDidResolver(DidResolver)},
 * {@code DataIntegrityVerifier.Builder.didResolver}, {@code Verifier.Builder.didResolver}).
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
     * Resolves a DID to its DID document.
     *
     * @param did the DID, without a fragment or query
     * @param fetcher the verifier's fetcher, for methods that read documents over the network
     * @return the document, or why there is none
     */
    DidResolution resolve(String did, DocumentFetcher fetcher);
}
