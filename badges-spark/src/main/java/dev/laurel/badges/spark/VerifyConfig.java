package dev.laurel.badges.spark;

import dev.laurel.badges.verify.keys.BindingMode;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every executor needs to build the same {@code Verifier}: the instant verification is judged at (or the
 * system clock), the fetch policy (offline or not, and the URL map's documents), the key-binding mode and the
 * registered JSON-LD contexts. It is a value: small, serialisable, compared by content, so it is shipped with
 * each task and keys the executor's one verifier ({@link ExecutorVerifiers}); the verifier itself is never
 * serialised.
 *
 * <p>The URL map holds the documents themselves (URL to text), not file paths: executors on a cluster do not
 * see the driver's files.
 */
public final class VerifyConfig implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Instant now;
    private final boolean offline;
    private final Map<String, String> urlMap;
    private final BindingMode keyBinding;
    private final Map<String, String> contexts;

    private VerifyConfig(Instant now, boolean offline, Map<String, String> urlMap, BindingMode keyBinding,
                         Map<String, String> contexts) {
        this.now = now;
        this.offline = offline;
        this.urlMap = urlMap;
        this.keyBinding = keyBinding;
        this.contexts = contexts;
    }

    /**
     * Creates a configuration.
     *
     * @param now the instant validity and expiry are judged at; empty for the executor's system clock
     * @param offline whether an address outside the URL map fails its check instead of being fetched
     * @param urlMap absolute URLs (a {@code #fragment} is ignored) to the documents served for them
     * @param keyBinding the key-binding mode
     * @param contexts JSON-LD context URLs to their documents, registered on the verifier
     * @return the configuration
     * @throws NullPointerException if an argument or a map entry is null
     * @throws IllegalArgumentException if a URL is not an absolute URI
     */
    public static VerifyConfig of(Optional<Instant> now, boolean offline, Map<String, String> urlMap,
                                  BindingMode keyBinding, Map<String, String> contexts) {
        Objects.requireNonNull(now, "now");
        Map<String, String> map = new LinkedHashMap<>();
        urlMap.forEach((url, doc) -> map.put(withoutFragment(absolute(url)), Objects.requireNonNull(doc, url)));
        contexts.keySet().forEach(VerifyConfig::absolute);
        return new VerifyConfig(now.orElse(null), offline, Map.copyOf(map),
                Objects.requireNonNull(keyBinding, "keyBinding"), Map.copyOf(contexts));
    }

    /** @return the instant verification is judged at, or empty for the system clock */
    public Optional<Instant> now() {
        return Optional.ofNullable(now);
    }

    /** @return whether an address outside the URL map is refused rather than fetched */
    public boolean offline() {
        return offline;
    }

    /** @return the URL map: addresses without fragment to documents */
    public Map<String, String> urlMap() {
        return urlMap;
    }

    /** @return the key-binding mode */
    public BindingMode keyBinding() {
        return keyBinding;
    }

    /** @return the registered JSON-LD contexts, URL to document */
    public Map<String, String> contexts() {
        return contexts;
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static String absolute(String url) {
        try {
            if (!new URI(Objects.requireNonNull(url, "url")).isAbsolute()) {
                throw new IllegalArgumentException("not an absolute URL: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
        return url;
    }

    /** Equal when every setting is: two tasks with equal configurations share an executor's verifier. */
    @Override
    public boolean equals(Object o) {
        return o instanceof VerifyConfig c && Objects.equals(now, c.now) && offline == c.offline
                && urlMap.equals(c.urlMap) && keyBinding == c.keyBinding && contexts.equals(c.contexts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(now, offline, urlMap, keyBinding, contexts);
    }

    /** Names the settings, not the documents (they may be large). */
    @Override
    public String toString() {
        return "VerifyConfig[now=" + now().map(Instant::toString).orElse("system clock") + ", offline=" + offline
                + ", urlMap=" + urlMap.size() + " documents, keyBinding=" + keyBinding.id() + ", contexts="
                + contexts.keySet() + "]";
    }
}
