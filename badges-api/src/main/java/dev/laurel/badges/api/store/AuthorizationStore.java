package dev.laurel.badges.api.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OAuth 2.0 authorization server's storage: learner accounts, registered clients, authorization codes
 * and tokens. Secrets are never given to it: passwords arrive hashed (bcrypt or argon2), client secrets,
 * codes and tokens as SHA-256 hashes, and every lookup is by hash.
 *
 * <p>The contract every implementation keeps:
 * <ul>
 *   <li><b>Thread-safe.</b> Any number of threads may call any method at once.</li>
 *   <li><b>Atomic.</b> Each call is one transaction; when it throws, nothing changed. Two concurrent
 *       {@link #consumeCode} calls for one code: exactly one sees the first use. Two concurrent
 *       {@link #revokeToken} calls for one token: exactly one returns true (the token endpoint relies on it
 *       to rotate a refresh token once).</li>
 *   <li><b>Keys are unique.</b> Adding an entry whose key exists fails with {@link StoreCode#DUPLICATE} and
 *       changes nothing; a code or token naming an unregistered client fails with
 *       {@link StoreCode#UNKNOWN_CLIENT}.</li>
 * </ul>
 *
 * <p>{@code JdbcAuthorizationStore} (module badges-api-jdbc) keeps it in H2 or PostgreSQL;
 * {@link InMemoryAuthorizationStore} keeps it in memory, for tests and embedding.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749">RFC 6749</a>
 */
public interface AuthorizationStore extends AutoCloseable {

    /** The longest user name or client id, in characters (the columns are {@code VARCHAR(255)}). */
    int MAX_NAME_LENGTH = 255;

    /** What a hash or grant id looks like: 1 to 64 URL-safe characters (a SHA-256 in hex is 64). */
    Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    // ---- users ----

    /**
     * Adds a learner account.
     *
     * @param name         the account name: non-blank, at most {@value #MAX_NAME_LENGTH} characters
     * @param passwordHash the encoded password hash
     * @return the account as stored
     * @throws StoreException with {@link StoreCode#DUPLICATE} when the name is taken, or
     *     {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws IllegalArgumentException if the name is blank or too long
     * @throws NullPointerException if an argument is null
     */
    StoredUser addUser(String name, String passwordHash);

    /**
     * Looks an account up.
     *
     * @param name the account name
     * @return the account, or empty
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if {@code name} is null
     */
    Optional<StoredUser> user(String name);

    // ---- clients ----

    /**
     * Stores a newly registered client.
     *
     * @param client the client
     * @throws StoreException with {@link StoreCode#DUPLICATE} when its id is taken, or
     *     {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if {@code client} is null
     */
    void addClient(RegisteredClient client);

    /**
     * Looks a client up.
     *
     * @param clientId the client id
     * @return the client, or empty
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if {@code clientId} is null
     */
    Optional<RegisteredClient> client(String clientId);

    // ---- authorization codes ----

    /**
     * Stores a newly issued authorization code.
     *
     * @param code the code
     * @throws StoreException with {@link StoreCode#DUPLICATE}, {@link StoreCode#UNKNOWN_CLIENT},
     *     {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if {@code code} is null
     */
    void addCode(StoredAuthorizationCode code);

    /**
     * Marks a code used, atomically, and returns it. The first call for a code gets it with
     * {@link ConsumedCode#replayed()} false; every later call gets it with true (a replay). Expiry is not
     * checked here: the caller compares {@link StoredAuthorizationCode#expires()} with its clock.
     *
     * @param codeHash the code's hash
     * @param at       the time of use
     * @return the code and whether it was used before, or empty for an unknown (or purged) code
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if an argument is null
     */
    Optional<ConsumedCode> consumeCode(String codeHash, Instant at);

    // ---- tokens ----

    /**
     * Stores a newly issued token.
     *
     * @param token the token
     * @throws StoreException with {@link StoreCode#DUPLICATE}, {@link StoreCode#UNKNOWN_CLIENT},
     *     {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if {@code token} is null
     */
    void addToken(StoredToken token);

    /**
     * Looks a token up by its hash, revoked and expired ones included.
     *
     * @param tokenHash the token's hash
     * @return the token, or empty
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if {@code tokenHash} is null
     */
    Optional<StoredToken> token(String tokenHash);

    /**
     * Revokes one token, atomically.
     *
     * @param tokenHash the token's hash
     * @return true when this call revoked it; false when it was unknown or already revoked
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if {@code tokenHash} is null
     */
    boolean revokeToken(String tokenHash);

    /**
     * Revokes every token of a grant (all descend from one authorization code).
     *
     * @param grantId the grant
     * @return how many tokens this call revoked
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if {@code grantId} is null
     */
    int revokeGrant(String grantId);

    /**
     * Deletes the tokens and authorization codes that expired before a time. A purged code is unknown
     * afterwards, so its replay can no longer be detected: purge codes only well after they expire.
     *
     * @param before the time
     * @return how many tokens and codes were deleted
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if {@code before} is null
     */
    int purgeExpired(Instant before);

    // ---- lifecycle ----

    /**
     * Closes the store; later calls fail with {@link StoreCode#CLOSED}. Closing twice does nothing.
     */
    @Override
    void close();

    /**
     * Checks a user name or client id: non-blank and at most {@value #MAX_NAME_LENGTH} characters.
     *
     * @param value the value
     * @param what  its name, for the message
     * @return the value
     * @throws IllegalArgumentException if it is blank or too long
     * @throws NullPointerException if it is null
     */
    static String requireName(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || value.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(what + " must be non-blank and at most " + MAX_NAME_LENGTH
                    + " characters");
        }
        return value;
    }

    /**
     * Checks a hash or grant id against {@link #KEY}.
     *
     * @param value the value
     * @param what  its name, for the message
     * @return the value
     * @throws IllegalArgumentException if it does not match
     * @throws NullPointerException if it is null
     */
    static String requireKey(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!KEY.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1 to 64 URL-safe characters");
        }
        return value;
    }
}
