package dev.laurel.badges.json;

import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.testing.Ob3Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Credentials built in code, written by {@link BadgeJson}, against the official schema and back. */
class BuiltCredentialProperties {

    @Property(tries = 100)
    void writtenBuiltCredentialsPassTheOfficialSchema(@ForAll("credentials") OpenBadgeCredential credential) {
        String json = BadgeJson.standard().write(credential);
        ValidationResult result = BadgeJson.standard().validate(json);
        assertThat(result.errors()).as(json).isEmpty();
    }

    @Property(tries = 100)
    void writtenBuiltCredentialsAreReadBackEqual(@ForAll("credentials") OpenBadgeCredential credential) {
        BadgeDocument doc = BadgeJson.standard().read(BadgeJson.standard().write(credential));
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.model(OpenBadgeCredential.class)).contains(credential);
    }

    @Provide
    Arbitrary<OpenBadgeCredential> credentials() {
        return Ob3Arbitraries.credentials();
    }
}
