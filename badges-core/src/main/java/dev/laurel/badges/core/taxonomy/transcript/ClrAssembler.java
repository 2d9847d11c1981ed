package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.clr.Association;
import dev.laurel.badges.core.model.clr.AssociationType;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.clr.ClrSubject;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import dev.laurel.badges.core.validation.BadgeValidator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Assembles an unsigned Comprehensive Learner Record from credentials a learner holds (a {@link Backpack}'s
 * entries, or {@link OpenBadgeCredential}s): the chosen credentials, nested exactly as they are (they are
 * signed; the assembler never changes or rebuilds one), the publisher, the learner, the name and dates, and
 * the associations between their achievements, given or inferred from {@link Pathways}. Sign the result with
 * badges-verify's signers.
 *
 * <p>{@link #assemble()} refuses, with a {@link ClrAssemblyException} listing every reason at once: no
 * credential chosen ({@link TranscriptCode#NO_CREDENTIALS}); a credential that cannot be nested as it is, an
 * OB 2.0 assertion or one received as a VC-JWT, whose signature is on a JWS a CLR's object list cannot carry
 * ({@link TranscriptCode#NOT_NESTABLE}); two different credentials with one id
 * ({@link TranscriptCode#DUPLICATE_CREDENTIAL_ID}); credentials about different learners
 * ({@link TranscriptCode#DIFFERENT_LEARNERS}, unless {@link #allowDifferentLearners()}); no learner
 * ({@link TranscriptCode#NO_LEARNER}); an association naming an achievement the CLR would not hold
 * ({@link TranscriptCode#UNKNOWN_ACHIEVEMENT}, unless {@link #allowUnknownAchievements()}); and a result that
 * {@link BadgeValidator#standard()} finds errors in ({@link TranscriptCode#INVALID_CLR}).
 *
 * <p>Not thread-safe; a new assembler per CLR.
 *
 * <pre>{@code
 * ClrCredential clr = ClrAssembler.create()
 *         .id("urn:uuid:2d1f7ac8-3d6f-4f6e-9e55-7a4c1f0b9c11")
 *         .name("Transcript of Sam")
 *         .issuer(Profile.of("https://registrar.example.edu", "Example University"))
 *         .validFrom(Instant.parse("2025-06-30T00:00:00Z"))
 *         .learner("did:example:sam")
 *         .choose(backpack, BackpackEntry::isVerified)
 *         .associate(Association.of(AssociationType.IS_PART_OF, courseId, programmeId))
 *         .inferAssociations(programmes)
 *         .assemble();
 * }</pre>
 */
public final class ClrAssembler {

    private static final String SUBJECT = "/credentialSubject";

    private final ClrCredential.Builder clr = ClrCredential.builder();
    private final List<Chosen> chosen = new ArrayList<>();
    private final List<Achievement> achievements = new ArrayList<>();
    private final List<Association> associations = new ArrayList<>();
    private final List<Pathways> inferFrom = new ArrayList<>();
    private final List<IdentityObject> identifiers = new ArrayList<>();
    private Optional<String> learner = Optional.empty();
    private boolean differentLearners;
    private boolean unknownAchievements;

    /** A chosen credential, or why it cannot be nested. */
    private record Chosen(Optional<OpenBadgeCredential> credential, String label, Optional<String> notNestable) {
    }

    private ClrAssembler() {
    }

    /**
     * Returns an empty assembler.
     *
     * @return the assembler
     */
    public static ClrAssembler create() {
        return new ClrAssembler();
    }

    /**
     * Sets the CLR's id (required).
     *
     * @param id a URI, e.g. {@code urn:uuid:...}
     * @return this assembler
     * @throws NullPointerException if {@code id} is null
     */
    public ClrAssembler id(String id) {
        clr.id(Objects.requireNonNull(id, "id"));
        return this;
    }

    /**
     * Sets the CLR's name (required).
     *
     * @param name the name shown in wallets
     * @return this assembler
     * @throws NullPointerException if {@code name} is null
     */
    public ClrAssembler name(String name) {
        clr.name(Objects.requireNonNull(name, "name"));
        return this;
    }

    /**
     * Sets the CLR's description.
     *
     * @param description the description
     * @return this assembler
     * @throws NullPointerException if {@code description} is null
     */
    public ClrAssembler description(String description) {
        clr.description(Objects.requireNonNull(description, "description"));
        return this;
    }

    /**
     * Sets the publisher (required), embedded as a profile.
     *
     * @param issuer the publisher's profile
     * @return this assembler
     * @throws NullPointerException if {@code issuer} is null
     */
    public ClrAssembler issuer(Profile issuer) {
        clr.issuer(Objects.requireNonNull(issuer, "issuer"));
        return this;
    }

    /**
     * Sets when the CLR becomes valid (required).
     *
     * @param validFrom the instant
     * @return this assembler
     * @throws NullPointerException if {@code validFrom} is null
     */
    public ClrAssembler validFrom(Instant validFrom) {
        clr.validFrom(Objects.requireNonNull(validFrom, "validFrom"));
        return this;
    }

    /**
     * Sets when the CLR stops being valid.
     *
     * @param validUntil the instant
     * @return this assembler
     * @throws NullPointerException if {@code validUntil} is null
     */
    public ClrAssembler validUntil(Instant validUntil) {
        clr.validUntil(Objects.requireNonNull(validUntil, "validUntil"));
        return this;
    }

    /**
     * Says whether the CLR leaves out assertions the publisher knows of for the learner ({@code partial}).
     *
     * @param partial {@code true} for a selection
     * @return this assembler
     */
    public ClrAssembler partial(boolean partial) {
        clr.partial(partial);
        return this;
    }

    /**
     * Sets the learner's id ({@code credentialSubject.id}). Without it the learner is the first chosen
     * credential's subject id.
     *
     * @param learnerId the learner's URI, e.g. a DID
     * @return this assembler
     * @throws NullPointerException if {@code learnerId} is null
     * @throws IllegalArgumentException if {@code learnerId} is blank
     */
    public ClrAssembler learner(String learnerId) {
        Objects.requireNonNull(learnerId, "learnerId");
        if (learnerId.isBlank()) {
            throw new IllegalArgumentException("learnerId must not be blank");
        }
        learner = Optional.of(learnerId);
        return this;
    }

    /**
     * Adds an identifier of the learner ({@code credentialSubject.identifier}); a chosen credential whose
     * subject has no id matches the learner when it carries one of these identifiers.
     *
     * @param identifier the identifier, plain or hashed
     * @return this assembler
     * @throws NullPointerException if {@code identifier} is null
     */
    public ClrAssembler learnerIdentifier(IdentityObject identifier) {
        identifiers.add(Objects.requireNonNull(identifier, "identifier"));
        return this;
    }

    /**
     * Chooses a credential, nested as it is. Choosing an equal credential again has no effect.
     *
     * @param credential the credential
     * @return this assembler
     * @throws NullPointerException if {@code credential} is null
     */
    public ClrAssembler choose(OpenBadgeCredential credential) {
        Objects.requireNonNull(credential, "credential");
        chosen.add(new Chosen(Optional.of(credential), credential.id().orElse("(no id)"), Optional.empty()));
        return this;
    }

    /**
     * Chooses a backpack entry's credential. Only an OB 3.0 credential received as a JSON object can be nested
     * as it is; any other is refused when assembling ({@link TranscriptCode#NOT_NESTABLE}).
     *
     * @param entry the entry
     * @return this assembler
     * @throws NullPointerException if {@code entry} is null
     */
    public ClrAssembler choose(BackpackEntry entry) {
        Credential c = Objects.requireNonNull(entry, "entry").credential();
        String label = c.id().orElse("(no id)");
        if (c.compactJws().isPresent()) {
            chosen.add(new Chosen(Optional.empty(), label, Optional.of("it was received as a VC-JWT: its signature is "
                    + "on the compact JWS, and a CLR's verifiableCredential nests credential objects")));
        } else if (c.ob3().isEmpty()) {
            chosen.add(new Chosen(Optional.empty(), label, Optional.of("it is an Open Badges 2.0 assertion: a CLR 2.0 "
                    + "nests Open Badges 3.0 credentials")));
        } else {
            chosen.add(new Chosen(c.ob3(), label, Optional.empty()));
        }
        return this;
    }

    /**
     * Chooses the entries of a backpack a predicate accepts, in backpack order.
     *
     * @param backpack the backpack
     * @param which which entries to choose, e.g. {@code BackpackEntry::isVerified}
     * @return this assembler
     * @throws NullPointerException if an argument is null
     */
    public ClrAssembler choose(Backpack backpack, Predicate<? super BackpackEntry> which) {
        Objects.requireNonNull(which, "which");
        for (BackpackEntry e : Objects.requireNonNull(backpack, "backpack").entries()) {
            if (which.test(e)) {
                choose(e);
            }
        }
        return this;
    }

    /**
     * Chooses backpack entries, in order.
     *
     * @param entries the entries
     * @return this assembler
     * @throws NullPointerException if {@code entries} is or holds null
     */
    public ClrAssembler chooseAll(Collection<BackpackEntry> entries) {
        Objects.requireNonNull(entries, "entries").forEach(this::choose);
        return this;
    }

    /**
     * Adds an achievement the subject holds without a credential ({@code credentialSubject.achievement}), for
     * example the programme the chosen courses are part of; associations may name it.
     *
     * @param achievement the achievement
     * @return this assembler
     * @throws NullPointerException if {@code achievement} is null
     */
    public ClrAssembler achievement(Achievement achievement) {
        achievements.add(Objects.requireNonNull(achievement, "achievement"));
        return this;
    }

    /**
     * Adds an association between two achievements of the CLR. An equal association given twice is kept once.
     *
     * @param association the association
     * @return this assembler
     * @throws NullPointerException if {@code association} is null
     */
    public ClrAssembler associate(Association association) {
        associations.add(Objects.requireNonNull(association, "association"));
        return this;
    }

    /**
     * Adds the associations a set of pathways implies between the CLR's achievements: for a pathway with a goal,
     * {@code isPartOf} from each achievement its steps name (required achievements, the options of a choice, and
     * the goal of a sub-pathway) to the goal, when the CLR holds both. Competency steps name no achievement and
     * imply nothing. Inferred associations come after the given ones; one equal to a given one is not repeated.
     *
     * @param pathways the pathways
     * @return this assembler
     * @throws NullPointerException if {@code pathways} is null
     */
    public ClrAssembler inferAssociations(Pathways pathways) {
        inferFrom.add(Objects.requireNonNull(pathways, "pathways"));
        return this;
    }

    /**
     * Lets the chosen credentials be about different learners (a CLR of a group's records, say); the CLR's
     * learner is then the one given, or the first credential's.
     *
     * @return this assembler
     */
    public ClrAssembler allowDifferentLearners() {
        differentLearners = true;
        return this;
    }

    /**
     * Lets associations name achievements the CLR does not hold (CLR 2.0 states the rule without a MUST);
     * validation then warns ({@code ASSOCIATION_NOT_RESOLVED}).
     *
     * @return this assembler
     */
    public ClrAssembler allowUnknownAchievements() {
        unknownAchievements = true;
        return this;
    }

    /**
     * Assembles the unsigned CLR.
     *
     * @return the CLR, which {@link BadgeValidator#standard()} finds no error in
     * @throws ClrAssemblyException with every reason, when the CLR cannot be assembled as asked
     * @throws IllegalStateException if the id, name, issuer or validFrom was not set
     */
    public ClrCredential assemble() {
        List<Problem> problems = new ArrayList<>();
        List<OpenBadgeCredential> nested = nested(problems);
        Optional<String> learnerId = learner(nested, problems);
        Set<String> held = new HashSet<>();
        for (Achievement a : achievements) {
            a.id().ifPresent(held::add);
        }
        for (OpenBadgeCredential c : nested) {
            c.achievement().flatMap(Achievement::id).ifPresent(held::add);
        }
        List<Association> all = associations(held);
        if (!unknownAchievements) {
            for (int i = 0; i < all.size(); i++) {
                String path = JsonPointers.child(JsonPointers.child(SUBJECT, "association"), i);
                unknown(all.get(i).sourceId(), held, JsonPointers.child(path, "sourceId"), problems);
                unknown(all.get(i).targetId(), held, JsonPointers.child(path, "targetId"), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ClrAssemblyException(problems);
        }
        ClrSubject.Builder subject = ClrSubject.builder().identifier(identifiers).achievement(achievements)
                .verifiableCredential(nested).association(all);
        learnerId.ifPresent(subject::id);
        ClrCredential result = clr.credentialSubject(subject.build()).build();
        List<Problem> errors = new ArrayList<>();
        for (Problem p : BadgeValidator.standard().validate(result)) {
            if (p.severity() == Severity.ERROR) {
                errors.add(Problem.error(TranscriptCode.INVALID_CLR, p.path(), p.code().name() + ": " + p.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ClrAssemblyException(errors);
        }
        return result;
    }

    private List<OpenBadgeCredential> nested(List<Problem> problems) {
        if (chosen.isEmpty()) {
            problems.add(Problem.error(TranscriptCode.NO_CREDENTIALS, JsonPointers.child(SUBJECT,
                    "verifiableCredential"), "no credential was chosen: a CLR nests at least one"));
            return List.of();
        }
        List<OpenBadgeCredential> out = new ArrayList<>();
        Map<String, OpenBadgeCredential> byId = new HashMap<>();
        for (Chosen c : chosen) {
            String path = JsonPointers.child(JsonPointers.child(SUBJECT, "verifiableCredential"), out.size());
            if (c.notNestable().isPresent()) {
                problems.add(Problem.error(TranscriptCode.NOT_NESTABLE, path, "credential " + c.label()
                        + " cannot be nested as it is: " + c.notNestable().get()));
                continue;
            }
            OpenBadgeCredential credential = c.credential().orElseThrow();
            if (out.contains(credential)) {
                continue;
            }
            Optional<String> id = credential.id();
            if (id.isPresent() && byId.containsKey(id.get())) {
                problems.add(Problem.error(TranscriptCode.DUPLICATE_CREDENTIAL_ID, path, "two different chosen "
                        + "credentials have the id " + id.get()));
                continue;
            }
            id.ifPresent(i -> byId.put(i, credential));
            out.add(credential);
        }
        return out;
    }

    private Optional<String> learner(List<OpenBadgeCredential> nested, List<Problem> problems) {
        Optional<String> id = learner.or(() -> nested.isEmpty() ? Optional.empty()
                : nested.get(0).credentialSubject().flatMap(AchievementSubject::id));
        if (id.isEmpty() && identifiers.isEmpty()) {
            if (!nested.isEmpty()) {
                problems.add(Problem.error(TranscriptCode.NO_LEARNER, SUBJECT, "no learner was given and the first "
                        + "credential's subject has no id: give the learner's id or an identifier"));
            }
            return id;
        }
        if (differentLearners) {
            return id;
        }
        for (int i = 0; i < nested.size(); i++) {
            Optional<AchievementSubject> s = nested.get(i).credentialSubject();
            Optional<String> subjectId = s.flatMap(AchievementSubject::id);
            boolean same = subjectId.isPresent()
                    ? subjectId.equals(id)
                    : s.map(AchievementSubject::identifier).orElse(List.of()).stream().anyMatch(identifiers::contains);
            if (!same) {
                problems.add(Problem.error(TranscriptCode.DIFFERENT_LEARNERS, JsonPointers.child(JsonPointers.child(
                        SUBJECT, "verifiableCredential"), i), "credential " + nested.get(i).id().orElse("(no id)")
                        + " is about " + subjectId.orElse("a learner known by other identifiers") + ", not "
                        + id.orElse("the learner's identifiers")));
            }
        }
        return id;
    }

    private List<Association> associations(Set<String> held) {
        Set<Association> out = new LinkedHashSet<>(associations);
        for (Pathways set : inferFrom) {
            for (Pathway p : set.all()) {
                Optional<String> goal = p.goalAchievementId().filter(held::contains);
                if (goal.isEmpty()) {
                    continue;
                }
                Set<String> parts = new LinkedHashSet<>();
                for (Step s : p.steps()) {
                    partsOf(s, set, parts);
                }
                for (String part : parts) {
                    if (held.contains(part) && !part.equals(goal.get())) {
                        out.add(Association.of(AssociationType.IS_PART_OF, part, goal.get()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static void partsOf(Step step, Pathways set, Set<String> out) {
        switch (step.kind()) {
            case REQUIRED_ACHIEVEMENT:
                out.add(((Step.RequiredAchievement) step).achievementId());
                break;
            case ANY_OF:
                for (Step option : ((Step.AnyOf) step).options()) {
                    partsOf(option, set, out);
                }
                break;
            case SUB_PATHWAY:
                set.get(((Step.SubPathway) step).pathwayId()).flatMap(Pathway::goalAchievementId).ifPresent(out::add);
                break;
            case COMPETENCY_AT_LEVEL:
                break;
        }
    }

    private static void unknown(Optional<String> id, Set<String> held, String path, List<Problem> problems) {
        if (id.isPresent() && !held.contains(id.get())) {
            problems.add(Problem.error(TranscriptCode.UNKNOWN_ACHIEVEMENT, path, "the CLR would hold no achievement "
                    + id.get() + ": choose a credential for it, add it with achievement(..), or "
                    + "allowUnknownAchievements()"));
        }
    }
}
