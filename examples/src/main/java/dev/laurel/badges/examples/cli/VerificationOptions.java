package dev.laurel.badges.examples.cli;

import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchPolicy;
import dev.laurel.badges.verify.fetch.FetchProxy;
import dev.laurel.badges.verify.keys.BindingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of every command that verifies ({@code verify}, {@code decide}, {@code pathway}):
 * {@code --url-map}, {@code --offline}, {@code --proxy}, {@code --no-proxy}, {@code --now},
 * {@code --key-binding}, {@code --context}, {@code --did-document} and {@code --trusted-issuers}, and the one
 * verifier they make.
 */
final class VerificationOptions {

    @Option(names = "--url-map", paramLabel = "FILE",
            description = "JSON object URL -> file path (relative to FILE); mapped URLs are read from the files.")
    Path urlMap;

    @Option(names = "--offline", description = "No network at all: an unmapped URL fails its check.")
    boolean offline;

    @Option(names = "--proxy", paramLabel = "URL|system",
            description = "Fetch through this HTTP proxy (http://HOST:PORT), or 'system' for the JVM's https.proxyHost/"
                    + "https.proxyPort, http.proxyHost/http.proxyPort and http.nonProxyHosts. The proxy is only asked "
                    + "for addresses that passed the fetch checks.")
    String proxy;

    @Option(names = "--no-proxy", paramLabel = "HOSTS",
            description = "With --proxy: hosts fetched directly, separated by ',' or '|', '*' at the start or end "
                    + "(e.g. '*.corp.example,intranet'); replaces http.nonProxyHosts under --proxy system.")
    String noProxy;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Judge validity and expiry at this ISO 8601 instant.")
    String now;

    @Option(names = "--key-binding", paramLabel = "MODE", defaultValue = "strict", converter = ModeConverter.class,
            description = "How a key nothing ties to the issuer is judged: strict (default: not verified) or "
                    + "lenient (a warning, as 1EdTech's reference validator does).")
    BindingMode keyBinding = BindingMode.STRICT;

    @Option(names = "--context", paramLabel = "URL=FILE", description = ContextOptions.DESCRIPTION)
    List<String> contexts;

    @Option(names = "--did-document", paramLabel = "DID=FILE", description = TrustOptions.DID_DOCUMENT)
    List<String> didDocuments;

    @Option(names = "--trusted-issuers", paramLabel = "FILE", description = TrustOptions.TRUSTED_ISSUERS)
    Path trustedIssuers;

    /** The trust list of {@code --trusted-issuers}, if given. */
    Optional<dev.laurel.badges.core.taxonomy.policy.IssuerTrust> trust() {
        return TrustOptions.trustedIssuers(trustedIssuers);
    }

    /** The clock of {@code --now}, or the system clock. */
    Clock clock() {
        if (now == null) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UsageException("--now must be an ISO 8601 instant such as 2026-01-01T00:00:00Z, got "
                    + SafeText.escape(now));
        }
    }

    /** The fetcher of {@code --url-map}, {@code --offline} and the proxy options. */
    DocumentFetcher fetcher() {
        return UrlMapFetcher.of(Optional.ofNullable(urlMap), offline, fetchPolicy());
    }

    /**
     * The fetch policy: the safe defaults, with the proxy of {@code --proxy} and {@code --no-proxy}.
     *
     * @throws UsageException for a malformed value, {@code --no-proxy} without {@code --proxy}, or
     *     {@code --proxy} with {@code --offline}
     */
    FetchPolicy fetchPolicy() {
        if (proxy == null) {
            if (noProxy != null) {
                throw new UsageException("--no-proxy needs --proxy");
            }
            return FetchPolicy.defaults();
        }
        if (offline) {
            throw new UsageException("--proxy and --offline exclude each other: --offline fetches nothing");
        }
        FetchProxy configured;
        if (proxy.equalsIgnoreCase("system")) {
            try {
                configured = FetchProxy.fromSystemProperties();
            } catch (IllegalArgumentException e) {
                throw new UsageException("--proxy system: " + e.getMessage());
            }
        } else {
            try {
                configured = FetchProxy.of(new URI(proxy));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // The value is not repeated: it may hold a password.
                throw new UsageException("--proxy must be an http://HOST:PORT URL without user info, or 'system'"
                        + (e instanceof IllegalArgumentException ? " (" + e.getMessage() + ")" : ""));
            }
        }
        if (noProxy != null) {
            try {
                configured = configured.withNonProxyHosts(FetchProxy.splitPatterns(noProxy));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--no-proxy: " + e.getMessage());
            }
        }
        return FetchPolicy.builder().proxy(configured).build();
    }

    /** The verifier these options describe, over a fetcher and clock made once by the caller. */
    Verifier verifier(DocumentFetcher fetcher, Clock clock) {
        return verifier(fetcher, clock, b -> { });
    }

    /**
     * The verifier these options describe, with what one command adds on the builder (the pool for the credentials
     * inside a CLR or presentation, {@code --require-same-learner}).
     */
    Verifier verifier(DocumentFetcher fetcher, Clock clock, java.util.function.Consumer<Verifier.Builder> more) {
        Verifier.Builder b = Verifier.builder().fetcher(fetcher).clock(clock).keyBinding(keyBinding)
                .contexts(ContextOptions.read(contexts));
        more.accept(b);
        TrustOptions.didDocuments(didDocuments).ifPresent(b::didResolver);
        return b.build();
    }

    /** Reads {@code strict} or {@code lenient}, in any case. */
    static final class ModeConverter implements ITypeConverter<BindingMode> {
        @Override
        public BindingMode convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "strict" -> BindingMode.STRICT;
                case "lenient" -> BindingMode.LENIENT;
                default -> throw new TypeConversionException("expected strict or lenient, got '"
                        + SafeText.escape(value) + "'");
            };
        }
    }
}
