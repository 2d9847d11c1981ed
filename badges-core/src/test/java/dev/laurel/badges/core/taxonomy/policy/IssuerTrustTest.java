package dev.laurel.badges.core.taxonomy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issuer trust is an interface: the static list and a caller-supplied registry lookup, both as policy conditions. */
class IssuerTrustTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final String LISTED = "https://registry-member.example.org/issuer";
    private static final String UNLISTED = "https://stranger.example.org/issuer";
    private static final String PENDING = "https://pending.example.org/issuer";

    /** A toy registry: members are trusted, pending ones unknown, everyone else not trusted; counts lookups. */
    static final class Registry implements IssuerTrust {
        final AtomicInteger lookups = new AtomicInteger();
        private final Map<String, String> status = Map.of(LISTED, "member", PENDING, "pending");

        @Override
        public TrustAnswer judge(String issuerId) {
            lookups.incrementAndGet();
            String s = status.get(issuerId);
            if (s == null) {
                return TrustAnswer.notTrusted("not in the registry");
            }
            return s.equals("member") ? TrustAnswer.trusted("a registry member") : TrustAnswer.unknown("membership pending");
        }
    }

    private static BackpackEntry issuedBy(String issuer) {
        Credential c = Credential.of(Badges.credential("urn:c:" + issuer.hashCode(), Badges.leveled("urn:a:1",
                LevelKind.SKILL, "https://example.org/c/x"), Profile.of(issuer, "Issuer"), NOW.minusSeconds(86_400),
                Optional.empty()));
        return new BackpackEntry(c, Classifier.standard().classify(c), Visibility.PRIVATE, VerificationStatus.verified(NOW));
    }

    @Test
    void theStaticListIsAnIssuerTrust() {
        IssuerTrust list = IssuerTrust.list(List.of(LISTED));
        assertThat(list).isEqualTo(new Condition.TrustedIssuers(List.of(LISTED)));
        assertThat(list.judge(LISTED).result()).isEqualTo(ConditionResult.PASS);
        assertThat(list.judge(UNLISTED).result()).isEqualTo(ConditionResult.FAIL);
        Policy policy = Policy.builder().trustedIssuers(List.of(LISTED)).build();
        assertThat(policy.evaluate(issuedBy(LISTED), NOW).verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(policy.evaluate(issuedBy(UNLISTED), NOW).verdict()).isEqualTo(Verdict.REJECT);
        assertThatThrownBy(() -> IssuerTrust.list(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRegistryLookupIsAPolicyCondition() {
        Registry registry = new Registry();
        Policy policy = Policy.builder().trustedBy("registry", registry).requireVerified().onUnknown(Verdict.REFER).build();

        Decision member = policy.evaluate(issuedBy(LISTED), NOW);
        assertThat(member.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(member.outcomes().get(0).message()).isEqualTo("registry: a registry member");
        assertThat(member.outcomes().get(0).condition().describe()).isEqualTo("issuer trusted by registry");

        assertThat(policy.evaluate(issuedBy(UNLISTED), NOW).verdict()).isEqualTo(Verdict.REJECT);
        assertThat(policy.evaluate(issuedBy(PENDING), NOW).verdict()).isEqualTo(Verdict.REFER);
        assertThat(registry.lookups.get()).isEqualTo(3);
    }

    @Test
    void aLookupThatThrowsOrAnswersNothingIsUnknown() {
        IssuerTrust down = id -> {
            throw new IllegalStateException("registry down");
        };
        IssuerTrust silent = id -> null;
        for (IssuerTrust trust : List.of(down, silent)) {
            Decision d = Policy.builder().trustedBy("registry", trust).onUnknown(Verdict.REJECT).build()
                    .evaluate(issuedBy(LISTED), NOW);
            assertThat(d.outcomes().get(0).result()).isEqualTo(ConditionResult.UNKNOWN);
            assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
        }
    }

    @Test
    void theConditionNeedsANameAndALookup() {
        assertThatThrownBy(() -> new Condition.TrustedBy(" ", new Registry())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition.TrustedBy("r", null)).isInstanceOf(NullPointerException.class);
        assertThat(new Condition.TrustedBy("r", new Registry()).kind()).isEqualTo(ConditionKind.TRUSTED_BY);
    }
}
