package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.UnverifiedEntry;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A checked set of pathways that may refer to one another, and the progress of a learner toward each.
 *
 * <p>{@link #validate} reports, as {@link Problem}s with JSON Pointers into the list of pathways
 * ({@code /0/steps/2/options/1/required}), every blank id, duplicate id, empty pathway or choice, N out
 * of range, reference to an unknown pathway, cycle (a pathway that includes itself directly or through
 * others) and pathway that cannot be completed. {@link #of} accepts only a set without problems.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Pathways all = Pathways.of(List.of(foundations, cloudArchitect));
 * PathwayProgress p = all.progress("cloud-architect", backpack, Instant.now()); // verified only
 * p.nextSteps();
 * p.ignored();   // the unverified credentials left out, with the reason
 * PathwayProgress plan = all.progress("cloud-architect", backpack, Optional.empty(), Counting.PREVIEW);
 * }</pre>
 */
public final class Pathways {

    /**
     * The deepest nesting of sub-pathways a set may have (a pathway whose step is a pathway whose step is
     * ...); deeper sets are refused by {@link #validate} so that evaluation stays bounded.
     */
    public static final int MAX_NESTING = 100;

    private final Map<String, Pathway> byId;

    private Pathways(Map<String, Pathway> byId) {
        this.byId = byId;
    }

    /**
     * Checks a set of pathways and returns it.
     *
     * @param pathways the pathways, in order
     * @return the checked set
     * @throws NullPointerException if {@code pathways} is or holds null
     * @throws InvalidPathwayException if {@link #validate} finds any problem
     */
    public static Pathways of(Collection<Pathway> pathways) {
        List<Pathway> list = List.copyOf(Objects.requireNonNull(pathways, "pathways"));
        List<Problem> problems = validate(list);
        if (!problems.isEmpty()) {
            throw new InvalidPathwayException(problems);
        }
        Map<String, Pathway> byId = new LinkedHashMap<>();
        list.forEach(p -> byId.put(p.id(), p));
        return new Pathways(byId);
    }

    /**
     * Returns the pathways.
     *
     * @return the pathways, in the order given
     */
    public List<Pathway> all() {
        return List.copyOf(byId.values());
    }

    /**
     * Returns a pathway by id.
     *
     * @param pathwayId the id
     * @return the pathway, or empty if not in the set
     * @throws NullPointerException if {@code pathwayId} is null
     */
    public Optional<Pathway> get(String pathwayId) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(pathwayId, "pathwayId")));
    }

    /**
     * Computes progress toward a pathway, counting only credentials whose verification the caller
     * supplied as passed ({@link Counting#VERIFIED_ONLY}, the default): a credential never verified
     * ({@code VerificationStatus.UNKNOWN}), one whose verification failed and a revoked one do not count,
     * and {@link PathwayProgress#ignored()} lists them with the reason. Validity dates are not judged;
     * see {@link #progress(String, Backpack, Instant)}. For a preview that counts unverified credentials
     * too, pass {@link Counting#PREVIEW} to {@link #progress(String, Backpack, Optional, Counting)}.
     *
     * @param pathwayId the pathway's id
     * @param backpack the learner's credentials
     * @return the progress
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no pathway has the id
     */
    public PathwayProgress progress(String pathwayId, Backpack backpack) {
        return progress(pathwayId, backpack, Optional.empty(), Counting.VERIFIED_ONLY);
    }

    /**
     * Computes progress toward a pathway at an instant, counting only credentials whose verification the
     * caller supplied as passed ({@link Counting#VERIFIED_ONLY}, the default; the others are listed in
     * {@link PathwayProgress#ignored()}) and that are usable then (not revoked, not expired, already
     * valid; see {@link BackpackEntry#isUsableAt}).
     *
     * @param pathwayId the pathway's id
     * @param backpack the learner's credentials
     * @param at the instant to judge at
     * @return the progress
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no pathway has the id
     */
    public PathwayProgress progress(String pathwayId, Backpack backpack, Instant at) {
        Objects.requireNonNull(at, "at");
        return progress(pathwayId, backpack, Optional.of(at), Counting.VERIFIED_ONLY);
    }

    /**
     * Computes progress toward a pathway, counting what {@code counting} admits: with
     * {@link Counting#VERIFIED_ONLY} (what the other {@code progress} methods do), only credentials whose
     * verification the caller supplied as passed, the others listed in {@link PathwayProgress#ignored()};
     * with {@link Counting#PREVIEW}, every one, the unverified still listed in
     * {@link PathwayProgress#unverified()}. Revoked credentials never count; with an instant, neither do
     * expired or not-yet-valid ones.
     *
     * @param pathwayId the pathway's id
     * @param backpack the learner's credentials
     * @param at the instant to judge at, or empty to ignore validity dates
     * @param counting which credentials count
     * @return the progress
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no pathway has the id
     */
    public PathwayProgress progress(String pathwayId, Backpack backpack, Optional<Instant> at, Counting counting) {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(backpack, "backpack");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(counting, "counting");
        Pathway pathway = get(pathwayId).orElseThrow(() -> new IllegalArgumentException(
                "no pathway with id \"" + pathwayId + "\""));
        Predicate<BackpackEntry> usable = at.isPresent() ? e -> e.isUsableAt(at.get()) : e -> !e.isRevoked();
        if (counting == Counting.VERIFIED_ONLY) {
            usable = usable.and(BackpackEntry::isVerified);
        }
        List<UnverifiedEntry> unverified = new ArrayList<>();
        for (BackpackEntry e : backpack.entries()) {
            UnverifiedEntry.of(e).ifPresent(unverified::add);
        }
        Evaluator ev = new Evaluator(backpack, usable);
        List<StepProgress> steps = ev.steps(pathway);
        List<BackpackEntry> goal = ev.goal(pathway);
        boolean allDone = steps.stream().allMatch(StepProgress::isDone);
        return new PathwayProgress(pathway, allDone || !goal.isEmpty(), !goal.isEmpty(), steps, counting, unverified);
    }

    /** Evaluates steps over one backpack; sub-pathways are evaluated once each. */
    private final class Evaluator {
        private final Backpack backpack;
        private final Predicate<BackpackEntry> usable;
        private final Map<String, StepProgress> subPathways = new HashMap<>();

        Evaluator(Backpack backpack, Predicate<BackpackEntry> usable) {
            this.backpack = backpack;
            this.usable = usable;
        }

        List<StepProgress> steps(Pathway pathway) {
            List<StepProgress> out = new ArrayList<>(pathway.steps().size());
            for (Step s : pathway.steps()) {
                out.add(step(s));
            }
            return out;
        }

        List<BackpackEntry> goal(Pathway pathway) {
            return pathway.goalAchievementId().map(id -> usable(backpack.byAchievement(id))).orElse(List.of());
        }

        private List<BackpackEntry> usable(List<BackpackEntry> entries) {
            List<BackpackEntry> out = new ArrayList<>(entries.size());
            for (BackpackEntry e : entries) {
                if (usable.test(e)) {
                    out.add(e);
                }
            }
            return out;
        }

        StepProgress step(Step step) {
            switch (step.kind()) {
                case REQUIRED_ACHIEVEMENT:
                    return leaf(step, usable(backpack.byAchievement(((Step.RequiredAchievement) step).achievementId())));
                case COMPETENCY_AT_LEVEL: {
                    Step.CompetencyAtLevel c = (Step.CompetencyAtLevel) step;
                    List<BackpackEntry> out = new ArrayList<>();
                    for (BackpackEntry e : backpack.byCompetency(c.competency())) {
                        if (usable.test(e) && e.level().filter(l -> l.isAtLeast(c.minimumLevel())).isPresent()) {
                            out.add(e);
                        }
                    }
                    return leaf(step, out);
                }
                case ANY_OF: {
                    Step.AnyOf any = (Step.AnyOf) step;
                    List<StepProgress> parts = new ArrayList<>(any.options().size());
                    int met = 0;
                    boolean started = false;
                    for (Step option : any.options()) {
                        StepProgress p = step(option);
                        parts.add(p);
                        met += p.isDone() ? 1 : 0;
                        started |= p.status() != StepStatus.MISSING;
                    }
                    StepStatus status = met >= any.required() ? StepStatus.DONE
                            : started ? StepStatus.IN_PROGRESS : StepStatus.MISSING;
                    return new StepProgress(step, status, met, any.required(), union(parts), parts);
                }
                case SUB_PATHWAY: {
                    Step.SubPathway sub = (Step.SubPathway) step;
                    StepProgress cached = subPathways.get(sub.pathwayId());
                    if (cached != null && cached.step().equals(step)) {
                        return cached;
                    }
                    Pathway target = byId.get(sub.pathwayId());
                    List<StepProgress> parts = steps(target);
                    List<BackpackEntry> goal = goal(target);
                    int met = 0;
                    boolean started = false;
                    for (StepProgress p : parts) {
                        met += p.isDone() ? 1 : 0;
                        started |= p.status() != StepStatus.MISSING;
                    }
                    StepProgress result;
                    if (!goal.isEmpty()) {
                        List<BackpackEntry> by = new ArrayList<>(goal);
                        by.addAll(union(parts));
                        result = new StepProgress(step, StepStatus.DONE, parts.size(), parts.size(),
                                new ArrayList<>(new LinkedHashSet<>(by)), parts);
                    } else {
                        StepStatus status = met == parts.size() ? StepStatus.DONE
                                : started ? StepStatus.IN_PROGRESS : StepStatus.MISSING;
                        result = new StepProgress(step, status, met, parts.size(), union(parts), parts);
                    }
                    subPathways.put(sub.pathwayId(), result);
                    return result;
                }
                default:
                    throw new IllegalStateException("unknown step kind " + step.kind());
            }
        }

        private StepProgress leaf(Step step, List<BackpackEntry> by) {
            boolean met = !by.isEmpty();
            return new StepProgress(step, met ? StepStatus.DONE : StepStatus.MISSING, met ? 1 : 0, 1, by, List.of());
        }

        /** Every credential that counts toward any part, so that the list only grows as credentials are added. */
        private List<BackpackEntry> union(List<StepProgress> parts) {
            if (parts.size() == 1) {
                return parts.get(0).satisfiedBy();
            }
            Set<BackpackEntry> seen = new LinkedHashSet<>();
            for (StepProgress p : parts) {
                seen.addAll(p.satisfiedBy());
            }
            return new ArrayList<>(seen);
        }
    }

    /**
     * Checks a list of pathways and returns every problem, in the order of the pathways; each pointer
     * starts at the pathway's index in the list.
     *
     * @param pathways the pathways
     * @return the problems, empty when the set is valid
     * @throws NullPointerException if {@code pathways} is or holds null
     */
    public static List<Problem> validate(List<Pathway> pathways) {
        List<Pathway> list = List.copyOf(Objects.requireNonNull(pathways, "pathways"));
        return new Validator(list).run();
    }

    /** The checks behind {@link #validate}. */
    private static final class Validator {
        private final List<Pathway> list;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<List<Problem>> problems = new ArrayList<>();
        private final Map<Integer, Boolean> reachable = new HashMap<>();
        private final Set<Integer> visiting = new HashSet<>();
        private final Deque<String> path = new ArrayDeque<>();
        // How many pathways deep each checked pathway nests, itself included. The reachability memo means a
        // set listed leaves-first is walked one level at a time, so the depth check needs the heights too.
        private final Map<Integer, Integer> height = new HashMap<>();
        // Pathways whose nesting is already reported as too deep: their owners fail without a second report.
        private final Set<Integer> tooDeep = new HashSet<>();

        Validator(List<Pathway> list) {
            this.list = list;
            for (int i = 0; i < list.size(); i++) {
                problems.add(new ArrayList<>());
            }
        }

        List<Problem> run() {
            for (int i = 0; i < list.size(); i++) {
                Pathway p = list.get(i);
                String at = "/" + i;
                if (p.id().isBlank()) {
                    add(i, PathwayCode.BLANK_ID, at + "/id", "the pathway's id is blank");
                } else if (index.putIfAbsent(p.id(), i) != null) {
                    add(i, PathwayCode.DUPLICATE_PATHWAY_ID, at + "/id", "pathway id \"" + p.id()
                            + "\" is also the id of pathway " + index.get(p.id()));
                }
                if (p.steps().isEmpty()) {
                    add(i, PathwayCode.EMPTY_PATHWAY, at + "/steps", "pathway \"" + p.id() + "\" has no steps");
                }
                structure(i, p.steps(), at + "/steps", new HashSet<>());
            }
            for (int i = 0; i < list.size(); i++) {
                reach(i);
            }
            for (int i = 0; i < list.size(); i++) {
                if (!reachable.get(i)) {
                    add(i, PathwayCode.UNREACHABLE_GOAL, "/" + i, "pathway \"" + list.get(i).id()
                            + "\" cannot be completed through its steps");
                }
            }
            List<Problem> out = new ArrayList<>();
            problems.forEach(out::addAll);
            return List.copyOf(out);
        }

        private void structure(int owner, List<Step> steps, String at, Set<String> stepIds) {
            for (int j = 0; j < steps.size(); j++) {
                Step s = steps.get(j);
                String here = at + "/" + j;
                if (s.id().isBlank()) {
                    add(owner, PathwayCode.BLANK_ID, here + "/id", "the step's id is blank");
                } else if (!stepIds.add(s.id())) {
                    add(owner, PathwayCode.DUPLICATE_STEP_ID, here + "/id", "step id \"" + s.id()
                            + "\" is used twice in pathway \"" + list.get(owner).id() + "\"");
                }
                switch (s.kind()) {
                    case REQUIRED_ACHIEVEMENT:
                        if (((Step.RequiredAchievement) s).achievementId().isBlank()) {
                            add(owner, PathwayCode.BLANK_ID, here + "/achievementId", "the achievement id is blank");
                        }
                        break;
                    case COMPETENCY_AT_LEVEL:
                        if (((Step.CompetencyAtLevel) s).competency().isBlank()) {
                            add(owner, PathwayCode.BLANK_ID, here + "/competency", "the competency is blank");
                        }
                        break;
                    case SUB_PATHWAY:
                        if (((Step.SubPathway) s).pathwayId().isBlank()) {
                            add(owner, PathwayCode.BLANK_ID, here + "/pathwayId", "the pathway id is blank");
                        }
                        break;
                    case ANY_OF: {
                        Step.AnyOf any = (Step.AnyOf) s;
                        if (any.options().isEmpty()) {
                            add(owner, PathwayCode.EMPTY_CHOICE, here + "/options", "step \"" + s.id()
                                    + "\" offers no options");
                        }
                        if (any.required() < 1) {
                            add(owner, PathwayCode.CHOICE_OUT_OF_RANGE, here + "/required", "step \"" + s.id()
                                    + "\" requires " + any.required() + " options; it must require at least 1");
                        } else if (any.required() > any.options().size()) {
                            add(owner, PathwayCode.CHOICE_UNREACHABLE, here + "/required", "step \"" + s.id()
                                    + "\" requires " + any.required() + " of only " + any.options().size()
                                    + " options");
                        }
                        structure(owner, any.options(), here + "/options", stepIds);
                        break;
                    }
                    default:
                        throw new IllegalStateException("unknown step kind " + s.kind());
                }
            }
        }

        private boolean reach(int i) {
            Boolean known = reachable.get(i);
            if (known != null) {
                return known;
            }
            visiting.add(i);
            path.addLast(list.get(i).id());
            Pathway p = list.get(i);
            boolean ok = !p.steps().isEmpty();
            List<Step> steps = p.steps();
            for (int j = 0; j < steps.size(); j++) {
                ok &= reach(i, steps.get(j), "/" + i + "/steps/" + j);
            }
            path.removeLast();
            visiting.remove(i);
            reachable.put(i, ok);
            height.put(i, 1 + deepestSubPathway(steps));
            return ok;
        }

        /** The greatest height among the pathways these steps (and their options) name; 0 for none. */
        private int deepestSubPathway(List<Step> steps) {
            int deepest = 0;
            for (Step s : steps) {
                if (s.kind() == StepKind.SUB_PATHWAY) {
                    Integer t = index.get(((Step.SubPathway) s).pathwayId());
                    deepest = Math.max(deepest, t == null ? 0 : height.getOrDefault(t, 0));
                } else if (s.kind() == StepKind.ANY_OF) {
                    deepest = Math.max(deepest, deepestSubPathway(((Step.AnyOf) s).options()));
                }
            }
            return deepest;
        }

        private boolean reach(int owner, Step s, String here) {
            switch (s.kind()) {
                case REQUIRED_ACHIEVEMENT:
                    return !((Step.RequiredAchievement) s).achievementId().isBlank();
                case COMPETENCY_AT_LEVEL:
                    return !((Step.CompetencyAtLevel) s).competency().isBlank();
                case SUB_PATHWAY: {
                    String target = ((Step.SubPathway) s).pathwayId();
                    Integer t = index.get(target);
                    if (target.isBlank()) {
                        return false;
                    }
                    if (t == null) {
                        add(owner, PathwayCode.UNKNOWN_PATHWAY, here + "/pathwayId", "step \"" + s.id()
                                + "\" refers to pathway \"" + target + "\", which is not in the set");
                        return false;
                    }
                    if (visiting.contains(t)) {
                        add(owner, PathwayCode.CYCLE, here + "/pathwayId", "pathway \"" + target
                                + "\" includes itself: " + String.join(" -> ", path) + " -> " + target);
                        return false;
                    }
                    if (path.size() >= MAX_NESTING) {
                        return tooDeep(owner, here, target);
                    }
                    boolean ok = reach(t);
                    if (tooDeep.contains(t)) {
                        tooDeep.add(owner);
                        return false;
                    }
                    if (path.size() + height.get(t) > MAX_NESTING) {
                        return tooDeep(owner, here, target);
                    }
                    return ok;
                }
                case ANY_OF: {
                    Step.AnyOf any = (Step.AnyOf) s;
                    int ok = 0;
                    List<Step> options = any.options();
                    for (int k = 0; k < options.size(); k++) {
                        ok += reach(owner, options.get(k), here + "/options/" + k) ? 1 : 0;
                    }
                    if (any.required() < 1 || any.required() > options.size()) {
                        return false;
                    }
                    if (ok < any.required()) {
                        add(owner, PathwayCode.CHOICE_UNREACHABLE, here + "/required", "step \"" + s.id()
                                + "\" requires " + any.required() + " options but only " + ok + " can be met");
                        return false;
                    }
                    return true;
                }
                default:
                    throw new IllegalStateException("unknown step kind " + s.kind());
            }
        }

        private boolean tooDeep(int owner, String here, String target) {
            tooDeep.add(owner);
            add(owner, PathwayCode.NESTING_TOO_DEEP, here + "/pathwayId", "sub-pathways nest deeper than "
                    + MAX_NESTING + " levels at \"" + target + "\"");
            return false;
        }

        private void add(int owner, PathwayCode code, String pointer, String message) {
            problems.get(owner).add(Problem.error(code, pointer, message));
        }
    }

    @Override
    public String toString() {
        return "Pathways" + byId.keySet();
    }
}
