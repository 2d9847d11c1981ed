package dev.laurel.badges.api.wire;

import java.util.List;

/** The OAuth 2.0 scopes of the OB 3.0 API, exactly as the OpenAPI description spells them. */
public final class Scopes {

    /** Permission to read the credentials the user has stored ({@code getCredentials}). */
    public static final String CREDENTIAL_READONLY = "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly";
    /** Permission to create or update credentials ({@code upsertCredential}). */
    public static final String CREDENTIAL_UPSERT = "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.upsert";
    /** Permission to read the user's profile ({@code getProfile}). */
    public static final String PROFILE_READONLY = "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly";
    /** Permission to update the user's profile ({@code putProfile}). */
    public static final String PROFILE_UPDATE = "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.update";

    /** All four, in the order of the OpenAPI description. */
    public static final List<String> ALL = List.of(CREDENTIAL_READONLY, CREDENTIAL_UPSERT, PROFILE_READONLY, PROFILE_UPDATE);

    private Scopes() {}
}
