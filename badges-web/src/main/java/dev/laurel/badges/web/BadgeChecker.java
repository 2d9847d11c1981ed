package dev.laurel.badges.web;

import dev.laurel.badges.verify.Verifier;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies the bytes a visitor gave the verify page (a JSON credential or presentation, a compact JWS, a baked PNG
 * or SVG): the page shows its {@link CheckedBadge}. Implementations are thread-safe and never throw for bad input.
 * {@code laurel serve} plugs in the command line's own, so that the page's verdict is {@code laurel verify}'s.
 */
@FunctionalInterface
public interface BadgeChecker {

    /**
     * Checks one input.
     *
     * @param name the input's name (its file name, {@code pasted}, or the URL it came from)
     * @param bytes the input
     * @return what was found
     */
    CheckedBadge check(String name, byte[] bytes);

    /**
     * A checker over a {@link Verifier}: verified is the report's verdict, and there is no report line.
     *
     * @param verifier the verifier (thread-safe; shared by every request)
     * @return the checker
     * @throws NullPointerException if verifier is null
     */
    static BadgeChecker of(Verifier verifier) {
        Objects.requireNonNull(verifier, "verifier");
        return (name, bytes) -> {
            var report = verifier.verify(bytes, Optional.empty());
            return new CheckedBadge(Optional.of(report), report.verified(), Optional.empty());
        };
    }
}
