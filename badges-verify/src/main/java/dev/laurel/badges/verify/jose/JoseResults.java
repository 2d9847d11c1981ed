package dev.laurel.badges.verify.jose;

import dev.laurel.badges.verify.Check;
import dev.laurel.badges.verify.Outcome;
import java.util.List;
import java.util.stream.Collectors;

/** Shared reading of check lists. */
final class JoseResults {

    private JoseResults() {
    }

    static boolean verified(List<Check> checks) {
        boolean signed = false;
        for (Check c : checks) {
            if (c.outcome() == Outcome.FAILED) {
                return false;
            }
            signed |= c.id().equals(JoseChecks.JWS_SIGNATURE) && c.outcome() == Outcome.PASSED;
        }
        return signed;
    }

    static List<Check> with(List<Check> checks, Outcome outcome) {
        return checks.stream().filter(c -> c.outcome() == outcome).collect(Collectors.toUnmodifiableList());
    }
}
