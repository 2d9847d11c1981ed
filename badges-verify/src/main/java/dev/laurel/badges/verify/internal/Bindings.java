package dev.laurel.badges.verify.internal;

import dev.laurel.badges.verify.Check;
import dev.laurel.badges.verify.Outcome;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.BindingVerdict;
import dev.laurel.badges.verify.keys.IssuerBinding;

/** Turns a binding verdict into the one {@code proof.key-binding} check every proof format reports. */
public final class Bindings {

    private Bindings() {
    }

    /**
     * Returns the check of a verdict judged under a mode.
     *
     * @param verdict what the binding rule found
     * @param mode strict (unconfirmed fails) or lenient (unconfirmed warns)
     * @param path the JSON Pointer of the key's reference in the input
     * @return the check, id {@link IssuerBinding#CHECK_ID}
     */
    public static Check check(BindingVerdict verdict, BindingMode mode, String path) {
        Outcome outcome = switch (verdict.status()) {
            case BOUND -> Outcome.PASSED;
            case NOT_BOUND -> Outcome.FAILED;
            case UNCONFIRMED -> mode == BindingMode.STRICT ? Outcome.FAILED : Outcome.WARNING;
        };
        return new Check(IssuerBinding.CHECK_ID, outcome, verdict.describe(mode), path);
    }
}
