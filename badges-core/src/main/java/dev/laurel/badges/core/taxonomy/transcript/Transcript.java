package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.clr.Association;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.clr.ClrSubject;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.PolicyReport;
import dev.laurel.badges.core.taxonomy.policy.Requirements;
import dev.laurel.badges.core.taxonomy.policy.RequirementsReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A Comprehensive Learner Record read through the taxonomy: every nested credential and every achievement the
 * CLR's subject holds directly, classified and grouped by level (the formal ladder Knowledge, Skill, Ability,
 * Certification in order, the informal Participation and Recognition beside it, the unclassified apart); the
 * relations its associations state and the {@link Pathways} they imply; and the nested credentials as a
 * {@link Backpack}, with the verification status the caller supplies for each, so that pathway progress,
 * {@link Policy} decisions and {@link Requirements} run over a CLR unchanged.
 *
 * <p>Nothing in the CLR is dropped silently: what the transcript cannot use (an incomplete association, one
 * whose ends the CLR does not hold, a cycle, two nested credentials with one id) is kept where it can be and
 * reported in {@link #findings()}, each a {@link Problem} with a {@link TranscriptCode} and a JSON Pointer into
 * the CLR.
 *
 * <p>Verification is not core's business: the caller verifies each nested credential (badges-verify does) and
 * passes the outcomes in nested order. Without them every nested credential is
 * {@link VerificationStatus#UNKNOWN}, and decisions and progress, which count verified credentials only by
 * default, count none.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Transcript t = Transcript.of(clr, statuses);          // statuses: one per nested credential, in order
 * t.formal();                                            // knowledge, skill, ability, certification groups
 * t.pathways().all();                                    // programmes implied by isPartOf / isParentOf ...
 * t.progress();                                          // the learner's progress on each
 * t.decide(Requirements.of(oneCertification, twoAbilities), Instant.now()).verdict();
 * }</pre>
 *
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0/">CLR 2.0</a>
 */
public final class Transcript {

    private static final String SUBJECT = "/credentialSubject";

    private final ClrCredential clr;
    private final List<TranscriptEntry> entries;
    private final List<Relation> relations;
    private final Map<String, List<String>> prerequisites;
    private final Pathways pathways;
    private final Backpack backpack;
    private final List<Problem> findings;

    private Transcript(ClrCredential clr, List<TranscriptEntry> entries, List<Relation> relations,
            Map<String, List<String>> prerequisites, Pathways pathways, Backpack backpack, List<Problem> findings) {
        this.clr = clr;
        this.entries = entries;
        this.relations = relations;
        this.prerequisites = prerequisites;
        this.pathways = pathways;
        this.backpack = backpack;
        this.findings = findings;
    }

    /**
     * Reads a CLR with {@link Classifier#standard()}, every nested credential's verification unknown.
     *
     * @param clr the CLR
     * @return the transcript
     * @throws NullPointerException if {@code clr} is null
     */
    public static Transcript of(ClrCredential clr) {
        return of(clr, Classifier.standard(), i -> VerificationStatus.UNKNOWN);
    }

    /**
     * Reads a CLR with {@link Classifier#standard()} and the verification status of each nested credential.
     *
     * @param clr the CLR
     * @param verification one status per nested credential, in {@code verifiableCredential} order
     * @return the transcript
     * @throws NullPointerException if an argument is or holds null
     * @throws IllegalArgumentException if {@code verification} does not have one status per nested credential
     */
    public static Transcript of(ClrCredential clr, List<VerificationStatus> verification) {
        List<VerificationStatus> statuses = List.copyOf(Objects.requireNonNull(verification, "verification"));
        int nested = Objects.requireNonNull(clr, "clr").credentials().size();
        if (statuses.size() != nested) {
            throw new IllegalArgumentException("expected " + nested + " verification statuses, one per nested "
                    + "credential, got " + statuses.size());
        }
        return of(clr, Classifier.standard(), statuses::get);
    }

    /**
     * Reads a CLR with a classifier and a function giving the verification status of the nested credential at
     * each index of {@code verifiableCredential}.
     *
     * @param clr the CLR
     * @param classifier the classifier
     * @param verification the status of the nested credential at an index
     * @return the transcript
     * @throws NullPointerException if an argument is null, or {@code verification} returns null
     */
    public static Transcript of(ClrCredential clr, Classifier classifier, IntFunction<VerificationStatus> verification) {
        Objects.requireNonNull(clr, "clr");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(verification, "verification");
        List<Problem> findings = new ArrayList<>();
        Optional<ClrSubject> subject = clr.credentialSubject();
        if (subject.isEmpty()) {
            findings.add(Problem.error(TranscriptCode.NO_SUBJECT, SUBJECT,
                    "the CLR has no credentialSubject: no learner and no credentials"));
        }
        List<TranscriptEntry> entries = new ArrayList<>();
        Backpack backpack = Backpack.empty(classifier);
        Map<Object, Integer> seen = new HashMap<>();
        List<OpenBadgeCredential> nested = clr.credentials();
        for (int i = 0; i < nested.size(); i++) {
            String path = JsonPointers.child(JsonPointers.child(SUBJECT, "verifiableCredential"), i);
            Credential credential = Credential.of(nested.get(i));
            VerificationStatus status = Objects.requireNonNull(verification.apply(i),
                    "verification status of nested credential " + i);
            TranscriptEntry entry = new TranscriptEntry(EntrySource.NESTED_CREDENTIAL, i, path,
                    nested.get(i).achievement(), Optional.of(credential), classifier.classify(credential), status);
            entries.add(entry);
            // The backpack keys entries by credential id (equal credentials when there is none), so a second
            // nested credential with the same key replaces the first there: say so.
            Object key = credential.id().<Object>map(id -> id).orElse(credential);
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                findings.add(Problem.warning(TranscriptCode.DUPLICATE_CREDENTIAL_ID, path, "nested credential " + i
                        + " has the same id as nested credential " + first + " ("
                        + credential.id().orElse("none, and they are equal")
                        + "); the backpack view keeps this one in the place of the first"));
            }
            backpack = backpack.with(entry.backpackEntry().orElseThrow());
        }
        List<Achievement> own = subject.map(ClrSubject::achievement).orElse(List.of());
        for (int i = 0; i < own.size(); i++) {
            Achievement a = own.get(i);
            entries.add(new TranscriptEntry(EntrySource.SUBJECT_ACHIEVEMENT, i,
                    JsonPointers.child(JsonPointers.child(SUBJECT, "achievement"), i), Optional.of(a), Optional.empty(),
                    classifier.classify(a), VerificationStatus.UNKNOWN));
        }
        Map<String, Achievement> held = new HashMap<>();
        for (Achievement a : subject.map(ClrSubject::allAchievements).orElse(List.of())) {
            a.id().ifPresent(id -> held.putIfAbsent(id, a));
        }
        List<Relation> relations = relations(subject.map(ClrSubject::association).orElse(List.of()), held.keySet(),
                findings);
        AssociationPathways derived = AssociationPathways.derive(relations, held, findings);
        return new Transcript(clr, List.copyOf(entries), relations, derived.prerequisites(), derived.pathways(),
                backpack, List.copyOf(findings));
    }

    private static List<Relation> relations(List<Association> associations, Set<String> held, List<Problem> findings) {
        List<Relation> out = new ArrayList<>(associations.size());
        for (int i = 0; i < associations.size(); i++) {
            Association a = associations.get(i);
            String path = JsonPointers.child(JsonPointers.child(SUBJECT, "association"), i);
            Optional<String> source = a.sourceId().filter(s -> !s.isBlank());
            Optional<String> target = a.targetId().filter(s -> !s.isBlank());
            if (a.associationType().isEmpty() || source.isEmpty() || target.isEmpty()) {
                findings.add(Problem.warning(TranscriptCode.ASSOCIATION_INCOMPLETE, path, "association " + i
                        + " lacks an associationType, a sourceId or a targetId (or one is blank); it implies nothing"));
                continue;
            }
            Relation r = new Relation(i, path, a.associationType().get(), Relation.roleOf(a.associationType().get()),
                    source.get(), target.get(), held.contains(source.get()), held.contains(target.get()));
            if (!r.sourceHeld()) {
                findings.add(Problem.warning(TranscriptCode.ASSOCIATION_NOT_RESOLVED,
                        JsonPointers.child(path, "sourceId"), "the CLR holds no achievement " + r.sourceId()
                                + "; the relation is kept"));
            }
            if (!r.targetHeld()) {
                findings.add(Problem.warning(TranscriptCode.ASSOCIATION_NOT_RESOLVED,
                        JsonPointers.child(path, "targetId"), "the CLR holds no achievement " + r.targetId()
                                + "; the relation is kept"));
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    /**
     * Returns the CLR read.
     *
     * @return the CLR
     */
    public ClrCredential clr() {
        return clr;
    }

    /**
     * Returns the learner's id ({@code credentialSubject.id}).
     *
     * @return the id, or empty when the subject is identified otherwise or absent
     */
    public Optional<String> learnerId() {
        return clr.credentialSubject().flatMap(ClrSubject::id);
    }

    /**
     * Returns the learner's other identifiers ({@code credentialSubject.identifier}).
     *
     * @return the identifiers, possibly none
     */
    public List<IdentityObject> learnerIdentifiers() {
        return clr.credentialSubject().map(ClrSubject::identifier).orElse(List.of());
    }

    /**
     * Returns the CLR's issuer (its publisher), an id or an embedded profile.
     *
     * @return the issuer, or empty when the CLR names none
     */
    public Optional<Ref<Profile>> issuer() {
        return clr.issuer();
    }

    /**
     * Returns the CLR issuer's id.
     *
     * @return the id, or empty
     */
    public Optional<String> issuerId() {
        return clr.issuer().flatMap(Ref::id);
    }

    /**
     * Returns every entry: the nested credentials in {@code verifiableCredential} order, then the subject's
     * own achievements in {@code achievement} order.
     *
     * @return the entries
     */
    public List<TranscriptEntry> entries() {
        return entries;
    }

    /**
     * Returns the entries of the nested credentials, in order; entry {@code i} is nested credential {@code i}.
     *
     * @return the nested credentials' entries
     */
    public List<TranscriptEntry> credentials() {
        return entries.stream().filter(TranscriptEntry::isCredentialled).toList();
    }

    /**
     * Returns the achievements the subject holds without a credential: listed, never verified, never counted.
     *
     * @return their entries, in order
     */
    public List<TranscriptEntry> uncredentialled() {
        return entries.stream().filter(e -> !e.isCredentialled()).toList();
    }

    /**
     * Returns the entries at a level, in entry order.
     *
     * @param level the level
     * @return the group, possibly empty
     * @throws NullPointerException if {@code level} is null
     */
    public LevelGroup group(LevelKind level) {
        Objects.requireNonNull(level, "level");
        Optional<LevelKind> wanted = Optional.of(level);
        return new LevelGroup(level, entries.stream().filter(e -> e.kind().equals(wanted)).toList());
    }

    /**
     * Returns the formal ladder: one group per formal level, in ladder order (Knowledge, Skill, Ability,
     * Certification), empty groups included.
     *
     * @return four groups
     */
    public List<LevelGroup> formal() {
        return groups(true);
    }

    /**
     * Returns the informal levels beside the ladder: Participation, then Recognition, empty groups included.
     *
     * @return two groups
     */
    public List<LevelGroup> informal() {
        return groups(false);
    }

    private List<LevelGroup> groups(boolean formal) {
        Map<LevelKind, List<TranscriptEntry>> by = new EnumMap<>(LevelKind.class);
        for (LevelKind k : LevelKind.values()) {
            if (k.isFormal() == formal) {
                by.put(k, new ArrayList<>());
            }
        }
        for (TranscriptEntry e : entries) {
            e.kind().map(by::get).ifPresent(list -> list.add(e));
        }
        List<LevelGroup> out = new ArrayList<>(by.size());
        // LevelKind declares the formal levels in ladder order, then the informal ones: EnumMap keeps that order.
        by.forEach((k, list) -> out.add(new LevelGroup(k, list)));
        return List.copyOf(out);
    }

    /**
     * Returns the entries the classifier could not place.
     *
     * @return the unclassified entries, in entry order
     */
    public List<TranscriptEntry> unclassified() {
        return entries.stream().filter(e -> e.kind().isEmpty()).toList();
    }

    /**
     * Returns every complete association as a relation, in CLR order (incomplete ones are in
     * {@link #findings()}).
     *
     * @return the relations
     */
    public List<Relation> relations() {
        return relations;
    }

    /**
     * Returns the achievements a {@code precedes} association puts directly before an achievement.
     *
     * @param achievementId the achievement's id
     * @return the prerequisites' ids, in CLR order; none when there are none
     * @throws NullPointerException if {@code achievementId} is null
     */
    public List<String> prerequisites(String achievementId) {
        return prerequisites.getOrDefault(Objects.requireNonNull(achievementId, "achievementId"), List.of());
    }

    /**
     * Returns the pathways the part-of associations imply: one per achievement that has parts (its id is the
     * pathway's id and goal), whose steps are its parts, ordered by {@code precedes} where it orders them; a
     * part that has parts of its own is a sub-pathway step. A checked set ({@link Pathways#of}); what had to be
     * left out to make it one (a cycle) is in {@link #findings()}.
     *
     * @return the pathways, possibly none
     */
    public Pathways pathways() {
        return pathways;
    }

    /**
     * Returns the learner's progress on every derived pathway, counting verified nested credentials only.
     *
     * @return one progress per pathway, in pathway order
     */
    public List<PathwayProgress> progress() {
        return progress(Counting.VERIFIED_ONLY);
    }

    /**
     * Returns the learner's progress on every derived pathway, counting as asked.
     *
     * @param counting {@link Counting#VERIFIED_ONLY}, or {@link Counting#PREVIEW} to count every nested
     *     credential that is not revoked
     * @return one progress per pathway, in pathway order
     * @throws NullPointerException if {@code counting} is null
     */
    public List<PathwayProgress> progress(Counting counting) {
        Objects.requireNonNull(counting, "counting");
        List<PathwayProgress> out = new ArrayList<>();
        for (Pathway p : pathways.all()) {
            out.add(pathways.progress(p.id(), backpack, Optional.empty(), counting));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the nested credentials as a backpack (private, with their classifications and the statuses
     * supplied), for {@link Policy}, {@link Pathways} and the backpack's filters. The subject's own
     * achievements are not in it: no credential asserts them.
     *
     * @return the backpack
     */
    public Backpack backpack() {
        return backpack;
    }

    /**
     * Applies a policy to the nested credentials, verified ones only ({@link Policy#evaluate(Backpack, Instant)}).
     *
     * @param policy the policy
     * @param at the instant to judge at
     * @return the report
     * @throws NullPointerException if an argument is null
     */
    public PolicyReport decide(Policy policy, Instant at) {
        return Objects.requireNonNull(policy, "policy").evaluate(backpack, at);
    }

    /**
     * Counts the nested credentials that meet each requirement, verified ones only
     * ({@link Requirements#evaluate(Backpack, Instant)}): "at least one certification and two abilities in
     * data science, all verified".
     *
     * @param requirements the requirements
     * @param at the instant to judge at
     * @return the report
     * @throws NullPointerException if an argument is null
     */
    public RequirementsReport decide(Requirements requirements, Instant at) {
        return Objects.requireNonNull(requirements, "requirements").evaluate(backpack, at);
    }

    /**
     * Returns what the transcript could not use as it stands, in CLR order of discovery.
     *
     * @return the findings, each with a {@link TranscriptCode} and a JSON Pointer into the CLR
     */
    public List<Problem> findings() {
        return findings;
    }

    /**
     * Tells which achievement ids the CLR holds.
     *
     * @return the ids of the subject's achievements and of the nested credentials' achievements
     */
    public Set<String> achievementIds() {
        Set<String> ids = new HashSet<>();
        for (TranscriptEntry e : entries) {
            e.achievementId().ifPresent(ids::add);
        }
        return Set.copyOf(ids);
    }

    @Override
    public String toString() {
        return "Transcript[" + clr.id().orElse("(no id)") + ", " + entries.size() + " entries, " + relations.size()
                + " relations, " + pathways.all().size() + " pathways, " + findings.size() + " findings]";
    }
}
