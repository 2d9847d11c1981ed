package dev.laurel.badges.verify.fetch;

import dev.laurel.badges.core.ProblemCode;

/** Why a fetch did not produce a document. */
public enum FetchCode implements ProblemCode {
    /**
     * The fetch policy refused the address before any connection: scheme, host, address range (after
     * resolution), a redirect hop that breaks one of these, or an offline fetcher.
     */
    FETCH_REFUSED,
    /** The server answered 404 or the document is not in the offline map. */
    NOT_FOUND,
    /** The server answered 410 Gone (OB 2.0: a revoked hosted assertion). */
    GONE,
    /** The response exceeded the body size limit and was cut off. */
    TOO_LARGE,
    /** Connecting or reading took longer than the time limit. */
    TIMEOUT,
    /** More redirects than the policy allows (a refused redirect target is {@link #FETCH_REFUSED}). */
    TOO_MANY_REDIRECTS,
    /** Any other failure: connection refused, TLS failure, an unexpected HTTP status. */
    FETCH_FAILED
}
