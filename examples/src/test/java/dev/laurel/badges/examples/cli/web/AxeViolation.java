package dev.laurel.badges.examples.cli.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One violation axe-core reported: a rule that failed on one or more elements of the page.
 *
 * @param id      the rule's id ({@code image-alt}, {@code color-contrast}...)
 * @param impact  {@code minor}, {@code moderate}, {@code serious} or {@code critical} (axe's words)
 * @param help    the rule's one-line description
 * @param helpUrl where axe explains the rule
 * @param targets a CSS selector of each failing element (nested frames joined with {@code " >> "})
 */
public record AxeViolation(String id, String impact, String help, String helpUrl, List<String> targets) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AxeViolation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(helpUrl, "helpUrl");
        targets = List.copyOf(targets);
    }

    /**
     * Reads one entry of axe's {@code violations} array.
     *
     * @param v the entry
     * @return the violation
     */
    static AxeViolation of(JsonNode v) {
        List<String> targets = new ArrayList<>();
        for (JsonNode node : v.path("nodes")) {
            List<String> path = new ArrayList<>();
            // A target is a selector, or an array of selectors (one per nested frame or shadow root).
            JsonNode target = node.path("target");
            if (target.isArray()) {
                target.forEach(t -> path.add(t.isTextual() ? t.asText() : t.toString()));
            } else {
                path.add(target.asText());
            }
            targets.add(String.join(" >> ", path));
        }
        // axe leaves impact null on rules without one; "unknown" is never serious, as axe ranks it.
        String impact = v.path("impact").isTextual() ? v.get("impact").asText() : "unknown";
        return new AxeViolation(v.path("id").asText(), impact, v.path("help").asText(), v.path("helpUrl").asText(),
                targets);
    }

    /**
     * Whether this violation blocks the quality bar: impact {@code serious} or {@code critical}.
     *
     * @return true for serious and critical
     */
    public boolean isSeriousOrCritical() {
        return "serious".equals(impact) || "critical".equals(impact);
    }

    /**
     * One line for a failure message or the log.
     *
     * @return rule id, impact, help and the targets
     */
    public String describe() {
        return id + " (" + impact + "): " + help + " at " + String.join(", ", targets);
    }
}
