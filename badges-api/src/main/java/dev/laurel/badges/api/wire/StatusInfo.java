package dev.laurel.badges.api.wire;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Imsx_StatusInfo: the body of every error answer of the OB 3.0 API (and of some success answers).
 *
 * @param codeMajor {@code imsx_codeMajor}
 * @param severity {@code imsx_severity}
 * @param description {@code imsx_description}, or null when absent
 * @param codeMinor the fields of {@code imsx_codeMinor.imsx_codeMinorField}; empty when absent
 */
public record StatusInfo(CodeMajor codeMajor, Severity severity, String description, List<CodeMinorField> codeMinor) {

    /** The {@code imsx_codeMinorFieldName} Laurel writes: the system that produced the code. */
    public static final String SYSTEM_NAME = "laurel";

    /**
     * Checks and copies.
     *
     * @throws NullPointerException if {@code codeMajor}, {@code severity} or {@code codeMinor} is null
     */
    public StatusInfo {
        Objects.requireNonNull(codeMajor, "codeMajor");
        Objects.requireNonNull(severity, "severity");
        codeMinor = List.copyOf(codeMinor);
    }

    /**
     * The description, if any.
     *
     * @return the description
     */
    public Optional<String> optionalDescription() {
        return Optional.ofNullable(description);
    }

    /**
     * The first code minor value, if any: the one an error answer carries.
     *
     * @return the value
     */
    public Optional<CodeMinorValue> firstCodeMinor() {
        return codeMinor.isEmpty() ? Optional.empty() : Optional.of(codeMinor.get(0).value());
    }

    /**
     * An error answer: code major {@code failure}, severity {@code error}, one code minor field by Laurel.
     *
     * @param value the code minor value
     * @param description the human-readable description, or null
     * @return the status
     */
    public static StatusInfo failure(CodeMinorValue value, String description) {
        return new StatusInfo(CodeMajor.FAILURE, Severity.ERROR, description,
                List.of(new CodeMinorField(SYSTEM_NAME, value)));
    }

    /**
     * 400: the request body or a parameter is not valid ({@code invalid_data}).
     *
     * @param description what is wrong
     * @return the status
     */
    public static StatusInfo invalidData(String description) {
        return failure(CodeMinorValue.INVALID_DATA, description);
    }

    /**
     * 400: a query parameter is not valid ({@code invalid_query_parameter}).
     *
     * @param description what is wrong
     * @return the status
     */
    public static StatusInfo invalidQueryParameter(String description) {
        return failure(CodeMinorValue.INVALID_QUERY_PARAMETER, description);
    }

    /**
     * 401: no or no valid access token ({@code unauthorizedrequest}).
     *
     * @param description what is wrong
     * @return the status
     */
    public static StatusInfo unauthorized(String description) {
        return failure(CodeMinorValue.UNAUTHORIZEDREQUEST, description);
    }

    /**
     * 403: the token lacks the operation's scope ({@code forbidden}).
     *
     * @param description what is wrong
     * @return the status
     */
    public static StatusInfo forbidden(String description) {
        return failure(CodeMinorValue.FORBIDDEN, description);
    }

    /**
     * 404: nothing there ({@code not_found}).
     *
     * @param description what is wrong
     * @return the status
     */
    public static StatusInfo notFound(String description) {
        return failure(CodeMinorValue.NOT_FOUND, description);
    }

    /**
     * 405: the method is not allowed on the endpoint ({@code not_allowed}).
     *
     * @param description what is wrong
     * @return the status
     */
    public static StatusInfo notAllowed(String description) {
        return failure(CodeMinorValue.NOT_ALLOWED, description);
    }

    /**
     * 406: no acceptable media type ({@code not_acceptable}).
     *
     * @param description what is wrong
     * @return the status
     */
    public static StatusInfo notAcceptable(String description) {
        return failure(CodeMinorValue.NOT_ACCEPTABLE, description);
    }

    /**
     * 500: the provider failed ({@code internal_server_error}).
     *
     * @param description what is wrong
     * @return the status
     */
    public static StatusInfo internalServerError(String description) {
        return failure(CodeMinorValue.INTERNAL_SERVER_ERROR, description);
    }

    /**
     * 503: the provider is busy or its store unavailable ({@code server_busy}).
     *
     * @param description what is wrong
     * @return the status
     */
    public static StatusInfo serverBusy(String description) {
        return failure(CodeMinorValue.SERVER_BUSY, description);
    }

    /**
     * The HTTP status this status goes with: that of its first code minor value, 200 for a success without
     * one, 500 for a failure without one.
     *
     * @return the HTTP status code
     */
    public int httpStatus() {
        if (!codeMinor.isEmpty()) {
            return codeMinor.get(0).value().httpStatus();
        }
        return codeMajor == CodeMajor.FAILURE ? 500 : 200;
    }

    /** {@code imsx_codeMajor}: the primary status. */
    public enum CodeMajor {
        /** {@code failure} */
        FAILURE,
        /** {@code processing} */
        PROCESSING,
        /** {@code success} */
        SUCCESS,
        /** {@code unsupported} */
        UNSUPPORTED;

        /**
         * The JSON value.
         *
         * @return the value as the schema spells it
         */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code imsx_severity}. */
    public enum Severity {
        /** {@code error} */
        ERROR,
        /** {@code status} */
        STATUS,
        /** {@code warning} */
        WARNING;

        /**
         * The JSON value.
         *
         * @return the value as the schema spells it
         */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * {@code imsx_codeMinorFieldValue}: the exact list of {@code ob_v3p0_imsx_statusinfo_schema.json}, each with
     * the HTTP status it is answered with.
     */
    public enum CodeMinorValue {
        /** {@code forbidden}: 403. */
        FORBIDDEN(403),
        /** {@code fullsuccess}: 200. */
        FULLSUCCESS(200),
        /** {@code internal_server_error}: 500. */
        INTERNAL_SERVER_ERROR(500),
        /** {@code invalid_data}: 400. */
        INVALID_DATA(400),
        /** {@code invalid_query_parameter}: 400. */
        INVALID_QUERY_PARAMETER(400),
        /** {@code misdirected_request}: 421. */
        MISDIRECTED_REQUEST(421),
        /** {@code not_acceptable}: 406. */
        NOT_ACCEPTABLE(406),
        /** {@code not_allowed}: 405. */
        NOT_ALLOWED(405),
        /** {@code not_found}: 404. */
        NOT_FOUND(404),
        /** {@code not_modified}: 304. */
        NOT_MODIFIED(304),
        /** {@code server_busy}: 503. */
        SERVER_BUSY(503),
        /** {@code unauthorizedrequest}: 401. */
        UNAUTHORIZEDREQUEST(401),
        /** {@code unknown}: 500 (nothing more specific is known). */
        UNKNOWN(500);

        private final int httpStatus;

        CodeMinorValue(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /**
         * The HTTP status this value is answered with.
         *
         * @return the status code
         */
        public int httpStatus() {
            return httpStatus;
        }

        /**
         * The JSON value.
         *
         * @return the value as the schema spells it
         */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One {@code imsx_codeMinorField}.
     *
     * @param name {@code imsx_codeMinorFieldName}: the system that produced the code
     * @param value {@code imsx_codeMinorFieldValue}
     */
    public record CodeMinorField(String name, CodeMinorValue value) {
        /**
         * Checks.
         *
         * @throws NullPointerException if either is null
         */
        public CodeMinorField {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }
}
