package dev.laurel.badges.api.provider;

/**
 * Where the provider answers, relative to its base URI. The three API paths are the specification's; the
 * OAuth 2.0 paths are Laurel's choice (the specification leaves them to the provider and publishes them in
 * the discovery document).
 */
public final class ProviderPaths {

    /** The service description document ({@code GET}, no authorisation). */
    public static final String DISCOVERY = "/ims/ob/v3p0/discovery";
    /** {@code getCredentials} ({@code GET}) and {@code upsertCredential} ({@code POST}). */
    public static final String CREDENTIALS = "/ims/ob/v3p0/credentials";
    /** {@code getProfile} ({@code GET}) and {@code putProfile} ({@code PUT}). */
    public static final String PROFILE = "/ims/ob/v3p0/profile";
    /** Dynamic client registration (RFC 7591), the discovery document's {@code x-imssf-registrationUrl}. */
    public static final String REGISTRATION = "/oauth/registration";
    /** The authorization endpoint (RFC 6749 3.1): the learner's login and consent page. */
    public static final String AUTHORIZE = "/oauth/authorize";
    /** The token endpoint (RFC 6749 3.2), also the discovery document's {@code refreshUrl}. */
    public static final String TOKEN = "/oauth/token";
    /** Token revocation (RFC 7009). */
    public static final String REVOKE = "/oauth/revoke";

    private ProviderPaths() {}
}
