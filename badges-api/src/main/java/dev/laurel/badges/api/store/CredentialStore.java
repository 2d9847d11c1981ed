package dev.laurel.badges.api.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.taxonomy.backpack.Audience;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * <p>Beside the credentials the store keeps two of the learner's own settings: each entry's
 * {@link Visibility} (who may see it; {@link Visibility#PRIVATE} when first stored) and the pathways the
 * learner chose to follow. Neither is part of a credential: replacing a credential keeps its visibility.
 *
 * <p>An owner is a non-blank string of at most 255 characters: the stable name of the account the access
 * token was granted by.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#api">Open Badges 3.0, API</a>
 */
public interface CredentialStore extends AutoCloseable {

    /** The longest owner name, in characters. */
    int MAX_OWNER_LENGTH = 255;

    /** The most pathways a learner may choose at once. */
    int MAX_CHOSEN_PATHWAYS = 100;

    /** The longest pathway id, in characters. */
    int MAX_PATHWAY_ID_LENGTH = 255;

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
     * Sets who may see one of the owner's credentials. Only the visibility changes: {@code updated},
     * {@code sequence} and the credential stay as they are (it is the learner's setting, not the credential's
     * content).
     *
     * @param owner the learner account
     * @param key the entry's equality key
     * @param visibility the new visibility
     * @return the entry as stored now, or empty when the owner holds no entry with that key
     * @throws StoreException with {@link StoreCode#UNAVAILABLE}, {@link StoreCode#CONFLICT} or
     *     {@link StoreCode#CLOSED}
     * @throws IllegalArgumentException if {@code owner} is not a valid owner
     * @throws NullPointerException if an argument is null
     */
    Optional<StoredCredential> setVisibility(String owner, EqualityKey key, Visibility visibility);

    /**
     * Finds a shared credential by its {@code id}, whoever holds it: the one whose normalised {@code id}
     * ({@link EqualityKey#normalize}: percent-unescaped, then trimmed) equals {@code credentialId}'s normalised
     * form and whose visibility is {@link Visibility#LINK} or {@link Visibility#PUBLIC}, that is
     * {@linkplain Visibility#isVisibleTo(Audience) visible to} a {@link Audience#LINK_HOLDER}. This is what a
     * share link (a badge page at the credential's {@code id}) reads. When several owners share credentials
     * with that {@code id}, the one stored first (lowest {@link StoredCredential#sequence()}) is returned.
     * A private credential is never found, and a credential without an {@code id} cannot be.
     *
     * @param credentialId the credential's {@code id}, as written or as normalised
     * @return the shared credential, or empty
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws NullPointerException if {@code credentialId} is null
     */
    Optional<StoredCredential> findShared(String credentialId);

    /**
     * Returns the pathways the owner chose to follow, in the order they were given to
     * {@link #choosePathways}.
     *
     * @param owner the learner account
     * @return the pathway ids; empty when none were chosen
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#CLOSED}
     * @throws IllegalArgumentException if {@code owner} is not a valid owner
     * @throws NullPointerException if {@code owner} is null
     */
    Set<String> chosenPathways(String owner);

    /**
     * Replaces the pathways the owner chose to follow (an empty set clears them). The ids are kept as given,
     * in the set's iteration order; the store does not check that such pathways exist.
     *
     * @param owner the learner account
     * @param pathwayIds the pathway ids: at most {@link #MAX_CHOSEN_PATHWAYS}, each non-blank and at most
     *     {@link #MAX_PATHWAY_ID_LENGTH} characters
     * @throws StoreException with {@link StoreCode#UNAVAILABLE}, {@link StoreCode#CONFLICT} or
     *     {@link StoreCode#CLOSED}
     * @throws IllegalArgumentException if {@code owner} is not a valid owner or the ids break the limits
     * @throws NullPointerException if an argument or an id is null
     */
    void choosePathways(String owner, Set<String> pathwayIds);

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
     * Checks a set of chosen pathway ids, for implementations.
     *
     * @param pathwayIds the ids
     * @return the ids, unchanged
     * @throws IllegalArgumentException if there are more than {@link #MAX_CHOSEN_PATHWAYS}, or one is blank or
     *     longer than {@link #MAX_PATHWAY_ID_LENGTH}
     * @throws NullPointerException if the set or an id is null
     */
    static Set<String> requirePathways(Set<String> pathwayIds) {
        Objects.requireNonNull(pathwayIds, "pathwayIds");
        if (pathwayIds.size() > MAX_CHOSEN_PATHWAYS) {
            throw new IllegalArgumentException("a learner chooses at most " + MAX_CHOSEN_PATHWAYS
                    + " pathways; got " + pathwayIds.size());
        }
        for (String id : pathwayIds) {
            Objects.requireNonNull(id, "pathway id");
            if (id.isBlank() || id.length() > MAX_PATHWAY_ID_LENGTH) {
                throw new IllegalArgumentException("a pathway id is a non-blank string of at most "
                        + MAX_PATHWAY_ID_LENGTH + " characters; got " + id.length() + " characters");
            }
        }
        return pathwayIds;
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
