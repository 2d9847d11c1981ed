package dev.laurel.badges.server;

import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.api.wire.WireCodec;
import java.nio.charset.StandardCharsets;

/** The {@code Imsx_StatusInfo} bodies the server writes itself (errors Jetty meets before a handler runs, 429). */
final class StatusBodies {

    private StatusBodies() {
    }

    /** A failure body for an HTTP status, with a fixed description that never repeats the request. */
    static byte[] forStatus(int status, String description) {
        StatusInfo.CodeMinorValue value = switch (status) {
            case 400, 413, 414, 431 -> StatusInfo.CodeMinorValue.INVALID_DATA;
            case 401 -> StatusInfo.CodeMinorValue.UNAUTHORIZEDREQUEST;
            case 403 -> StatusInfo.CodeMinorValue.FORBIDDEN;
            case 404 -> StatusInfo.CodeMinorValue.NOT_FOUND;
            case 405 -> StatusInfo.CodeMinorValue.NOT_ALLOWED;
            case 406 -> StatusInfo.CodeMinorValue.NOT_ACCEPTABLE;
            case 421 -> StatusInfo.CodeMinorValue.MISDIRECTED_REQUEST;
            case 429, 503 -> StatusInfo.CodeMinorValue.SERVER_BUSY;
            case 500 -> StatusInfo.CodeMinorValue.INTERNAL_SERVER_ERROR;
            default -> StatusInfo.CodeMinorValue.UNKNOWN;
        };
        return WireCodec.standard().write(StatusInfo.failure(value, description)).getBytes(StandardCharsets.UTF_8);
    }
}
