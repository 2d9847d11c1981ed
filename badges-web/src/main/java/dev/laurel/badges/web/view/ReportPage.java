package dev.laurel.badges.web.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the report page (the answer to the verify form) shows.
 *
 * @param site the page frame (service name)
 * @param inputName what was verified (its file name, {@code pasted}, or its URL)
 * @param verified the verdict ({@code data-verified})
 * @param levelId the level id ({@code data-level}), or {@code unclassified}
 * @param verdict the verdict in one sentence
 * @param checks the checks, failures first, warnings next, then the rest
 * @param details what the badge says about itself, when it could be read
 * @param ladder the level on the ladder
 * @param download the {@code data:} URL of the report line, when there is one
 * @param nested the credentials inside a presentation or a CLR, with their verdicts
 */
public record ReportPage(Site site, String inputName, boolean verified, String levelId, String verdict,
                         List<CheckView> checks, Optional<BadgeDetails> details, LadderView ladder,
                         Optional<String> download, List<NestedView> nested) {

    private static final Pattern DOWNLOAD = Pattern.compile("data:application/x-ndjson;base64,[A-Za-z0-9+/]*={0,2}");

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if download is not a {@code data:application/x-ndjson;base64,} URL
     */
    public ReportPage {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(inputName, "inputName");
        Objects.requireNonNull(levelId, "levelId");
        Objects.requireNonNull(verdict, "verdict");
        checks = List.copyOf(checks);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(ladder, "ladder");
        Objects.requireNonNull(download, "download");
        if (download.isPresent() && !DOWNLOAD.matcher(download.get()).matches()) {
            // The template writes it unescaped into an href (jte refuses data: URLs there): only base64 may pass.
            throw new IllegalArgumentException("download must be a base64 data:application/x-ndjson URL");
        }
        nested = List.copyOf(nested);
    }
}
