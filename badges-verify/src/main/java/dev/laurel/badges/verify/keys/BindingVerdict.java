package dev.laurel.badges.verify.keys;

import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.util.Objects;

/**
 * What the {@link IssuerBinding} found: whether the key is the issuer's, and why.
 *
 * @param status bound, not bound, or unconfirmed
 * @param message a sentence saying why
 */
public record BindingVerdict(Status status, String message) {

    /** The three answers of the binding rule. */
    public enum Status {
        /** The key is shown to be the issuer's. */
        BOUND,
        /** The key is shown not to be the issuer's, or there is no issuer: fails in every mode. */
        NOT_BOUND,
        /** Nothing shows whose key it is: fails in {@link BindingMode#STRICT}, warns in {@link BindingMode#LENIENT}. */
        UNCONFIRMED
    }

    /**
     * Creates a verdict.
     *
     * @throws NullPointerException if a component is null
     */
    public BindingVerdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    static BindingVerdict bound(String message) {
        return new BindingVerdict(Status.BOUND, message);
    }

    static BindingVerdict notBound(String message) {
        return new BindingVerdict(Status.NOT_BOUND, message);
    }

    static BindingVerdict unconfirmed(String message) {
        return new BindingVerdict(Status.UNCONFIRMED, message);
    }

    /**
     * Tells whether the credential may verify under a mode.
     *
     * @param mode the binding mode
     * @return {@code true} if bound, or unconfirmed under {@link BindingMode#LENIENT}
     * @throws NullPointerException if mode is null
     */
    public boolean passes(BindingMode mode) {
        Objects.requireNonNull(mode, "mode");
        return status == Status.BOUND || status == Status.UNCONFIRMED && mode == BindingMode.LENIENT;
    }

    /**
     * Returns the message with the mode that judged it, for reports: an unconfirmed binding says
     * whether it failed (strict) or only warns (lenient).
     *
     * @param mode the binding mode
     * @return the text
     * @throws NullPointerException if mode is null
     */
    public String describe(BindingMode mode) {
        Objects.requireNonNull(mode, "mode");
        return status == Status.UNCONFIRMED ? message + " (key binding: " + mode.id() + ")" : message;
    }

    /**
     * Returns this verdict as the one {@code proof.key-binding} check every proof format reports: bound
     * passes, not bound fails, unconfirmed fails in strict mode and warns in lenient mode.
     *
     * @param mode strict or lenient
     * @param path the JSON Pointer of the key's reference in the input
     * @return the check
     */
    public Check check(BindingMode mode, String path) {
        Outcome outcome = switch (status()) {
            case BOUND -> Outcome.PASSED;
            case NOT_BOUND -> Outcome.FAILED;
            case UNCONFIRMED -> mode == BindingMode.STRICT ? Outcome.FAILED : Outcome.WARNING;
        };
        return new Check(ProofCheck.KEY_BINDING, outcome, path, describe(mode));
    }
}
