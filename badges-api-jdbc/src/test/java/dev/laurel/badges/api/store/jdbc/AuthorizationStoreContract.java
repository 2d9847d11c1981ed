package dev.laurel.badges.api.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.ConsumedCode;
import dev.laurel.badges.api.store.RegisteredClient;
import dev.laurel.badges.api.store.StoreCode;
import dev.laurel.badges.api.store.StoreException;
import dev.laurel.badges.api.store.StoredAuthorizationCode;
import dev.laurel.badges.api.store.StoredToken;
import dev.laurel.badges.api.store.StoredUser;
import dev.laurel.badges.api.store.TokenKind;
import dev.laurel.badges.api.wire.Scopes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link AuthorizationStore} contract, run against each implementation by a subclass. Every test uses
 * names and hashes of its own (random), so a shared database needs no cleaning between runs.
 */
abstract class AuthorizationStoreContract {

    /** Opens a store on the implementation under test. */
    abstract AuthorizationStore open();

    static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    AuthorizationStore store;
    String tag;

    @BeforeEach
    void openStore() {
        store = open();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static String hash() {
        byte[] b = new byte[32];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    RegisteredClient client(String id) {
        return new RegisteredClient(id, hash(), T0, Optional.of(T0.plusSeconds(86_400)), "Example LMS",
                List.of("https://lms.example/cb", "https://lms.example/cb2"),
                Set.of(Scopes.CREDENTIAL_READONLY, "offline_access"), Set.of("authorization_code", "refresh_token"),
                "client_secret_basic", "{\"client_name\":\"Example LMS\"}", false);
    }

    StoredAuthorizationCode code(String clientId, String grantId, Instant expires) {
        return new StoredAuthorizationCode(hash(), clientId, "alice-" + tag, "https://lms.example/cb",
                Set.of(Scopes.CREDENTIAL_READONLY), "challenge-" + tag, "S256", grantId, T0, expires);
    }

    StoredToken token(String clientId, TokenKind kind, String grantId, Instant expires) {
        return new StoredToken(hash(), kind, clientId, "alice-" + tag, Set.of(Scopes.CREDENTIAL_READONLY,
                Scopes.CREDENTIAL_UPSERT), grantId, T0, expires, false);
    }

    String registered() {
        String id = "client-" + UUID.randomUUID();
        store.addClient(client(id));
        return id;
    }

    @Test
    void aUserIsAddedAndFound() {
        StoredUser added = store.addUser("alice-" + tag, "$argon2id$hash");
        assertThat(added.name()).isEqualTo("alice-" + tag);
        assertThat(added.disabled()).isFalse();
        assertThat(store.user("alice-" + tag)).contains(added);
        assertThat(store.user("nobody-" + tag)).isEmpty();
        assertThat(added.toString()).doesNotContain("argon2");
    }

    @Test
    void aTakenUserNameIsATypedErrorAndChangesNothing() {
        store.addUser("bob-" + tag, "first");
        assertThatThrownBy(() -> store.addUser("bob-" + tag, "second"))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreCode.DUPLICATE);
                    assertThat(e.getMessage()).contains("bob-" + tag);
                });
        assertThat(store.user("bob-" + tag).orElseThrow().passwordHash()).isEqualTo("first");
        assertThatThrownBy(() -> store.addUser(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.addUser("x".repeat(256), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientIsStoredWhole() {
        String id = "client-" + tag;
        RegisteredClient c = client(id);
        store.addClient(c);
        assertThat(store.client(id)).contains(c);
        assertThat(store.client("other-" + tag)).isEmpty();
        assertThatThrownBy(() -> store.addClient(client(id)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(StoreCode.DUPLICATE));
        RegisteredClient never = new RegisteredClient(id + "-never", hash(), T0, Optional.empty(), "N",
                List.of("https://n.example/cb"), Set.of(Scopes.PROFILE_READONLY), Set.of("authorization_code"),
                "client_secret_basic", "{}", false);
        store.addClient(never);
        assertThat(store.client(id + "-never")).contains(never);
    }

    @Test
    void aCodeIsConsumedOnceThenSeenAsAReplay() {
        String clientId = registered();
        StoredAuthorizationCode code = code(clientId, hash(), T0.plusSeconds(300));
        store.addCode(code);
        ConsumedCode first = store.consumeCode(code.codeHash(), T0.plusSeconds(10)).orElseThrow();
        assertThat(first.code()).isEqualTo(code);
        assertThat(first.replayed()).isFalse();
        ConsumedCode second = store.consumeCode(code.codeHash(), T0.plusSeconds(20)).orElseThrow();
        assertThat(second.replayed()).isTrue();
        assertThat(second.previouslyUsed()).contains(T0.plusSeconds(10));
        assertThat(store.consumeCode(hash(), T0)).isEmpty();
        assertThatThrownBy(() -> store.addCode(code))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(StoreCode.DUPLICATE));
    }

    @Test
    void codesAndTokensOfUnknownClientsAreRefused() {
        assertThatThrownBy(() -> store.addCode(code("unknown-" + tag, hash(), T0)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.code()).isEqualTo(StoreCode.UNKNOWN_CLIENT));
        assertThatThrownBy(() -> store.addToken(token("unknown-" + tag, TokenKind.ACCESS, hash(), T0)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.code()).isEqualTo(StoreCode.UNKNOWN_CLIENT));
    }

    @Test
    void concurrentExchangesOfOneCodeHaveExactlyOneFirstUse() throws Exception {
        String clientId = registered();
        StoredAuthorizationCode code = code(clientId, hash(), T0.plusSeconds(300));
        store.addCode(code);
        List<Boolean> firsts = race(8, () -> !store.consumeCode(code.codeHash(), T0).orElseThrow().replayed());
        assertThat(firsts.stream().filter(b -> b).count()).isEqualTo(1);
    }

    @Test
    void tokensAreStoredFoundAndRevokedOnce() {
        String clientId = registered();
        StoredToken t = token(clientId, TokenKind.REFRESH, hash(), T0.plusSeconds(3600));
        store.addToken(t);
        assertThat(store.token(t.tokenHash())).contains(t);
        assertThat(store.token(hash())).isEmpty();
        assertThat(t.usable(T0)).isTrue();
        assertThat(store.revokeToken(t.tokenHash())).isTrue();
        assertThat(store.revokeToken(t.tokenHash())).isFalse();
        assertThat(store.revokeToken(hash())).isFalse();
        StoredToken revoked = store.token(t.tokenHash()).orElseThrow();
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.usable(T0)).isFalse();
        assertThatThrownBy(() -> store.addToken(t))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(StoreCode.DUPLICATE));
    }

    @Test
    void concurrentRevocationsOfOneTokenHaveExactlyOneWinner() throws Exception {
        String clientId = registered();
        StoredToken t = token(clientId, TokenKind.REFRESH, hash(), T0.plusSeconds(3600));
        store.addToken(t);
        List<Boolean> wins = race(8, () -> store.revokeToken(t.tokenHash()));
        assertThat(wins.stream().filter(b -> b).count()).isEqualTo(1);
    }

    @Test
    void revokingAGrantRevokesAllItsTokensAndNoOthers() {
        String clientId = registered();
        String grant = hash();
        StoredToken a = token(clientId, TokenKind.ACCESS, grant, T0.plusSeconds(3600));
        StoredToken r = token(clientId, TokenKind.REFRESH, grant, T0.plusSeconds(7200));
        StoredToken other = token(clientId, TokenKind.ACCESS, hash(), T0.plusSeconds(3600));
        store.addToken(a);
        store.addToken(r);
        store.addToken(other);
        store.revokeToken(a.tokenHash());
        assertThat(store.revokeGrant(grant)).isEqualTo(1);
        assertThat(store.token(a.tokenHash()).orElseThrow().revoked()).isTrue();
        assertThat(store.token(r.tokenHash()).orElseThrow().revoked()).isTrue();
        assertThat(store.token(other.tokenHash()).orElseThrow().revoked()).isFalse();
        assertThat(store.revokeGrant(grant)).isZero();
    }

    @Test
    void purgingDeletesOnlyWhatExpiredBefore() {
        String clientId = registered();
        // Far in the past, so that other tests' (and runs') entries on a shared database are not counted.
        Instant old = Instant.parse("1971-01-01T00:00:00Z");
        StoredToken expired = token(clientId, TokenKind.ACCESS, hash(), old);
        StoredToken live = token(clientId, TokenKind.ACCESS, hash(), old.plusSeconds(3600));
        StoredAuthorizationCode expiredCode = code(clientId, hash(), old);
        store.addToken(expired);
        store.addToken(live);
        store.addCode(expiredCode);
        assertThat(store.purgeExpired(old.plusSeconds(1))).isGreaterThanOrEqualTo(2);
        assertThat(store.token(expired.tokenHash())).isEmpty();
        assertThat(store.consumeCode(expiredCode.codeHash(), T0)).isEmpty();
        assertThat(store.token(live.tokenHash())).contains(live);
    }

    @Test
    void aClosedStoreSaysSo() {
        AuthorizationStore other = open();
        other.close();
        other.close();
        assertThatThrownBy(() -> other.user("x"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code()).isEqualTo(StoreCode.CLOSED));
    }

    private static <T> List<T> race(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
