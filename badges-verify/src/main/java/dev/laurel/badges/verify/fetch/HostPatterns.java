package dev.laurel.badges.verify.fetch;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Host patterns as the JDK's {@code http.nonProxyHosts} has them: a host name or IP literal, compared
 * without regard to case, with an optional {@code *} at the start (any prefix) or the end (any suffix).
 */
final class HostPatterns {

    private HostPatterns() {
    }

    /**
     * Checks a pattern.
     *
     * @param pattern the pattern
     * @throws NullPointerException if pattern is null
     * @throws IllegalArgumentException if it is empty, holds a space, control, separator or non-ASCII
     *     character, or a {@code *} other than at its start or end
     */
    static void require(String pattern) {
        Objects.requireNonNull(pattern, "nonProxyHosts pattern");
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("a non-proxy host pattern must not be empty");
        }
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '|' || c == ',' || c == '/') {
                throw new IllegalArgumentException("a non-proxy host pattern holds a space, control, separator or "
                        + "non-ASCII character: '" + pattern + "'");
            }
            if (c == '*' && i != 0 && i != pattern.length() - 1) {
                throw new IllegalArgumentException("'*' may only start or end a non-proxy host pattern: '"
                        + pattern + "'");
            }
        }
    }

    /**
     * Says whether a host matches one of the patterns; an IPv6 literal matches with or without brackets.
     *
     * @param patterns checked patterns
     * @param uriHost the host as {@link java.net.URI#getHost()} gives it (IPv6 in brackets)
     * @return whether one pattern matches
     */
    static boolean matchesAny(List<String> patterns, String uriHost) {
        String host = uriHost.toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (String pattern : patterns) {
            String p = pattern.toLowerCase(Locale.ROOT);
            if (matches(p, host) || matches(p, bare)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String pattern, String host) {
        if (pattern.equals("*")) {
            return true;
        }
        boolean leading = pattern.startsWith("*");
        boolean trailing = pattern.endsWith("*");
        String core = pattern.substring(leading ? 1 : 0, pattern.length() - (trailing ? 1 : 0));
        if (leading && trailing) {
            return host.contains(core);
        }
        if (leading) {
            return host.endsWith(core);
        }
        if (trailing) {
            return host.startsWith(core);
        }
        return host.equals(core);
    }
}
