package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.testing.Ob2Arbitraries;
import dev.laurel.badges.core.testing.Ob3Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The sure-valid walker never finds nothing where Hibernate Validator finds something, over random valid
 * credentials and assertions broken at random places (about half of them end up invalid).
 */
class ModelWalkerProperties {

    @Property(tries = 400)
    void walkerNothingMeansHibernateNothingOb3(@ForAll("ob3") Object model) {
        ModelWalkerChecks.agree(model);
        ModelWalkerChecks.requireHealthyShare(10.0);
    }

    @Property(tries = 400)
    void walkerNothingMeansHibernateNothingOb2(@ForAll("ob2") Object model) {
        ModelWalkerChecks.agree(model);
        ModelWalkerChecks.requireHealthyShare(10.0);
    }

    @Provide
    Arbitrary<Object> ob3() {
        return ModelWalkerChecks.mutated(Ob3Arbitraries.credentials().map(c -> (Object) c));
    }

    @Provide
    Arbitrary<Object> ob2() {
        return ModelWalkerChecks.mutated(Ob2Arbitraries.assertions().map(a -> (Object) a));
    }
}
