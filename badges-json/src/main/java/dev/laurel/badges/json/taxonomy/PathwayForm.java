package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import dev.laurel.badges.core.taxonomy.pathway.StepKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON form of pathways: a pathway object, or a list of them, whose steps are named by one key per
 * {@link StepKind}. Member names are those of the records, so the pointers of {@link Pathways#validate}
 * land on the JSON as written; a step id left out (it defaults to the achievement or pathway id) is
 * reported at the member it defaults from.
 */
final class PathwayForm {

    static final String TYPE = "LaurelPathway";
    static final String LIST_TYPE = "LaurelPathways";
    /** The one step of the stand-ins for pathways a lone pathway refers to. */
    private static final Step STAND_IN_STEP = Step.achievement("urn:laurel:stand-in");

    private PathwayForm() {
    }

    /** The key that names a step kind in JSON. */
    static String key(StepKind kind) {
        return switch (kind) {
            case REQUIRED_ACHIEVEMENT -> "achievementId";
            case ANY_OF -> "options";
            case COMPETENCY_AT_LEVEL -> "competency";
            case SUB_PATHWAY -> "pathwayId";
        };
    }

    private static String describe(StepKind kind) {
        return switch (kind) {
            case REQUIRED_ACHIEVEMENT -> "an achievement step";
            case ANY_OF -> "an any-of step";
            case COMPETENCY_AT_LEVEL -> "a competency step";
            case SUB_PATHWAY -> "a sub-pathway step";
        };
    }

    private static String keys() {
        List<String> out = new ArrayList<>();
        for (StepKind k : StepKind.values()) {
            out.add(key(k));
        }
        return String.join(", ", out);
    }

    // ---- writing ----

    static ObjectNode write(Pathway pathway, JsonNodeFactory nodes, boolean withType) {
        ObjectNode out = nodes.objectNode();
        if (withType) {
            out.put("type", TYPE);
        }
        out.put("id", pathway.id());
        out.put("name", pathway.name());
        pathway.goalAchievementId().ifPresent(g -> out.put("goal", g));
        ArrayNode steps = out.putArray("steps");
        pathway.steps().forEach(s -> steps.add(step(s, nodes)));
        return out;
    }

    static ObjectNode writeAll(List<Pathway> pathways, JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        out.put("type", LIST_TYPE);
        ArrayNode list = out.putArray("pathways");
        pathways.forEach(p -> list.add(write(p, nodes, false)));
        return out;
    }

    private static ObjectNode step(Step s, JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        return switch (s.kind()) {
            case REQUIRED_ACHIEVEMENT -> referring(out, s, ((Step.RequiredAchievement) s).achievementId());
            case ANY_OF -> {
                Step.AnyOf any = (Step.AnyOf) s;
                out.put("id", s.id());
                out.put("required", any.required());
                ArrayNode options = out.putArray(key(s.kind()));
                any.options().forEach(o -> options.add(step(o, nodes)));
                yield out;
            }
            case COMPETENCY_AT_LEVEL -> {
                Step.CompetencyAtLevel c = (Step.CompetencyAtLevel) s;
                out.put("id", s.id());
                out.put(key(s.kind()), c.competency());
                out.set("minimumLevel", LevelForm.write(c.minimumLevel(), nodes));
                yield out;
            }
            case SUB_PATHWAY -> referring(out, s, ((Step.SubPathway) s).pathwayId());
        };
    }

    /** A step that refers to an achievement or pathway; its id is written only when it differs. */
    private static ObjectNode referring(ObjectNode out, Step s, String target) {
        if (!s.id().equals(target)) {
            out.put("id", s.id());
        }
        out.put(key(s.kind()), target);
        return out;
    }

    // ---- reading ----

    /** Reads one pathway and checks it on its own (pathways it refers to live elsewhere). */
    static Optional<Pathway> read(JsonNode root, Findings findings) {
        if (!root.isObject()) {
            findings.add(TaxonomyJsonCode.WRONG_TYPE, "", "expected a pathway object {\"type\": \"" + TYPE
                    + "\", \"id\": ..., \"steps\": [...]} but found " + Findings.describe(root));
            return Optional.empty();
        }
        Map<String, String> redirects = new HashMap<>();
        Fields fields = new Fields((ObjectNode) root, "", findings);
        Forms.type(fields, TYPE, "a pathway");
        Optional<Pathway> pathway = pathway(fields, redirects);
        fields.rejectUnknown("a pathway");
        if (pathway.isEmpty() || !findings.isEmpty()) {
            return Optional.empty();
        }
        List<Pathway> set = new ArrayList<>();
        set.add(pathway.get());
        for (String id : references(pathway.get())) {
            set.add(new Pathway(id, id, Optional.empty(), List.of(STAND_IN_STEP)));
        }
        // Stand-ins after index 0 report nothing; only the pathway's own problems are kept.
        report(Pathways.validate(set), "/0", "", redirects, findings);
        return findings.isEmpty() ? pathway : Optional.empty();
    }

    /** Reads a list of pathways and checks them as one set. */
    static Optional<List<Pathway>> readAll(JsonNode root, Findings findings) {
        if (!root.isObject()) {
            findings.add(TaxonomyJsonCode.WRONG_TYPE, "", "expected {\"type\": \"" + LIST_TYPE
                    + "\", \"pathways\": [...]} but found " + Findings.describe(root));
            return Optional.empty();
        }
        Map<String, String> redirects = new HashMap<>();
        Fields fields = new Fields((ObjectNode) root, "", findings);
        Forms.type(fields, LIST_TYPE, "a list of pathways");
        List<Pathway> out = new ArrayList<>();
        fields.requireArray("pathways", "a list of pathways").ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String at = JsonPointers.child(fields.at("pathways"), i);
                fields.object(list.get(i), at, "a pathway object").ifPresent(p -> {
                    Forms.optionalType(p, TYPE);
                    pathway(p, redirects).ifPresent(out::add);
                    p.rejectUnknown("a pathway");
                });
            }
        });
        fields.rejectUnknown("a list of pathways");
        if (!findings.isEmpty()) {
            return Optional.empty();
        }
        checkNesting(out, findings);
        if (!findings.isEmpty()) {
            return Optional.empty();
        }
        report(Pathways.validate(out), "", "/pathways", redirects, findings);
        return findings.isEmpty() ? Optional.of(List.copyOf(out)) : Optional.empty();
    }

    /**
     * Walks the sub-pathway references depth first, in the order the validator does, without recursion,
     * and reports a chain deeper than {@link TaxonomyJson#MAX_PATHWAY_NESTING}.
     */
    private static void checkNesting(List<Pathway> pathways, Findings findings) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < pathways.size(); i++) {
            index.putIfAbsent(pathways.get(i).id(), i);
        }
        List<List<Integer>> edges = new ArrayList<>(pathways.size());
        for (Pathway p : pathways) {
            Set<String> targets = new LinkedHashSet<>();
            collect(p.steps(), targets);
            List<Integer> to = new ArrayList<>(targets.size());
            targets.forEach(t -> {
                Integer at = index.get(t);
                if (at != null) {
                    to.add(at);
                }
            });
            edges.add(to);
        }
        byte[] state = new byte[pathways.size()];
        int[] stack = new int[TaxonomyJson.MAX_PATHWAY_NESTING + 1];
        int[] next = new int[TaxonomyJson.MAX_PATHWAY_NESTING + 1];
        for (int root = 0; root < pathways.size(); root++) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            stack[0] = root;
            next[0] = 0;
            state[root] = 1;
            while (depth >= 0) {
                int v = stack[depth];
                if (next[depth] < edges.get(v).size()) {
                    int t = edges.get(v).get(next[depth]++);
                    if (state[t] != 0) {
                        continue;
                    }
                    if (depth + 1 >= TaxonomyJson.MAX_PATHWAY_NESTING) {
                        findings.add(TaxonomyJsonCode.NESTING_TOO_DEEP, JsonPointers.child("/pathways", root), "pathway \""
                                + pathways.get(root).id() + "\" includes pathways nested more than "
                                + TaxonomyJson.MAX_PATHWAY_NESTING + " levels deep (through \""
                                + pathways.get(v).id() + "\")");
                        return;
                    }
                    state[t] = 1;
                    stack[++depth] = t;
                    next[depth] = 0;
                } else {
                    state[v] = 2;
                    depth--;
                }
            }
        }
    }

    /**
     * Moves the validator's problems onto the document: {@code from} (a prefix of the validator's
     * pointers) becomes {@code to}; problems outside {@code from} are dropped when {@code from} is set.
     */
    private static void report(List<Problem> problems, String from, String to, Map<String, String> redirects,
            Findings findings) {
        Set<String> seen = new HashSet<>();
        for (Problem p : problems) {
            String path = p.path();
            if (!from.isEmpty() && !(path.equals(from) || path.startsWith(from + "/"))) {
                continue;
            }
            String mapped = to + path.substring(from.length());
            mapped = redirects.getOrDefault(mapped, mapped);
            if (seen.add(p.code().name() + " " + mapped)) {
                findings.add(new Problem(p.code(), p.severity(), mapped, p.message()));
            }
        }
    }

    /** The ids of the other pathways a pathway refers to. */
    private static Set<String> references(Pathway pathway) {
        Set<String> out = new LinkedHashSet<>();
        collect(pathway.steps(), out);
        out.remove(pathway.id());
        out.removeIf(String::isBlank);
        return out;
    }

    private static void collect(List<Step> steps, Set<String> out) {
        for (Step s : steps) {
            if (s.kind() == StepKind.SUB_PATHWAY) {
                out.add(((Step.SubPathway) s).pathwayId());
            } else if (s.kind() == StepKind.ANY_OF) {
                collect(((Step.AnyOf) s).options(), out);
            }
        }
    }

    private static Optional<Pathway> pathway(Fields fields, Map<String, String> redirects) {
        Optional<String> id = fields.requireString("id");
        Optional<String> name = fields.requireString("name");
        Optional<String> goal = fields.string("goal");
        boolean badGoal = fields.has("goal") && goal.isEmpty();
        Optional<List<Step>> steps = fields.requireArray("steps", "a list of steps")
                .flatMap(list -> steps(fields, list, fields.at("steps"), redirects));
        if (id.isEmpty() || name.isEmpty() || badGoal || steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pathway(id.get(), name.get(), goal, steps.get()));
    }

    private static Optional<List<Step>> steps(Fields parent, ArrayNode list, String at, Map<String, String> redirects) {
        List<Step> out = new ArrayList<>(list.size());
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            String here = JsonPointers.child(at, i);
            Optional<Step> step = parent.object(list.get(i), here, "a step such as {\"achievementId\": \"https://...\"}")
                    .flatMap(s -> step(s, redirects));
            ok &= step.isPresent();
            step.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private static Optional<Step> step(Fields s, Map<String, String> redirects) {
        Findings findings = s.findings();
        List<StepKind> named = new ArrayList<>(1);
        for (StepKind k : StepKind.values()) {
            if (s.has(key(k))) {
                named.add(k);
            }
        }
        if (named.isEmpty()) {
            List<String> names = s.names();
            findings.add(TaxonomyJsonCode.UNKNOWN_STEP, s.pointer(), (names.isEmpty() ? "an empty step"
                    : "no kind of step is named by " + Forms.quoted(names)) + "; expected one of " + keys());
            return Optional.empty();
        }
        if (named.size() > 1) {
            List<String> names = new ArrayList<>();
            named.forEach(k -> names.add(key(k)));
            findings.add(TaxonomyJsonCode.AMBIGUOUS_KIND, s.pointer(), "one step names several kinds ("
                    + Forms.quoted(names) + "): write each step as its own object");
            return Optional.empty();
        }
        StepKind kind = named.get(0);
        String key = key(kind);
        JsonNode value = s.get(key).orElseThrow();
        String at = s.at(key);
        Optional<Step> out = switch (kind) {
            case REQUIRED_ACHIEVEMENT -> {
                Optional<String> target = s.text(value, at);
                Optional<String> id = defaultedId(s, target, at, redirects);
                yield target.isPresent() && id.isPresent()
                        ? Optional.of(new Step.RequiredAchievement(id.get(), target.get())) : Optional.empty();
            }
            case ANY_OF -> {
                Optional<String> id = s.requireString("id");
                Optional<Integer> required = s.require("required", "how many options must be met")
                        .flatMap(v -> count(v, s.at("required"), findings));
                Optional<List<Step>> options = s.array(value, at, "a list of steps")
                        .flatMap(list -> steps(s, list, at, redirects));
                yield id.isPresent() && required.isPresent() && options.isPresent()
                        ? Optional.of(new Step.AnyOf(id.get(), required.get(), options.get())) : Optional.empty();
            }
            case COMPETENCY_AT_LEVEL -> {
                Optional<String> id = s.requireString("id");
                Optional<String> competency = s.text(value, at);
                Optional<CredentialLevel> level = s.require("minimumLevel", "a level id such as \"skill\"")
                        .flatMap(v -> LevelForm.read(v, s.at("minimumLevel"), findings));
                yield id.isPresent() && competency.isPresent() && level.isPresent()
                        ? Optional.of(new Step.CompetencyAtLevel(id.get(), level.get(), competency.get()))
                        : Optional.empty();
            }
            case SUB_PATHWAY -> {
                Optional<String> target = s.text(value, at);
                Optional<String> id = defaultedId(s, target, at, redirects);
                yield target.isPresent() && id.isPresent()
                        ? Optional.of(new Step.SubPathway(id.get(), target.get())) : Optional.empty();
            }
        };
        s.rejectUnknown(describe(kind));
        return out;
    }

    /** The step's own id, or the id it refers to when it has none (a problem with it is reported there). */
    private static Optional<String> defaultedId(Fields s, Optional<String> target, String targetAt,
            Map<String, String> redirects) {
        if (s.has("id")) {
            return s.string("id");
        }
        redirects.put(s.at("id"), targetAt);
        return target;
    }

    private static Optional<Integer> count(JsonNode value, String at, Findings findings) {
        if (!value.isIntegralNumber()) {
            findings.add(TaxonomyJsonCode.WRONG_TYPE, at, "expected a whole number but found "
                    + (value.isNumber() ? value.asText() : Findings.describe(value)));
            return Optional.empty();
        }
        if (!value.canConvertToInt()) {
            findings.add(TaxonomyJsonCode.BAD_VALUE, at, "the number " + value.asText() + " is out of range");
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }
}
