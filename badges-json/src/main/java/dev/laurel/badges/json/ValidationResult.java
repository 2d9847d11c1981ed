package dev.laurel.badges.json;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating one input against the Open Badges specifications: its kind and every
 * problem found, with codes and JSON Pointers. Valid means no problem of severity
 * {@link Severity#ERROR}; warnings never make an input invalid.
 *
 * @param kind what the input is ({@link DocumentKind#NOT_A_BADGE} also for unreadable input)
 * @param document the document, when the input could be read as JSON
 * @param problems the problems, errors first
 */
public record ValidationResult(DocumentKind kind, Optional<BadgeDocument> document, List<Problem> problems) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public ValidationResult {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        problems = List.copyOf(problems);
    }

    /**
     * Tells whether the input is a valid Open Badges document.
     *
     * @return {@code true} when it is a badge and no problem is an error
     */
    public boolean valid() {
        return kind != DocumentKind.NOT_A_BADGE && problems.stream().noneMatch(Problem::isError);
    }

    /**
     * Returns the errors only.
     *
     * @return the problems of severity {@link Severity#ERROR}
     */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /**
     * Returns the version.
     *
     * @return the version, empty when not a badge
     */
    public Optional<BadgeVersion> version() {
        return kind.version();
    }
}
