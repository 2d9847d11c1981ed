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

    /**
     * Resolves a reference as RFC 3986 5.2.2 does. {@link URI#resolve} follows RFC 2396, which turns a
     * query-only reference such as {@code ?offset=10} into the base's directory ({@code .../v3p0/?offset=10}):
     * that case is done here by hand, the rest by {@code URI.resolve}.
     */
    static URI resolve(URI base, URI ref) {
        if (ref == null) {
            return null;
        }
        if (!ref.isAbsolute() && ref.getRawAuthority() == null && (ref.getRawPath() == null || ref.getRawPath().isEmpty())
                && ref.getRawQuery() != null) {
            String b = base.toString();
            int cut = b.indexOf('?');
            b = cut < 0 ? b : b.substring(0, cut);
            cut = b.indexOf('#');
            b = cut < 0 ? b : b.substring(0, cut);
            return URI.create(b + "?" + ref.getRawQuery() + (ref.getRawFragment() == null ? "" : "#" + ref.getRawFragment()));
        }
        return base.resolve(ref);
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
