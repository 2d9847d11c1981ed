package dev.laurel.badges.web.view;

import java.util.List;
import java.util.Objects;

/**
 * The level of the badge on the ladder picture: the four formal rungs (knowledge, skill, ability, certification,
 * bottom to top), the two informal levels beside them, which one is the badge's, on what basis, and the classifier's
 * reasons.
 *
 * @param levelId the badge's level id, or {@code unclassified}
 * @param basis {@code declared}, {@code inferred} or {@code unclassified}
 * @param confidence the classifier's confidence, formatted ({@code 0.85})
 * @param rungs every level, each with its place in the picture
 * @param reasons the classifier's reasons, as sentences
 */
public record LadderView(String levelId, String basis, String confidence, List<Rung> rungs, List<String> reasons) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public LadderView {
        Objects.requireNonNull(levelId, "levelId");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(confidence, "confidence");
        rungs = List.copyOf(rungs);
        reasons = List.copyOf(reasons);
    }

    /**
     * Tells whether the badge has a level.
     *
     * @return false when it is {@code unclassified}
     */
    public boolean classified() {
        return !levelId.equals("unclassified");
    }

    /**
     * Returns a sentence for the picture's title and description.
     *
     * @return e.g. {@code Level: skill (inferred)}
     */
    public String title() {
        return classified() ? "Level: " + levelId + " (" + basis + ")" : "Level: unclassified";
    }
}
