package dev.laurel.badges.api.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link AuthorizationStore} in memory, for tests and for embedding the authorization server where
 * nothing needs to survive a restart. It keeps the whole contract (every method is atomic: one lock guards
 * all entries), but loses everything when the process ends; {@code laurel serve} uses
 * {@code JdbcAuthorizationStore} instead.
 */
public final class InMemoryAuthorizationStore implements AuthorizationStore {

    private final Clock clock;
    private final Map<String, StoredUser> users = new HashMap<>();
    private final Map<String, RegisteredClient> clients = new HashMap<>();
    private final Map<String, StoredAuthorizationCode> codes = new HashMap<>();
    private final Map<String, Instant> codesUsed = new HashMap<>();
    private final Map<String, StoredToken> tokens = new HashMap<>();
    private boolean closed;

    /** An empty store whose accounts are dated by the system clock. */
    public InMemoryAuthorizationStore() {
        this(Clock.systemUTC());
    }

    /**
     * An empty store.
     *
     * @param clock dates new accounts
     * @throws NullPointerException if {@code clock} is null
     */
    public InMemoryAuthorizationStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized StoredUser addUser(String name, String passwordHash) {
        AuthorizationStore.requireName(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        requireOpen();
        if (users.containsKey(name)) {
            throw new StoreException(StoreCode.DUPLICATE, "a user named " + name + " exists already");
        }
        StoredUser user = new StoredUser(name, passwordHash, clock.instant().truncatedTo(ChronoUnit.MILLIS), false);
        users.put(name, user);
        return user;
    }

    @Override
    public synchronized Optional<StoredUser> user(String name) {
        Objects.requireNonNull(name, "name");
        requireOpen();
        return Optional.ofNullable(users.get(name));
    }

    @Override
    public synchronized void addClient(RegisteredClient client) {
        Objects.requireNonNull(client, "client");
        requireOpen();
        if (clients.containsKey(client.clientId())) {
            throw new StoreException(StoreCode.DUPLICATE, "a client with id " + client.clientId() + " exists already");
        }
        clients.put(client.clientId(), client);
    }

    @Override
    public synchronized Optional<RegisteredClient> client(String clientId) {
        Objects.requireNonNull(clientId, "clientId");
        requireOpen();
        return Optional.ofNullable(clients.get(clientId));
    }

    @Override
    public synchronized void addCode(StoredAuthorizationCode code) {
        Objects.requireNonNull(code, "code");
        putNew(codes, code.codeHash(), code, code.clientId(), "the authorization code");
    }

    @Override
    public synchronized Optional<ConsumedCode> consumeCode(String codeHash, Instant at) {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(at, "at");
        requireOpen();
        StoredAuthorizationCode code = codes.get(codeHash);
        if (code == null) {
            return Optional.empty();
        }
        Instant before = codesUsed.putIfAbsent(codeHash, at.truncatedTo(ChronoUnit.MILLIS));
        return Optional.of(new ConsumedCode(code, Optional.ofNullable(before)));
    }

    @Override
    public synchronized void addToken(StoredToken token) {
        Objects.requireNonNull(token, "token");
        putNew(tokens, token.tokenHash(), token, token.clientId(), "the token");
    }

    @Override
    public synchronized Optional<StoredToken> token(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        requireOpen();
        return Optional.ofNullable(tokens.get(tokenHash));
    }

    @Override
    public synchronized boolean revokeToken(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        requireOpen();
        StoredToken t = tokens.get(tokenHash);
        if (t == null || t.revoked()) {
            return false;
        }
        tokens.put(tokenHash, revoked(t));
        return true;
    }

    @Override
    public synchronized int revokeGrant(String grantId) {
        Objects.requireNonNull(grantId, "grantId");
        requireOpen();
        int n = 0;
        for (Map.Entry<String, StoredToken> e : tokens.entrySet()) {
            StoredToken t = e.getValue();
            if (t.grantId().equals(grantId) && !t.revoked()) {
                e.setValue(revoked(t));
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized int purgeExpired(Instant before) {
        Objects.requireNonNull(before, "before");
        requireOpen();
        int n = tokens.size() + codes.size();
        tokens.values().removeIf(t -> t.expires().isBefore(before));
        codes.values().removeIf(c -> c.expires().isBefore(before));
        codesUsed.keySet().retainAll(codes.keySet());
        return n - tokens.size() - codes.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private static StoredToken revoked(StoredToken t) {
        return new StoredToken(t.tokenHash(), t.kind(), t.clientId(), t.userName(), t.scopes(), t.grantId(),
                t.issued(), t.expires(), true);
    }

    /** Adds a code or token of a registered client under a key not yet taken (the caller holds the lock). */
    private <T> void putNew(Map<String, T> entries, String key, T value, String clientId, String what) {
        requireOpen();
        if (!clients.containsKey(clientId)) {
            throw new StoreException(StoreCode.UNKNOWN_CLIENT, "no client with id " + clientId + " is registered");
        }
        if (entries.containsKey(key)) {
            throw new StoreException(StoreCode.DUPLICATE, what + " is stored already");
        }
        entries.put(key, value);
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException(StoreCode.CLOSED, "the store is closed");
        }
    }
}
