package dev.laurel.badges.api.provider.oauth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The consent form's CSRF protection: a double-submit cookie bound to the authorization request by an HMAC.
 *
 * <p>The form's GET sets a random cookie ({@value #COOKIE}, HttpOnly, SameSite=Lax) and puts into the form a
 * token {@code <seconds>.<HMAC-SHA256(server secret, seconds, cookie, the authorization request)>}. The POST
 * is accepted only when the token's HMAC matches the cookie the browser sent and the request in the form,
 * and the token is younger than {@link #LIFETIME}. A page on another site can neither read the cookie nor
 * make a token for it, so it cannot submit the form in the learner's browser; the server keeps no state.
 */
final class CsrfTokens {

    /** The cookie's name. */
    static final String COOKIE = "laurel_csrf";
    /** How long a form may stay open. */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final byte[] secret;

    CsrfTokens(byte[] secret) {
        this.secret = secret.clone();
    }

    /**
     * A token for a form.
     *
     * @param cookie  the browser's cookie value
     * @param request the authorization request's parameters that the form carries
     * @param now     the time
     * @return the token
     */
    String issue(String cookie, List<String> request, Instant now) {
        long seconds = now.getEpochSecond();
        return seconds + "." + mac(seconds, cookie, request);
    }

    /**
     * Whether a token is valid for a cookie and a request.
     *
     * @param token   the form's token, may be null
     * @param cookie  the cookie the browser sent, may be null
     * @param request the request in the form
     * @param now     the time
     * @return true when valid
     */
    boolean valid(String token, String cookie, List<String> request, Instant now) {
        if (token == null || cookie == null || cookie.isEmpty()) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > 19) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        long age = now.getEpochSecond() - seconds;
        if (age < -60 || age > LIFETIME.getSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(mac(seconds, cookie, request).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
    }

    private String mac(long seconds, String cookie, List<String> request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            // Length-prefixed fields: no two different requests give the same input.
            StringBuilder in = new StringBuilder("laurel-consent-v1");
            in.append('|').append(seconds);
            for (String part : concat(cookie, request)) {
                String p = part == null ? "" : part;
                in.append('|').append(p.length()).append(':').append(p);
            }
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(in.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
