package dev.laurel.badges.api.client;

import dev.laurel.badges.core.ProblemCode;

/**
 * Why a call of the OB 3.0 API client failed. Stable names: callers switch on them, never on a message. The
 * groups: the transport ({@link #NETWORK} to {@link #REDIRECT_REFUSED}), the resource server's HTTP answers
 * ({@link #BAD_REQUEST} to {@link #UNEXPECTED_STATUS}, each with the Imsx_StatusInfo when the body has one),
 * OAuth 2.0 ({@link #REGISTRATION_REJECTED} to {@link #NOT_CONNECTED}, with the OAuth error when the provider
 * sent one) and paging ({@link #LINK_REFUSED} to {@link #TOO_MANY_PAGES}).
 */
public enum ApiClientCode implements ProblemCode {
    /** The connection failed or broke (DNS, refused, reset, TLS). */
    NETWORK,
    /** No complete answer within the connect or request timeout. */
    TIMEOUT,
    /** The calling thread was interrupted while it waited (its interrupt flag is set again). */
    INTERRUPTED,
    /** The body was longer than the client's limit (declared or counted); the rest was not read. */
    RESPONSE_TOO_LARGE,
    /** The answer is not what the specification says for its status (bad JSON, missing value, http URL). */
    MALFORMED_RESPONSE,
    /** The provider answered with a redirect (3xx); API calls never follow one. */
    REDIRECT_REFUSED,
    /** 400: the provider calls the request invalid (usually with {@code invalid_data}). */
    BAD_REQUEST,
    /** 401: no valid access token, even after one refresh (or none was possible). */
    UNAUTHORIZED,
    /** 403: the token lacks the operation's scope. */
    FORBIDDEN,
    /** 404: nothing there. */
    NOT_FOUND,
    /** 405: the provider does not offer this operation. */
    METHOD_NOT_ALLOWED,
    /** 413: the request body is larger than the provider takes. */
    PAYLOAD_TOO_LARGE,
    /** 429: the provider's rate limit. */
    TOO_MANY_REQUESTS,
    /** 5xx: the provider failed. */
    SERVER_ERROR,
    /** Any other status the operation does not define. */
    UNEXPECTED_STATUS,
    /** The registration endpoint refused the registration (RFC 7591 3.2.2, e.g. {@code invalid_redirect_uri}). */
    REGISTRATION_REJECTED,
    /** The redirect's {@code state} is not the one this authorization started with (RFC 6749 10.12). */
    STATE_MISMATCH,
    /** The learner (or the provider) refused the authorization: {@code error=access_denied}. */
    ACCESS_DENIED,
    /** The authorization endpoint answered another error ({@code invalid_scope}, {@code server_error}...). */
    AUTHORIZATION_FAILED,
    /** The token endpoint refused the code or refresh token ({@code invalid_grant}): authorise again. */
    INVALID_GRANT,
    /** The token or revocation endpoint refused the request for another OAuth reason ({@code invalid_client}...). */
    TOKEN_REJECTED,
    /** No tokens are stored for this learner and client: authorise first. */
    NOT_CONNECTED,
    /** A paging link points away from the credentials endpoint (another origin or path). */
    LINK_REFUSED,
    /** The provider's paging links came back to a page already read. */
    PAGING_LOOP,
    /** More pages than the client's bound ({@code maxPages}). */
    TOO_MANY_PAGES
}
