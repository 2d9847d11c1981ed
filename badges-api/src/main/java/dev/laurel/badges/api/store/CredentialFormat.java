package dev.laurel.badges.api.store;

/**
 * The two forms in which the OB 3.0 API carries a credential. The store keeps each in the form it was
 * received, because a VC-JWT's signature covers its exact bytes and a JSON credential's embedded proof is
 * best served back untouched.
 */
public enum CredentialFormat {
    /** A JSON object (request body {@code application/json}); listed under {@code credential}. */
    JSON("application/json", "credential"),
    /** A compact JWS, a VC-JWT (request body {@code text/plain}); listed under {@code compactJwsString}. */
    JWT("text/plain", "compactJwsString");

    private final String mediaType;
    private final String listProperty;

    CredentialFormat(String mediaType, String listProperty) {
        this.mediaType = mediaType;
        this.listProperty = listProperty;
    }

    /**
     * Returns the media type the OpenAPI description gives this form in {@code upsertCredential}.
     *
     * @return {@code application/json} or {@code text/plain}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Returns the property of {@code GetOpenBadgeCredentialsResponse} that lists credentials of this form.
     *
     * @return {@code credential} or {@code compactJwsString}
     */
    public String listProperty() {
        return listProperty;
    }
}
