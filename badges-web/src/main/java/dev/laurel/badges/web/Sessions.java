package dev.laurel.badges.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The learners' sign-in sessions, in memory: the cookie holds 32 random bytes (base64url), and only their SHA-256
 * is kept here, so a dump of this map signs nobody in. A session ends after {@link #IDLE} without a request or
 * {@link #ABSOLUTE} after sign-in, whichever comes first; each has its own CSRF token for the forms. Sessions do not
 * survive a restart (learners sign in again). Bounded at {@link #MAX_SESSIONS}. Thread-safe.
 */
final class Sessions {

    /** The cookie's name. */
    static final String COOKIE = "laurel_session";
    /** A session ends after this long without a request. */
    static final Duration IDLE = Duration.ofMinutes(30);
    /** A session ends this long after sign-in, however active. */
    static final Duration ABSOLUTE = Duration.ofHours(12);
    /** How many sessions are kept at most; past it the expired ones go, then the sign-in is refused. */
    static final int MAX_SESSIONS = 100_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One session: who, its forms' CSRF token, when it began, when it was last used, the message to show once. */
    record Session(String owner, String csrf, Instant created, Instant lastSeen, Optional<String> flash) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** Starts a session for the owner; returns the cookie value, or empty when the table is full. */
    Optional<String> start(String owner) {
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(s -> expired(s, now));
            if (sessions.size() >= MAX_SESSIONS) {
                return Optional.empty();
            }
        }
        String token = random();
        sessions.put(digest(token), new Session(owner, random(), now, now, Optional.empty()));
        return Optional.of(token);
    }

    /** The live session of a cookie value, touched (its idle time restarts); an expired one is removed. */
    Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String key = digest(token);
        Instant now = clock.instant();
        Session s = sessions.get(key);
        if (s == null) {
            return Optional.empty();
        }
        if (expired(s, now)) {
            sessions.remove(key, s);
            return Optional.empty();
        }
        Session touched = new Session(s.owner(), s.csrf(), s.created(), now, s.flash());
        sessions.replace(key, s, touched);
        return Optional.of(touched);
    }

    /** Sets the message the next page shows once (after a redirect). */
    void flash(String token, String message) {
        sessions.computeIfPresent(digest(token), (k, s) -> new Session(s.owner(), s.csrf(), s.created(),
                s.lastSeen(), Optional.of(message)));
    }

    /** Takes the message to show once, if any. */
    Optional<String> takeFlash(String token) {
        Session[] before = new Session[1];
        sessions.computeIfPresent(digest(token), (k, s) -> {
            before[0] = s;
            return new Session(s.owner(), s.csrf(), s.created(), s.lastSeen(), Optional.empty());
        });
        return before[0] == null ? Optional.empty() : before[0].flash();
    }

    /** Ends a session. */
    void end(String token) {
        sessions.remove(digest(token));
    }

    private static boolean expired(Session s, Instant now) {
        return !now.isBefore(s.lastSeen().plus(IDLE)) || !now.isBefore(s.created().plus(ABSOLUTE));
    }

    /** 32 random bytes, base64url without padding. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    static boolean same(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
