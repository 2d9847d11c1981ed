package dev.laurel.badges.api.provider;

/**
 * Answers one HTTP request of the OB 3.0 API (or of its OAuth 2.0 endpoints). Implementations are thread-safe
 * and never throw for bad input: a malformed or unauthorised request gets its error response (the API's
 * {@code Imsx_StatusInfo}, or an OAuth 2.0 error object where the RFCs say so).
 */
@FunctionalInterface
public interface ApiHandler {

    /**
     * Answers a request.
     *
     * @param request the request, its body already read (and bounded) by the adapter
     * @return the response to send
     */
    ApiResponse handle(ApiRequest request);
}
