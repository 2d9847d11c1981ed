package dev.laurel.badges.json.bake;

import dev.laurel.badges.json.BadgeVersion;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The text to bake into an image, or found baked in one: what it is ({@link Kind}), the Open Badges
 * version it belongs to, and the text itself, exactly as it is embedded.
 *
 * <p>The kind is judged on the text without its leading and trailing white space: {@link Kind#JSON} when it
 * starts with <code>{</code> and ends with <code>}</code> (it is not parsed), {@link Kind#COMPACT_JWS} when it
 * is three base64url parts whose header decodes to a JSON object, {@link Kind#URL} when it is an absolute
 * {@code http} or {@code https} URL. Open Badges 3.0 has no hosted form, so an OB 3.0 URL is refused.
 * The text must be valid Unicode made of characters XML allows (no control characters other than tab,
 * line feed and carriage return), so that every payload can be baked into PNG and SVG alike.
 *
 * @param version the Open Badges version
 * @param kind what the text is
 * @param text the text, exactly as embedded
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/baking/">Open Badges 2.0 Baking</a>
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#baked-badge">Open Badges 3.0 Baked Badge</a>
 */
public record BadgePayload(BadgeVersion version, Kind kind, String text) {

    /** What a baked text is. */
    public enum Kind {
        /** The URL of a hosted Open Badges 2.0 assertion. */
        URL,
        /** A compact JWS: a signed OB 2.0 assertion, or an OB 3.0 credential signed as a VC-JWT. */
        COMPACT_JWS,
        /** The JSON of an assertion or credential (for OB 3.0, one with an embedded proof). */
        JSON
    }

    /**
     * Creates a payload, checking that the text is what {@code kind} says.
     *
     * @param version the Open Badges version
     * @param kind what the text is
     * @param text the text
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is empty, holds characters XML forbids, is not of
     *     {@code kind}, or is a URL for Open Badges 3.0
     */
    public BadgePayload {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        problem(version, text, kind).ifPresent(p -> {
            throw new IllegalArgumentException("text: " + p);
        });
    }

    /**
     * Creates an Open Badges 2.0 hosted payload: the URL of the assertion.
     *
     * @param url the assertion URL ({@code http} or {@code https})
     * @return the payload
     * @throws NullPointerException if {@code url} is null
     * @throws IllegalArgumentException if {@code url} is not an absolute HTTP(S) URL
     */
    public static BadgePayload ob2Url(String url) {
        return new BadgePayload(BadgeVersion.V2_0, Kind.URL, url);
    }

    /**
     * Creates an Open Badges 2.0 signed payload: the compact JWS of a signed assertion.
     *
     * @param jws the compact JWS
     * @return the payload
     * @throws NullPointerException if {@code jws} is null
     * @throws IllegalArgumentException if {@code jws} is not a compact JWS
     */
    public static BadgePayload ob2Jws(String jws) {
        return new BadgePayload(BadgeVersion.V2_0, Kind.COMPACT_JWS, jws);
    }

    /**
     * Creates an Open Badges 2.0 payload holding the JSON of an assertion.
     *
     * @param json the assertion JSON (an object)
     * @return the payload
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} is not an object
     */
    public static BadgePayload ob2Json(String json) {
        return new BadgePayload(BadgeVersion.V2_0, Kind.JSON, json);
    }

    /**
     * Creates an Open Badges 3.0 payload holding the JSON of a credential with an embedded proof.
     *
     * @param json the credential JSON (an object)
     * @return the payload
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} is not an object
     */
    public static BadgePayload ob3Json(String json) {
        return new BadgePayload(BadgeVersion.V3_0, Kind.JSON, json);
    }

    /**
     * Creates an Open Badges 3.0 payload holding a credential signed as a VC-JWT.
     *
     * @param jwt the compact JWS
     * @return the payload
     * @throws NullPointerException if {@code jwt} is null
     * @throws IllegalArgumentException if {@code jwt} is not a compact JWS
     */
    public static BadgePayload ob3Jwt(String jwt) {
        return new BadgePayload(BadgeVersion.V3_0, Kind.COMPACT_JWS, jwt);
    }

    /**
     * Creates a payload of whatever kind the text is.
     *
     * @param version the Open Badges version
     * @param text the text
     * @return the payload
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is no payload of that version
     */
    public static BadgePayload of(BadgeVersion version, String text) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(text, "text");
        Kind kind = classify(text).orElseThrow(() -> new IllegalArgumentException(
                "text: neither a URL, a compact JWS nor a JSON object"));
        return new BadgePayload(version, kind, text);
    }

    /** Returns the kind of the text, or empty if it is none. */
    static Optional<Kind> classify(String text) {
        String s = text.strip();
        if (s.length() >= 2 && s.charAt(0) == '{' && s.charAt(s.length() - 1) == '}') {
            return Optional.of(Kind.JSON);
        }
        if (isHttpUrl(s)) {
            return Optional.of(Kind.URL);
        }
        if (isCompactJws(s)) {
            return Optional.of(Kind.COMPACT_JWS);
        }
        return Optional.empty();
    }

    /** Returns why {@code text} cannot be a payload of this version and kind, or empty if it can. */
    static Optional<String> problem(BadgeVersion version, String text, Kind kind) {
        if (text.isEmpty()) {
            return Optional.of("is empty");
        }
        Optional<String> chars = badCharacter(text);
        if (chars.isPresent()) {
            return chars;
        }
        Optional<Kind> actual = classify(text);
        if (actual.isEmpty()) {
            return Optional.of("is neither an HTTP(S) URL, a compact JWS nor a JSON object");
        }
        if (actual.get() != kind) {
            return Optional.of("is a " + actual.get() + ", not a " + kind);
        }
        if (version == BadgeVersion.V3_0 && kind == Kind.URL) {
            return Optional.of("is a URL, but Open Badges 3.0 bakes only JSON or a VC-JWT");
        }
        return Optional.empty();
    }

    private static Optional<String> badCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("holds an unpaired surrogate at index " + i);
            }
            boolean allowed = c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed) {
                return Optional.of(String.format(Locale.ROOT, "holds U+%04X at index %d, which XML forbids", (int) c, i));
            }
        }
        return Optional.empty();
    }

    private static boolean isHttpUrl(String s) {
        if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isCompactJws(String s) {
        int first = s.indexOf('.');
        int second = first < 0 ? -1 : s.indexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || s.indexOf('.', second + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '.' || c == '-' || c == '_'
                    || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        // The header must be a JSON object: this tells a JWS from a dotted name such as "a.example.org".
        int prefix = first <= 64 ? first : 64;
        if (prefix % 4 == 1) {
            return false;
        }
        byte[] decoded = Base64.getUrlDecoder().decode(s.substring(0, prefix));
        for (byte b : decoded) {
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                continue;
            }
            return b == '{';
        }
        return false;
    }
}
