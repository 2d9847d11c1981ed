package dev.laurel.badges.api.client;

import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.core.LaurelException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call of the OB 3.0 API client failed. Every failure of the client is one of these, never a raw I/O,
 * Jackson or Nimbus exception (those may be the {@linkplain #getCause() cause}): the {@link ApiClientCode} says
 * what kind, and where they apply the HTTP status, the provider's Imsx_StatusInfo (resource endpoints) and the
 * OAuth 2.0 error (registration, authorization, token and revocation endpoints, and the {@code
 * WWW-Authenticate} header of a 401). Unchecked, like every Laurel exception; the caller's own mistakes (a
 * blank learner key, a redirect URI that was not registered) are {@link IllegalArgumentException}s instead.
 * The message never repeats a token, a secret or the provider's body.
 */
public final class ApiClientException extends LaurelException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final transient StatusInfo statusInfo;
    private final transient OAuthError oauthError;
    private final String pointer;

    /**
     * Creates the exception.
     *
     * @param code the kind of failure
     * @param message what failed, in words
     * @param httpStatus the HTTP status, or 0 when there was no answer
     * @param statusInfo the Imsx_StatusInfo of the answer, or null
     * @param oauthError the OAuth 2.0 error of the answer, or null
     * @param pointer the JSON Pointer of the faulty value of a malformed answer, or empty
     * @param cause the underlying exception, or null
     */
    public ApiClientException(ApiClientCode code, String message, int httpStatus, StatusInfo statusInfo,
            OAuthError oauthError, String pointer, Throwable cause) {
        super(code, message, cause);
        this.httpStatus = httpStatus;
        this.statusInfo = statusInfo;
        this.oauthError = oauthError;
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Creates the exception without an answer.
     *
     * @param code the kind of failure
     * @param message what failed
     * @param cause the underlying exception, or null
     */
    public ApiClientException(ApiClientCode code, String message, Throwable cause) {
        this(code, message, 0, null, null, "", cause);
    }

    /**
     * The code as an {@link ApiClientCode}.
     *
     * @return the code
     */
    public ApiClientCode clientCode() {
        return (ApiClientCode) code();
    }

    /**
     * The HTTP status of the answer, if there was one.
     *
     * @return the status
     */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /**
     * The provider's Imsx_StatusInfo, when the answer's body was one.
     *
     * @return the status info
     */
    public Optional<StatusInfo> statusInfo() {
        return Optional.ofNullable(statusInfo);
    }

    /**
     * The OAuth 2.0 error, when the provider sent one.
     *
     * @return the error
     */
    public Optional<OAuthError> oauthError() {
        return Optional.ofNullable(oauthError);
    }

    /**
     * Where in a malformed answer the problem is, as a JSON Pointer.
     *
     * @return the pointer, {@code ""} when not about one value
     */
    public String pointer() {
        return pointer;
    }
}
