package dev.laurel.badges.api.store;

/** The two kinds of OAuth 2.0 token an {@link AuthorizationStore} keeps (RFC 6749 1.4 and 1.5). */
public enum TokenKind {
    /** An access token: presented to the resource endpoints as {@code Bearer}. */
    ACCESS,
    /** A refresh token: exchanged at the token endpoint for a new access token (and a new refresh token). */
    REFRESH
}
