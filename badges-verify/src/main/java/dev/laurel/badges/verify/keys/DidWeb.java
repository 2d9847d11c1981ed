package dev.laurel.badges.verify.keys;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code did:web} method: where a DID's document lives.
 *
 * <p>{@code did:web:example.com} is read from {@code https://example.com/.well-known/did.json};
 * {@code did:web:example.com:user:alice} from {@code https://example.com/user/alice/did.json}; a port
 * is written percent-encoded ({@code did:web:example.com%3A8443}). See
 * <a href="https://w3c-ccg.github.io/did-method-web/">did:web</a>.
 *
 * <pre>{@code
 * URI url = DidWeb.documentUrl("did:web:example.com").orElseThrow();
 * }</pre>
 */
public final class DidWeb {

    private static final String PREFIX = "did:web:";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9-]{1,63})*");
    private static final Pattern SEGMENT = Pattern.compile("(?:[A-Za-z0-9._~!$&'()*+,;=@-]|%[0-9A-Fa-f]{2})+");

    private DidWeb() {}

    /**
     * Returns the https address of a {@code did:web} DID's document.
     *
     * @param did the DID, with or without a fragment
     * @return the address, or empty if the text is not a well-formed {@code did:web} DID
     * @throws NullPointerException if {@code did} is null
     */
    public static Optional<URI> documentUrl(String did) {
        Objects.requireNonNull(did, "did");
        String bare = KeyResolver.withoutFragment(did);
        if (!bare.startsWith(PREFIX) || bare.length() == PREFIX.length() || bare.indexOf('?') >= 0) {
            return Optional.empty();
        }
        String[] parts = bare.substring(PREFIX.length()).split(":", -1);
        String authority = parts[0];
        String host = authority;
        int port = -1;
        int pct = authority.toLowerCase(Locale.ROOT).indexOf("%3a");
        if (pct >= 0) {
            host = authority.substring(0, pct);
            String portText = authority.substring(pct + 3);
            if (portText.isEmpty() || portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            port = Integer.parseInt(portText);
            if (port < 1 || port > 65535) {
                return Optional.empty();
            }
        }
        if (host.length() > 253 || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            if (!SEGMENT.matcher(parts[i]).matches() || parts[i].equals(".") || parts[i].equals("..")) {
                return Optional.empty();
            }
            path.append('/').append(parts[i]);
        }
        path.append(parts.length == 1 ? "/.well-known/did.json" : "/did.json");
        try {
            return Optional.of(new URI("https://" + host.toLowerCase(Locale.ROOT) + (port >= 0 ? ":" + port : "") + path));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
