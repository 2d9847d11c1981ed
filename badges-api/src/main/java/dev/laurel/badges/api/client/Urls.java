package dev.laurel.badges.api.client;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** The client's URL rules: https only, http on a loopback host only when the client allows it. */
final class Urls {

    private Urls() {}

    /**
     * Whether a URL may be called: absolute {@code https} with a host, or {@code http} on a loopback host
     * ({@code localhost}, {@code 127.*}, {@code [::1]}) when allowed; never with user information, which
     * would be sent in the clear or confuse the host check.
     */
    static boolean isSafe(URI url, boolean allowLoopbackHttp) {
        String scheme = lower(url.getScheme());
        String host = lower(url.getHost());
        if (host.isEmpty() || url.getRawUserInfo() != null) {
            return false;
        }
        if (scheme.equals("https")) {
            return true;
        }
        return scheme.equals("http") && allowLoopbackHttp && isLoopback(host);
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    /** Checks a URL the caller gave. */
    static URI requireSafe(URI url, String what, boolean allowLoopbackHttp) {
        Objects.requireNonNull(url, what);
        if (!isSafe(url, allowLoopbackHttp)) {
            throw new IllegalArgumentException(what + " is not an absolute https URL"
                    + (allowLoopbackHttp ? " (nor http on a loopback host)" : "") + ": " + url);
        }
        return url;
    }

    /** Resolves a link target as RFC 3986 does: see {@link dev.laurel.badges.api.wire.PageLinks#resolve}. */
    static URI resolve(URI base, URI ref) {
        return dev.laurel.badges.api.wire.PageLinks.resolve(base, ref);
    }

    /** Same scheme, host and port (the default port made explicit). */
    static boolean sameOrigin(URI a, URI b) {
        return lower(a.getScheme()).equals(lower(b.getScheme())) && lower(a.getHost()).equals(lower(b.getHost()))
                && port(a) == port(b);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
