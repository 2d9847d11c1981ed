package dev.laurel.badges.api.provider;

import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.api.wire.WireCodec;

import java.util.Locale;
import java.util.Optional;

/**
 * The bearer-token check of the resource endpoints (RFC 6750): either the grant, or the response to send.
 * A missing or unusable token is 401 with {@code WWW-Authenticate: Bearer}; a valid token without the
 * operation's scope is 403 {@code insufficient_scope} naming the scope.
 */
record Authorized(AccessGrant grant, ApiResponse refusal) {

    static Authorized check(ApiRequest request, String scope, AccessTokenValidator tokens, WireCodec codec) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty()) {
            return refuse(codec, StatusInfo.unauthorized("an access token is required (Authorization: Bearer)"),
                    "Bearer realm=\"laurel\", scope=\"" + scope + "\"");
        }
        String value = header.get().trim();
        if (value.length() < 7 || !value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return refuse(codec, StatusInfo.unauthorized("the Authorization header is not a Bearer token"),
                    "Bearer realm=\"laurel\", error=\"invalid_request\"");
        }
        String token = value.substring(7).trim();
        Optional<AccessGrant> grant = token.isEmpty() ? Optional.empty() : tokens.validate(token);
        if (grant.isEmpty()) {
            return refuse(codec, StatusInfo.unauthorized("the access token is unknown, expired or revoked"),
                    "Bearer realm=\"laurel\", error=\"invalid_token\"");
        }
        if (!grant.get().allows(scope)) {
            return refuse(codec, StatusInfo.forbidden("the access token lacks the scope " + scope),
                    "Bearer realm=\"laurel\", error=\"insufficient_scope\", scope=\"" + scope + "\"");
        }
        return new Authorized(grant.get(), null);
    }

    private static Authorized refuse(WireCodec codec, StatusInfo status, String challenge) {
        return new Authorized(null, ApiResponse.json(status.httpStatus(), codec.write(status))
                .withHeader("WWW-Authenticate", challenge));
    }

    boolean refused() {
        return refusal != null;
    }
}
