package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.validation.ModelWalkerChecks;
import dev.laurel.badges.core.validation.WalkerProbe;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sure-valid walker over the OB 2.0 model: the valid fixtures pass it, and over every OB 2.0 record type
 * sampled with tricky strings (and the fixtures broken at random places) it never finds nothing where
 * Hibernate Validator finds something.
 */
class Ob2WalkerAgreementProperties {

    private static final List<Object> FIXTURES = List.of(Ob2Fixtures.issuer(), Ob2Fixtures.badgeClass(),
            Ob2Fixtures.assertion(), Ob2Fixtures.embeddedAssertion());

    @Example
    void validFixturesPassTheWalker() {
        for (Object fixture : FIXTURES) {
            assertThat(WalkerProbe.hibernate(fixture)).as("%s", fixture).isEmpty();
            assertThat(WalkerProbe.walkerFindsNothing(fixture)).as("%s", fixture).isTrue();
        }
    }

    @Property(tries = 600)
    void walkerNothingMeansHibernateNothingOnSampledRecords(@ForAll("sampled") Object model) {
        ModelWalkerChecks.agree(model);
        ModelWalkerChecks.requireHealthyShare(0.0);
    }

    @Property(tries = 400)
    void walkerNothingMeansHibernateNothingOnBrokenFixtures(@ForAll("broken") Object model) {
        ModelWalkerChecks.agree(model);
        ModelWalkerChecks.requireHealthyShare(10.0);
    }

    @Provide
    Arbitrary<Object> sampled() {
        return Arbitraries.of(ReflectiveRecords.RECORDS).flatMap(type -> Arbitraries.longs().map(seed ->
                (Object) ReflectiveRecords.sampleRecord(type, new Random(seed), 2)));
    }

    @Provide
    Arbitrary<Object> broken() {
        return ModelWalkerChecks.mutated(Arbitraries.of(FIXTURES));
    }
}
