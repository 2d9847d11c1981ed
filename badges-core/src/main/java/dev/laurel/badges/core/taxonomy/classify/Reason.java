package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason behind a {@link Classification}: a stable code, the level it speaks for (empty when it
 * speaks for formal or informal levels as a whole, or for none), the weight it added, and a sentence.
 *
 * @param code the stable code
 * @param supports the level this reason votes for, if one
 * @param weight the score it added, 0 when it only explains
 * @param message a sentence a person understands
 */
public record Reason(ReasonCode code, Optional<LevelKind> supports, double weight, String message) {

    /**
     * Creates a reason.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code weight} is negative or not finite
     */
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(supports, "supports");
        Objects.requireNonNull(message, "message");
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("weight must be finite and not negative: " + weight);
        }
    }

    /** Returns the message followed by the code in brackets. */
    @Override
    public String toString() {
        return message + " [" + code.name() + "]";
    }
}
