package dev.laurel.badges.examples.cli;

import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.BindingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of every command that verifies ({@code verify}, {@code decide}, {@code pathway}):
 * {@code --url-map}, {@code --offline}, {@code --now} and {@code --key-binding}, and the one verifier
 * they make.
 */
final class VerificationOptions {

    @Option(names = "--url-map", paramLabel = "FILE",
            description = "JSON object URL -> file path (relative to FILE); mapped URLs are read from the files.")
    Path urlMap;

    @Option(names = "--offline", description = "No network at all: an unmapped URL fails its check.")
    boolean offline;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Judge validity and expiry at this ISO 8601 instant.")
    String now;

    @Option(names = "--key-binding", paramLabel = "MODE", defaultValue = "strict", converter = ModeConverter.class,
            description = "How a key nothing ties to the issuer is judged: strict (default: not verified) or "
                    + "lenient (a warning, as 1EdTech's reference validator does).")
    BindingMode keyBinding = BindingMode.STRICT;

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

    /** The fetcher of {@code --url-map} and {@code --offline}. */
    DocumentFetcher fetcher() {
        return UrlMapFetcher.of(Optional.ofNullable(urlMap), offline);
    }

    /** The verifier these options describe, over a fetcher and clock made once by the caller. */
    Verifier verifier(DocumentFetcher fetcher, Clock clock) {
        return Verifier.builder().fetcher(fetcher).clock(clock).keyBinding(keyBinding).build();
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
