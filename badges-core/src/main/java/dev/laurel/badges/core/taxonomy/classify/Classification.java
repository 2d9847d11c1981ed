package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The level a {@link Classifier} assigns to a badge, how sure it is, and why.
 *
 * <p>A declared level has confidence 1.0; an inferred one at most 0.95; an unclassified badge has no
 * level and confidence 0. The reasons come in a fixed order for a given badge.
 *
 * @param level the level, or empty when unclassified
 * @param confidence how sure, in [0, 1]
 * @param basis what the level rests on
 * @param reasons every reason, in the order the rules ran
 */
public record Classification(Optional<CredentialLevel> level, double confidence, Basis basis, List<Reason> reasons) {

    /**
     * Creates a classification.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the confidence is outside [0, 1], or does not fit the basis
     *     (declared 1.0, unclassified 0), or a level is present exactly when the basis is unclassified
     */
    public Classification {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(basis, "basis");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        if (level.isPresent() == (basis == Basis.UNCLASSIFIED)) {
            throw new IllegalArgumentException("a level is present exactly when the basis is not UNCLASSIFIED");
        }
        if (basis == Basis.DECLARED && confidence != 1.0) {
            throw new IllegalArgumentException("a declared level has confidence 1.0, not " + confidence);
        }
        if (basis == Basis.UNCLASSIFIED && confidence != 0.0) {
            throw new IllegalArgumentException("an unclassified badge has confidence 0, not " + confidence);
        }
    }

    /**
     * Returns the level's kind.
     *
     * @return the kind, or empty when unclassified
     */
    public Optional<LevelKind> kind() {
        return level.map(CredentialLevel::kind);
    }

    /**
     * Tells whether a level was assigned.
     *
     * @return {@code true} unless unclassified
     */
    public boolean isClassified() {
        return level.isPresent();
    }

    /**
     * Tells whether any reason has the code.
     *
     * @param code the code
     * @return {@code true} if present
     * @throws NullPointerException if {@code code} is null
     */
    public boolean hasReason(ReasonCode code) {
        Objects.requireNonNull(code, "code");
        for (Reason r : reasons) {
            if (r.code() == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the reasons as sentences, in order.
     *
     * @return the messages
     */
    public List<String> reasonTexts() {
        List<String> out = new ArrayList<>(reasons.size());
        reasons.forEach(r -> out.add(r.message()));
        return List.copyOf(out);
    }
}
