package dev.laurel.badges.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.badges.api.wire.Scopes;
import dev.laurel.badges.api.wire.ServiceDescription;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The token values and the in-memory store; the provider's base URL as the key. */
class TokenStoreTest {

    static final Instant T = Instant.parse("2026-12-05T08:00:00Z");

    static StoredTokens tokens(String access, Instant expiresAt) {
        return new StoredTokens("client", access, "refresh-" + access, Scopes.ALL, T, expiresAt);
    }

    @Test
    void keepsReplacesAndForgetsPerKey() {
        InMemoryTokenStore store = new InMemoryTokenStore();
        TokenKey ada = new TokenKey("https://backpack.example", "ada");
        TokenKey bob = new TokenKey("https://backpack.example", "bob");
        TokenKey adaElsewhere = new TokenKey("https://other.example", "ada");
        store.save(ada, tokens("a1", null));
        store.save(bob, tokens("b1", null));
        store.save(ada, tokens("a2", null));
        assertThat(store.load(ada).orElseThrow().accessToken()).isEqualTo("a2");
        assertThat(store.load(bob).orElseThrow().accessToken()).isEqualTo("b1");
        assertThat(store.load(adaElsewhere)).isEmpty();
        store.remove(ada);
        assertThat(store.load(ada)).isEmpty();
        assertThat(store.load(bob)).isPresent();
    }

    @Test
    void isSafeUnderConcurrentUse() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 400; i++) {
            int n = i;
            pool.execute(() -> store.save(new TokenKey("p", "learner-" + (n % 40)), tokens("t" + n, null)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 40; i++) {
            assertThat(store.load(new TokenKey("p", "learner-" + i))).isPresent();
        }
    }

    @Test
    void expiryCountsTheLeewayAndUnknownExpiryNeverExpires() {
        StoredTokens t = tokens("a", T.plusSeconds(3600));
        assertThat(t.expiresWithin(T, Duration.ofSeconds(30))).isFalse();
        assertThat(t.expiresWithin(T.plusSeconds(3569), Duration.ofSeconds(30))).isFalse();
        assertThat(t.expiresWithin(T.plusSeconds(3570), Duration.ofSeconds(30))).isTrue();
        assertThat(t.expiresWithin(T.plusSeconds(7200), Duration.ZERO)).isTrue();
        assertThat(tokens("a", null).expiresWithin(T.plusSeconds(1_000_000), Duration.ZERO)).isFalse();
        assertThat(t.toString()).doesNotContain("refresh-a").contains("present");
    }

    @Test
    void keysMustNameProviderAndLearner() {
        assertThatThrownBy(() -> new TokenKey(" ", "ada")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenKey("p", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenKey(null, "ada")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theBaseUrlKeepsATenantPathAndLosesTrailingSlashes() {
        URI base = ApiProvider.normalise(URI.create("https://backpack.example/tenant//"));
        assertThat(base).isEqualTo(URI.create("https://backpack.example/tenant"));
        assertThat(ApiProvider.resolve(base, "/ims/ob/v3p0/credentials"))
                .isEqualTo(URI.create("https://backpack.example/tenant/ims/ob/v3p0/credentials"));
        assertThat(ApiProvider.normalise(URI.create("https://backpack.example:8443/?q=1#f")))
                .isEqualTo(URI.create("https://backpack.example:8443"));
        assertThatThrownBy(() -> ApiProvider.normalise(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void urlRules() {
        assertThat(Urls.isSafe(URI.create("https://backpack.example/x"), false)).isTrue();
        assertThat(Urls.isSafe(URI.create("http://backpack.example/x"), true)).isFalse();
        assertThat(Urls.isSafe(URI.create("http://127.0.0.1:8080/x"), false)).isFalse();
        assertThat(Urls.isSafe(URI.create("http://127.0.0.1:8080/x"), true)).isTrue();
        assertThat(Urls.isSafe(URI.create("http://localhost/x"), true)).isTrue();
        assertThat(Urls.isSafe(URI.create("http://[::1]:8080/x"), true)).isTrue();
        assertThat(Urls.isSafe(URI.create("https://user:pw@backpack.example/x"), false)).isFalse();
        assertThat(Urls.isSafe(URI.create("ftp://backpack.example/x"), true)).isFalse();
        assertThat(Urls.sameOrigin(URI.create("https://a.example/x"), URI.create("https://A.example:443/y"))).isTrue();
        assertThat(Urls.sameOrigin(URI.create("https://a.example/x"), URI.create("https://a.example:8443/x"))).isFalse();
        assertThat(Urls.sameOrigin(URI.create("https://a.example/x"), URI.create("http://a.example/x"))).isFalse();
    }

    @Test
    void referencesResolveAsRfc3986Says() {
        URI base = URI.create("https://b.example/ims/ob/v3p0/credentials?limit=1&offset=0");
        assertThat(Urls.resolve(base, URI.create("?offset=5"))).hasToString("https://b.example/ims/ob/v3p0/credentials?offset=5");
        assertThat(Urls.resolve(base, URI.create("credentials?offset=5"))).hasToString("https://b.example/ims/ob/v3p0/credentials?offset=5");
        assertThat(Urls.resolve(base, URI.create("/x?offset=5"))).hasToString("https://b.example/x?offset=5");
        assertThat(Urls.resolve(base, URI.create("https://other.example/y"))).hasToString("https://other.example/y");
        assertThat(Urls.resolve(base, null)).isNull();
    }

    @Test
    void registrationsAndPendingAuthorizationsHideTheirSecrets() throws Exception {
        ClientRegistration reg = new ClientRegistration(
                new ApiProvider(URI.create("https://backpack.example"),
                        httpsDescription()),
                "id", "the-secret", null, null, List.of(URI.create("https://lms.example/cb")), Scopes.ALL, null);
        assertThat(reg.toString()).doesNotContain("the-secret");
        assertThat(reg.withRevocationUrl(URI.create("https://backpack.example/oauth/revoke")).optionalRevocationUrl())
                .isPresent();
        PendingAuthorization p = new PendingAuthorization(reg, "ada", URI.create("https://backpack.example/a"),
                URI.create("https://lms.example/cb"), Scopes.ALL, "state", "the-verifier");
        assertThat(p.toString()).doesNotContain("the-verifier");
    }

    /** A fixed https description, without a server. */
    static ServiceDescription httpsDescription() {
        String b = "https://backpack.example";
        return ServiceDescription.builder().info("B", "1").policies(URI.create(b + "/terms"), URI.create(b + "/privacy"))
                .endpoints(URI.create(b + "/r"), URI.create(b + "/a"), URI.create(b + "/t"), null).build();
    }
}
