package dev.laurel.badges.core.taxonomy.backpack;

import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.BadgeDefinition;
import dev.laurel.badges.core.taxonomy.credential.Credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A learner's collection of credentials, OB 3.0 and OB 2.0 together, in the order they were added.
 *
 * <p>An immutable value: {@link #with(Credential)}, {@link #without(String)} and the other {@code with}
 * methods return a new backpack and leave this one as it was, so a backpack can be shared between
 * threads freely. Each credential is classified once, when it is added, by the backpack's classifier.
 *
 * <p>Credentials are de-duplicated by id: adding a credential whose id is already held replaces that
 * entry in place (keeping its visibility; the verification status goes back to unknown unless the
 * credential is the same). Credentials without an id are de-duplicated only when equal.
 *
 * <p>New entries are {@link Visibility#PRIVATE} with an {@link VerificationStatus#UNKNOWN} status
 * unless stated. Look-ups by achievement, competency, issuer and id use indexes built on first use.
 *
 * <pre>{@code
 * Backpack pack = Backpack.empty()
 *         .with(Credential.of(credential), Visibility.PUBLIC, VerificationStatus.verified(now))
 *         .with(Credential.of(assertion));
 * pack.byLevel(LevelKind.SKILL);
 * pack.summary().count(LevelKind.CERTIFICATION);
 * pack.exportOb3(Audience.PUBLIC);
 * }</pre>
 */
public final class Backpack {

    private static final Backpack EMPTY = new Backpack(Classifier.standard(), List.of());

    private final Classifier classifier;
    private final List<BackpackEntry> entries;
    private volatile Index index;

    private Backpack(Classifier classifier, List<BackpackEntry> entries) {
        this.classifier = classifier;
        this.entries = entries;
    }

    /**
     * Returns an empty backpack that classifies with {@link Classifier#standard()}.
     *
     * @return the backpack
     */
    public static Backpack empty() {
        return EMPTY;
    }

    /**
     * Returns an empty backpack that classifies with the given classifier.
     *
     * @param classifier the classifier
     * @return the backpack
     * @throws NullPointerException if {@code classifier} is null
     */
    public static Backpack empty(Classifier classifier) {
        return new Backpack(Objects.requireNonNull(classifier, "classifier"), List.of());
    }

    /**
     * Returns a backpack holding the given credentials (private, status unknown), de-duplicated.
     *
     * @param credentials the credentials, in order
     * @return the backpack
     * @throws NullPointerException if {@code credentials} is or holds null
     */
    public static Backpack of(Collection<Credential> credentials) {
        return EMPTY.withAll(credentials);
    }

    /**
     * Returns the classifier new credentials are classified with.
     *
     * @return the classifier
     */
    public Classifier classifier() {
        return classifier;
    }

    /**
     * Returns the entries in the order they were added.
     *
     * @return the entries
     */
    public List<BackpackEntry> entries() {
        return entries;
    }

    /**
     * Returns the number of credentials.
     *
     * @return the size
     */
    public int size() {
        return entries.size();
    }

    /**
     * Tells whether the backpack is empty.
     *
     * @return {@code true} if it holds nothing
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Adds a credential as {@link Visibility#PRIVATE} with an unknown verification status, or replaces
     * the entry with the same id (see the class comment).
     *
     * @param credential the credential
     * @return the new backpack
     * @throws NullPointerException if {@code credential} is null
     */
    public Backpack with(Credential credential) {
        Objects.requireNonNull(credential, "credential");
        int at = indexOf(credential);
        if (at >= 0) {
            BackpackEntry old = entries.get(at);
            if (old.credential().equals(credential)) {
                return this;
            }
            return replace(at, entry(credential, old.visibility(), VerificationStatus.UNKNOWN));
        }
        return append(entry(credential, Visibility.PRIVATE, VerificationStatus.UNKNOWN));
    }

    /**
     * Adds a credential with the given visibility and verification status, or replaces the entry with
     * the same id.
     *
     * @param credential the credential
     * @param visibility who may see it
     * @param verification what is known of its verification
     * @return the new backpack
     * @throws NullPointerException if an argument is null
     */
    public Backpack with(Credential credential, Visibility visibility, VerificationStatus verification) {
        return with(entry(Objects.requireNonNull(credential, "credential"), visibility, verification));
    }

    /**
     * Adds an entry as given (its classification is kept), or replaces the entry with the same id.
     *
     * @param entry the entry
     * @return the new backpack
     * @throws NullPointerException if {@code entry} is null
     */
    public Backpack with(BackpackEntry entry) {
        Objects.requireNonNull(entry, "entry");
        int at = indexOf(entry.credential());
        if (at >= 0) {
            return entries.get(at).equals(entry) ? this : replace(at, entry);
        }
        return append(entry);
    }

    /**
     * Adds many credentials at once (private, status unknown), as {@link #with(Credential)} would one by
     * one, in linear time.
     *
     * @param credentials the credentials, in order
     * @return the new backpack
     * @throws NullPointerException if {@code credentials} is or holds null
     */
    public Backpack withAll(Collection<Credential> credentials) {
        Objects.requireNonNull(credentials, "credentials");
        List<BackpackEntry> list = new ArrayList<>(entries.size() + credentials.size());
        list.addAll(entries);
        Map<Object, Integer> positions = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            positions.put(key(list.get(i).credential()), i);
        }
        for (Credential c : credentials) {
            Objects.requireNonNull(c, "credentials element");
            Object key = key(c);
            Integer at = positions.get(key);
            if (at == null) {
                positions.put(key, list.size());
                list.add(entry(c, Visibility.PRIVATE, VerificationStatus.UNKNOWN));
            } else if (!list.get(at).credential().equals(c)) {
                list.set(at, entry(c, list.get(at).visibility(), VerificationStatus.UNKNOWN));
            }
        }
        return new Backpack(classifier, Collections.unmodifiableList(list));
    }

    /**
     * Removes the credential with the id.
     *
     * @param credentialId the id
     * @return the new backpack, or this one if no credential has the id
     * @throws NullPointerException if {@code credentialId} is null
     */
    public Backpack without(String credentialId) {
        Objects.requireNonNull(credentialId, "credentialId");
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().filter(credentialId::equals).isPresent()) {
                List<BackpackEntry> list = new ArrayList<>(entries);
                list.remove(i);
                return new Backpack(classifier, Collections.unmodifiableList(list));
            }
        }
        return this;
    }

    /**
     * Removes a credential: the one with its id, or an equal one when it has none.
     *
     * @param credential the credential
     * @return the new backpack, or this one if it is not held
     * @throws NullPointerException if {@code credential} is null
     */
    public Backpack without(Credential credential) {
        int at = indexOf(Objects.requireNonNull(credential, "credential"));
        if (at < 0) {
            return this;
        }
        List<BackpackEntry> list = new ArrayList<>(entries);
        list.remove(at);
        return new Backpack(classifier, Collections.unmodifiableList(list));
    }

    /**
     * Changes who may see a credential.
     *
     * @param credentialId the credential's id
     * @param visibility the visibility
     * @return the new backpack
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no credential has the id
     */
    public Backpack withVisibility(String credentialId, Visibility visibility) {
        Objects.requireNonNull(visibility, "visibility");
        int at = required(credentialId);
        return replace(at, entries.get(at).withVisibility(visibility));
    }

    /**
     * Records what is known of a credential's verification.
     *
     * @param credentialId the credential's id
     * @param verification the status
     * @return the new backpack
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no credential has the id
     */
    public Backpack withVerification(String credentialId, VerificationStatus verification) {
        Objects.requireNonNull(verification, "verification");
        int at = required(credentialId);
        return replace(at, entries.get(at).withVerification(verification));
    }

    /**
     * Returns the entry of a credential.
     *
     * @param credentialId the id
     * @return the entry, or empty if not held
     * @throws NullPointerException if {@code credentialId} is null
     */
    public Optional<BackpackEntry> get(String credentialId) {
        Objects.requireNonNull(credentialId, "credentialId");
        return Optional.ofNullable(index().byId.get(credentialId));
    }

    /**
     * Tells whether a credential with the id is held.
     *
     * @param credentialId the id
     * @return {@code true} if held
     * @throws NullPointerException if {@code credentialId} is null
     */
    public boolean contains(String credentialId) {
        return get(credentialId).isPresent();
    }

    /**
     * Returns the entries for which the predicate holds, in order.
     *
     * @param predicate the test
     * @return the entries
     * @throws NullPointerException if {@code predicate} is null
     */
    public List<BackpackEntry> filter(Predicate<? super BackpackEntry> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        List<BackpackEntry> out = new ArrayList<>();
        for (BackpackEntry e : entries) {
            if (predicate.test(e)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the credentials classified at exactly a level.
     *
     * @param kind the level
     * @return the entries, in order
     * @throws NullPointerException if {@code kind} is null
     */
    public List<BackpackEntry> byLevel(LevelKind kind) {
        Objects.requireNonNull(kind, "kind");
        return filter(e -> e.kind().filter(kind::equals).isPresent());
    }

    /**
     * Returns the credentials classified at or above a level (see {@link CredentialLevel#isAtLeast}).
     *
     * @param level the least level
     * @return the entries, in order
     * @throws NullPointerException if {@code level} is null
     */
    public List<BackpackEntry> atOrAbove(CredentialLevel level) {
        Objects.requireNonNull(level, "level");
        return filter(e -> e.level().filter(l -> l.isAtLeast(level)).isPresent());
    }

    /**
     * Returns the unclassified credentials.
     *
     * @return the entries, in order
     */
    public List<BackpackEntry> unclassified() {
        return filter(e -> !e.classification().isClassified());
    }

    /**
     * Returns the credentials from an issuer.
     *
     * @param issuerId the issuer's id
     * @return the entries, in order
     * @throws NullPointerException if {@code issuerId} is null
     */
    public List<BackpackEntry> byIssuer(String issuerId) {
        Objects.requireNonNull(issuerId, "issuerId");
        return index().byIssuer.getOrDefault(issuerId, List.of());
    }

    /**
     * Returns the credentials aligned to a competency (by alignment {@code targetUrl} or
     * {@code targetCode}).
     *
     * @param competency the competency URL or code
     * @return the entries, in order
     * @throws NullPointerException if {@code competency} is null
     */
    public List<BackpackEntry> byCompetency(String competency) {
        Objects.requireNonNull(competency, "competency");
        return index().byCompetency.getOrDefault(competency, List.of());
    }

    /**
     * Returns the credentials for an achievement or badge class.
     *
     * @param achievementId the achievement's id
     * @return the entries, in order
     * @throws NullPointerException if {@code achievementId} is null
     */
    public List<BackpackEntry> byAchievement(String achievementId) {
        Objects.requireNonNull(achievementId, "achievementId");
        return index().byAchievement.getOrDefault(achievementId, List.of());
    }

    /**
     * Returns the credentials expired at an instant.
     *
     * @param at the instant
     * @return the entries, in order
     * @throws NullPointerException if {@code at} is null
     */
    public List<BackpackEntry> expiredAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return filter(e -> e.credential().isExpiredAt(at));
    }

    /**
     * Returns the revoked credentials (see {@link BackpackEntry#isRevoked()}).
     *
     * @return the entries, in order
     */
    public List<BackpackEntry> revoked() {
        return filter(BackpackEntry::isRevoked);
    }

    /**
     * Returns the credentials that do not count as verified: not verified, unknown, or revoked.
     *
     * @return the entries, in order
     */
    public List<BackpackEntry> unverified() {
        return filter(e -> !e.isVerified());
    }

    /**
     * Returns the credentials usable at an instant (see {@link BackpackEntry#isUsableAt}).
     *
     * @param at the instant
     * @return the entries, in order
     * @throws NullPointerException if {@code at} is null
     */
    public List<BackpackEntry> usableAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return filter(e -> e.isUsableAt(at));
    }

    /**
     * Returns what an audience may see.
     *
     * @param audience who is looking
     * @return the entries, in order
     * @throws NullPointerException if {@code audience} is null
     */
    public List<BackpackEntry> visibleTo(Audience audience) {
        Objects.requireNonNull(audience, "audience");
        return filter(e -> e.visibility().isVisibleTo(audience));
    }

    /**
     * Counts the credentials per level.
     *
     * @return the summary
     */
    public LevelSummary summary() {
        Map<LevelKind, Integer> counts = new EnumMap<>(LevelKind.class);
        for (LevelKind k : LevelKind.values()) {
            counts.put(k, 0);
        }
        int unclassified = 0;
        for (BackpackEntry e : entries) {
            Optional<LevelKind> k = e.kind();
            if (k.isPresent()) {
                counts.merge(k.get(), 1, Integer::sum);
            } else {
                unclassified++;
            }
        }
        return new LevelSummary(counts, unclassified);
    }

    /**
     * Returns what an OB 3.0 {@code GetOpenBadgeCredentialsResponse} for an audience carries: only what
     * the audience may see, each credential in the form it was received in.
     *
     * @param audience who the export is for
     * @return the export
     * @throws NullPointerException if {@code audience} is null
     */
    public Ob3Export exportOb3(Audience audience) {
        List<OpenBadgeCredential> objects = new ArrayList<>();
        List<String> jws = new ArrayList<>();
        List<BackpackEntry> other = new ArrayList<>();
        for (BackpackEntry e : visibleTo(audience)) {
            Credential c = e.credential();
            if (c.ob3().isEmpty()) {
                other.add(e);
            } else if (c.compactJws().isPresent()) {
                jws.add(c.compactJws().get());
            } else {
                objects.add(c.ob3().get());
            }
        }
        return new Ob3Export(objects, jws, other);
    }

    private BackpackEntry entry(Credential credential, Visibility visibility, VerificationStatus verification) {
        return new BackpackEntry(credential, classifier.classify(credential), visibility, verification);
    }

    private static Object key(Credential c) {
        return c.id().isPresent() ? c.id().get() : c;
    }

    private int indexOf(Credential credential) {
        Optional<String> id = credential.id();
        for (int i = 0; i < entries.size(); i++) {
            Credential held = entries.get(i).credential();
            if (id.isPresent() ? id.equals(held.id()) : held.id().isEmpty() && held.equals(credential)) {
                return i;
            }
        }
        return -1;
    }

    private int required(String credentialId) {
        Objects.requireNonNull(credentialId, "credentialId");
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().filter(credentialId::equals).isPresent()) {
                return i;
            }
        }
        throw new IllegalArgumentException("no credential with id \"" + credentialId + "\" in the backpack");
    }

    private Backpack append(BackpackEntry entry) {
        List<BackpackEntry> list = new ArrayList<>(entries.size() + 1);
        list.addAll(entries);
        list.add(entry);
        return new Backpack(classifier, Collections.unmodifiableList(list));
    }

    private Backpack replace(int at, BackpackEntry entry) {
        List<BackpackEntry> list = new ArrayList<>(entries);
        list.set(at, entry);
        return new Backpack(classifier, Collections.unmodifiableList(list));
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            i = new Index(entries);
            index = i;
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Backpack other && classifier == other.classifier && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Backpack[" + entries.size() + " credentials]";
    }

    /** Look-up tables, built once per backpack; racing threads build equal ones. */
    private static final class Index {
        final Map<String, BackpackEntry> byId = new HashMap<>();
        final Map<String, List<BackpackEntry>> byAchievement = new HashMap<>();
        final Map<String, List<BackpackEntry>> byCompetency = new HashMap<>();
        final Map<String, List<BackpackEntry>> byIssuer = new HashMap<>();

        Index(List<BackpackEntry> entries) {
            for (BackpackEntry e : entries) {
                Credential c = e.credential();
                c.id().ifPresent(id -> byId.putIfAbsent(id, e));
                c.achievementId().ifPresent(id -> add(byAchievement, id, e));
                c.issuerId().ifPresent(id -> add(byIssuer, id, e));
                c.definition().map(BadgeDefinition::competencyKeys).orElse(List.of())
                        .forEach(key -> add(byCompetency, key, e));
            }
            freeze(byAchievement);
            freeze(byCompetency);
            freeze(byIssuer);
        }

        private static void add(Map<String, List<BackpackEntry>> map, String key, BackpackEntry e) {
            map.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
        }

        private static void freeze(Map<String, List<BackpackEntry>> map) {
            map.replaceAll((k, v) -> List.copyOf(v));
        }
    }
}
