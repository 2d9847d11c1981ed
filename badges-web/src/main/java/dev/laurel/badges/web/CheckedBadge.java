package dev.laurel.badges.web;

import dev.laurel.badges.verify.report.VerificationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link BadgeChecker} found for one input: the verifier's report, the verdict the page shows, and the
 * line the "download report" link offers.
 *
 * @param report the verifier's report; empty when the bytes could not be read at all
 * @param verified the verdict (the report's, or stricter: a trust list may refuse a badge whose checks passed)
 * @param reportLine the JSON line offered for download (that of {@code laurel verify --format json}), if any
 */
public record CheckedBadge(Optional<VerificationReport> report, boolean verified, Optional<String> reportLine) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the verdict is verified without a verified report, or the line spans
     *     more than one line
     */
    public CheckedBadge {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reportLine, "reportLine");
        if (verified && !report.map(VerificationReport::verified).orElse(false)) {
            throw new IllegalArgumentException("verified needs a verified report");
        }
        if (reportLine.map(l -> l.indexOf('\n') >= 0 || l.indexOf('\r') >= 0).orElse(false)) {
            throw new IllegalArgumentException("reportLine must be one line, without its line end");
        }
    }
}
