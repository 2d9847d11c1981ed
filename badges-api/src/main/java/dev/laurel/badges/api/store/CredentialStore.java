package dev.laurel.badges.api.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A backpack's storage for the Open Badges 3.0 API: for each owner (a learner account), the credentials
 * applications upserted and the owner's profile.
 *
 * <p>The contract every implementation keeps:
 * <ul>
 *   <li><b>Thread-safe.</b> Any number of threads may call any method at once.</li>
 *   <li><b>Atomic and durable.</b> Each call is one transaction: when it returns, its change is stored and
 *       survives a crash or a restart; when it throws, nothing changed.</li>
 *   <li><b>One entry per equal credential.</b> Credentials are equal when their {@link EqualityKey}s are,
 *       whatever the number of concurrent writers; of two equal ones the newer {@code validFrom} is kept
 *       ({@link IncomingCredential#supersedes}).</li>
 *   <li><b>Stable order.</b> An owner's list is in order of first storage; replacing an entry keeps its
 *       place, so that paging with {@code limit} and {@code offset} neither skips nor repeats.</li>
 *   <li><b>Owners are separate.</b> No operation on one owner reads or changes another's data.</li>
 *   <li><b>No verification.</b> The store keeps what it is given; the provider decides what to give it.</li>
 * </ul>
 *
 * <p>An owner is a non-blank string of at most 255 characters: the stable name of the account the access
 * token was granted by.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#api">Open Badges 3.0, API</a>
 */
public interface CredentialStore extends AutoCloseable {

    /** The longest owner name, in characters. */
    int MAX_OWNER_LENGTH = 255;

    /**
     * Stores a credential for an owner: creates an entry, replaces the equal one, or keeps the equal one
     * when it is newer.
     *
     * @param owner the learner account
     * @param credential the credential, read by {@link IncomingCredential#parse}
     * @return what happened and the entry as stored now
     * @throws StoreException with {@link StoreCode#UNAVAILABLE}, {@link StoreCode#CONFLICT} or
     *     {@link StoreCode#CLOSED}
     * @throws IllegalArgumentException if {@code owner} is not a valid owner
     * @throws NullPointerException if an argument is null
     */
    UpsertResult upsert(String owner, IncomingCredential credential);

    /**
     * Reads and stores a credential for an owner.
     *
     * @param owner the learner account
     * @param format the form the request declared
     * @param payload the request body as text
     * @return what happened and the entry as stored now
     * @throws StoreException with {@link StoreCode#INVALID_CREDENTIAL} when it cannot be read, or as
     *     {@link #upsert(String, IncomingCredential)}
     * @throws IllegalArgumentException if {@code owner} is not a valid owner
     * @throws NullPointerException if an argument is null
     */
    default UpsertResult upsert(String owner, CredentialFormat format, String payload) {
        requireOwner(owner);
        return upsert(owner, IncomingCredential.parse(format, payload));
    }

    /**
     * Lists a page of an owner's credentials, in the list's stable order, with the total count.
     *
     * @param owner the learner account
     * @param query the page
     * @return the page; empty with total 0 for an owner with no credentials
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws IllegalArgumentException if {@code owner} is not a valid owner
     * @throws NullPointerException if an argument is null
     */
    CredentialPage list(String owner, CredentialQuery query);

    /**
     * Finds the owner's entry for a key.
     *
     * @param owner the learner account
     * @param key the equality key
     * @return the stored credential, or empty
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws IllegalArgumentException if {@code owner} is not a valid owner
     * @throws NullPointerException if an argument is null
     */
    Optional<StoredCredential> find(String owner, EqualityKey key);

    /**
     * Returns the owner's profile.
     *
     * @param owner the learner account
     * @return the profile as last put, or empty when none was
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws IllegalArgumentException if {@code owner} is not a valid owner
     * @throws NullPointerException if {@code owner} is null
     */
    Optional<StoredProfile> profile(String owner);

    /**
     * Stores the owner's profile, replacing the previous one.
     *
     * @param owner the learner account
     * @param json the profile, a JSON object (kept exactly as given)
     * @return the stored profile
     * @throws StoreException with {@link StoreCode#INVALID_PROFILE} when {@code json} is not a JSON object
     *     within {@link BadgeJson}'s limits, or {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws IllegalArgumentException if {@code owner} is not a valid owner
     * @throws NullPointerException if an argument is null
     */
    StoredProfile putProfile(String owner, String json);

    /**
     * Closes the store and what it owns (its connection pool); later calls throw {@link StoreException}
     * with {@link StoreCode#CLOSED}. Closing twice does nothing.
     */
    @Override
    void close();

    /**
     * Checks an owner name, for implementations.
     *
     * @param owner the name
     * @return the name
     * @throws IllegalArgumentException if it is blank or longer than {@link #MAX_OWNER_LENGTH}
     * @throws NullPointerException if it is null
     */
    static String requireOwner(String owner) {
        Objects.requireNonNull(owner, "owner");
        if (owner.isBlank() || owner.length() > MAX_OWNER_LENGTH) {
            throw new IllegalArgumentException("an owner is a non-blank name of at most " + MAX_OWNER_LENGTH
                    + " characters; got " + owner.length() + " characters");
        }
        return owner;
    }

    /**
     * Checks that a profile is a JSON object, for implementations: read with {@link BadgeJson#readTree} under
     * the default limits (no duplicate keys, bounded size and depth).
     *
     * @param json the profile's text
     * @return the text, unchanged
     * @throws StoreException with {@link StoreCode#INVALID_PROFILE} when it is not a JSON object within the
     *     limits
     * @throws NullPointerException if {@code json} is null
     */
    static String requireProfileObject(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = BadgeJson.standard().readTree(json.getBytes(StandardCharsets.UTF_8));
        } catch (BadgeJsonException e) {
            throw new StoreException(StoreCode.INVALID_PROFILE, "the profile cannot be read: " + e.getMessage(),
                    "", e);
        }
        if (!tree.isObject()) {
            throw new StoreException(StoreCode.INVALID_PROFILE, "the profile is not a JSON object");
        }
        return json;
    }
}
