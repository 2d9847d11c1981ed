package dev.laurel.badges.core.testing;

import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.Ob2ModelProperties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random valid OB 2.0 objects for property tests in other modules (a package of its own: a test jar on
 * the class path cannot add classes to the model's packages, which belong to the named core module).
 */
public final class Ob2Arbitraries {

    private Ob2Arbitraries() {
    }

    /** @return random valid assertions */
    public static Arbitrary<Assertion> assertions() {
        return Arbitraries.randomValue(Ob2ModelProperties.ValidOb2::assertion);
    }
}
