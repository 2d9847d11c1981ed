package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.validation.ModelWalkerChecks;
import dev.laurel.badges.core.validation.RecordMutator;
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
 * The sure-valid walker over the OB 3.0 fixtures (the specification's full example, the smallest credential,
 * a profile, an achievement, an endorsement): each valid one passes the walker, and broken copies of them
 * (embedded issuer, achievement, endorsements, results, addresses) never pass it where Hibernate Validator
 * finds something.
 */
class Ob3WalkerAgreementProperties {

    private static final List<Object> FIXTURES = List.of(Ob3Fixtures.credential(), Ob3Fixtures.minimal(),
            Ob3Fixtures.issuer(), Ob3Fixtures.achievement(), Ob3Fixtures.subject(),
            Ob3Fixtures.endorsement("urn:uuid:1", Ob3Fixtures.ISSUER_ID));

    @Example
    void validFixturesPassTheWalker() {
        for (Object fixture : FIXTURES) {
            assertThat(WalkerProbe.hibernate(fixture)).as("%s", fixture).isEmpty();
            assertThat(WalkerProbe.walkerFindsNothing(fixture)).as("%s", fixture).isTrue();
        }
    }

    @Property(tries = 600)
    void walkerNothingMeansHibernateNothing(@ForAll("broken") Object model) {
        ModelWalkerChecks.agree(model);
        ModelWalkerChecks.requireHealthyShare(10.0);
    }

    @Provide
    Arbitrary<Object> broken() {
        return ModelWalkerChecks.mutated(Arbitraries.of(FIXTURES));
    }

    @Example
    void brokenEmbeddedIssuerIsFound() {
        OpenBadgeCredential bad = Ob3Fixtures.credential().toBuilder()
                .issuer(Ob3Fixtures.issuer().toBuilder().id("not an iri").build()).build();
        assertThat(WalkerProbe.hibernate(bad)).isNotEmpty();
        assertThat(WalkerProbe.walkerFindsNothing(bad)).isFalse();
        OpenBadgeCredential mutated = (OpenBadgeCredential) new RecordMutator(new Random(7), 0.3)
                .mutate(Ob3Fixtures.credential());
        assertThat(WalkerProbe.walkerFindsNothing(mutated)).isFalse();
    }
}
