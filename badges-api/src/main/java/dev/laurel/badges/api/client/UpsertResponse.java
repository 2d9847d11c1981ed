package dev.laurel.badges.api.client;

import java.util.Objects;

/**
 * The answer to {@code upsertCredential}.
 *
 * @param httpStatus 201, 200 or 304
 * @param outcome what the status means
 * @param body the answer's body as text (the credential, JSON or compact JWS, as the provider answered it;
 *     empty for 304)
 */
public record UpsertResponse(int httpStatus, Outcome outcome, String body) {

    /**
     * Checks.
     *
     * @throws NullPointerException if a value is null
     */
    public UpsertResponse {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(body, "body");
    }

    /** What the provider did, by the OpenAPI description's status codes. */
    public enum Outcome {
        /** 201: stored as a new entry. */
        CREATED,
        /** 200: replaced an equal credential (OB 3.0 credential equality). */
        REPLACED,
        /** 304: nothing to change. */
        NOT_MODIFIED
    }
}
