package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a CLR's relations into pathways: each whole of a part-of relation becomes a pathway whose steps are its
 * parts, ordered by {@code precedes}. Cycles are reported and the edges on them left out, so that the set always
 * validates.
 *
 * @param pathways the checked set
 * @param prerequisites for each achievement id, the ids {@code precedes} puts directly before it
 */
record AssociationPathways(Pathways pathways, Map<String, List<String>> prerequisites) {

    static AssociationPathways derive(List<Relation> relations, Map<String, Achievement> held, List<Problem> findings) {
        List<Relation> steps = new ArrayList<>();
        List<Relation> order = new ArrayList<>();
        for (Relation r : relations) {
            switch (r.role()) {
                case STEP:
                    steps.add(r);
                    break;
                case PREREQUISITE:
                    order.add(r);
                    break;
                case RELATED:
                    break;
            }
        }
        List<Relation> acyclicSteps = withoutCycles(steps, true, findings);
        List<Relation> acyclicOrder = withoutCycles(order, false, findings);

        Map<String, List<String>> prerequisites = new LinkedHashMap<>();
        for (Relation r : order) {
            prerequisites.computeIfAbsent(r.targetId(), k -> new ArrayList<>()).add(r.sourceId());
        }
        prerequisites.replaceAll((k, v) -> List.copyOf(new LinkedHashSet<>(v)));

        // For each whole, its parts in CLR order, each with the pointer of the first association that names it.
        Map<String, Map<String, String>> parts = new LinkedHashMap<>();
        for (Relation r : acyclicSteps) {
            parts.computeIfAbsent(r.whole(), k -> new LinkedHashMap<>()).putIfAbsent(r.part(), r.path());
        }
        Map<String, Set<String>> before = new HashMap<>();
        for (Relation r : acyclicOrder) {
            before.computeIfAbsent(r.targetId(), k -> new HashSet<>()).add(r.sourceId());
        }
        Map<String, Integer> heights = heights(parts);
        List<Pathway> list = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> whole : parts.entrySet()) {
            String name = held.containsKey(whole.getKey())
                    ? held.get(whole.getKey()).name().filter(n -> !n.isBlank()).orElse(whole.getKey())
                    : whole.getKey();
            Pathway.Builder b = Pathway.builder(whole.getKey(), name).goal(whole.getKey());
            for (String part : ordered(new ArrayList<>(whole.getValue().keySet()), before)) {
                if (!parts.containsKey(part)) {
                    b.step(Step.achievement(part));
                } else if (heights.get(part) < Pathways.MAX_NESTING) {
                    b.step(Step.pathway(part));
                } else {
                    b.step(Step.achievement(part));
                    findings.add(Problem.warning(TranscriptCode.NESTING_TOO_DEEP, whole.getValue().get(part),
                            "the part-of associations under " + part + " nest deeper than " + Pathways.MAX_NESTING
                                    + " levels: in the pathway of " + whole.getKey() + " it is a required "
                                    + "achievement, not a sub-pathway"));
                }
            }
            list.add(b.build());
        }
        List<Problem> problems = Pathways.validate(list);
        if (!problems.isEmpty()) {
            // Not expected (the graph is acyclic, ids are neither blank nor repeated, nesting is bounded), but a
            // transcript never throws over its input: say what the check found and derive no pathway.
            for (Problem p : problems) {
                findings.add(Problem.error(TranscriptCode.PATHWAY_INVALID, "/credentialSubject/association",
                        p.code().name() + ": " + p.message()));
            }
            list = List.of();
        }
        return new AssociationPathways(Pathways.of(list), Map.copyOf(prerequisites));
    }

    /**
     * Computes, for each whole, the number of pathways on its longest chain of sub-pathway steps, where a part
     * whose own chain is already {@link Pathways#MAX_NESTING} long counts as a plain achievement; iterative, for
     * chains of any length.
     */
    private static Map<String, Integer> heights(Map<String, Map<String, String>> parts) {
        Map<String, Integer> height = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        for (String start : parts.keySet()) {
            stack.push(start);
            while (!stack.isEmpty()) {
                String w = stack.peek();
                if (height.containsKey(w)) {
                    stack.pop();
                    continue;
                }
                boolean ready = true;
                for (String c : parts.get(w).keySet()) {
                    if (parts.containsKey(c) && !height.containsKey(c)) {
                        stack.push(c);
                        ready = false;
                    }
                }
                if (ready) {
                    int h = 1;
                    for (String c : parts.get(w).keySet()) {
                        Integer hc = height.get(c);
                        if (hc != null && hc < Pathways.MAX_NESTING) {
                            h = Math.max(h, hc + 1);
                        }
                    }
                    height.put(w, h);
                    stack.pop();
                }
            }
        }
        return height;
    }

    /** Orders siblings so that each comes after those {@code precedes} puts before it; ties keep CLR order. */
    private static List<String> ordered(List<String> siblings, Map<String, Set<String>> before) {
        Set<String> members = new HashSet<>(siblings);
        Map<String, Integer> waiting = new HashMap<>();
        for (String s : siblings) {
            int n = 0;
            for (String b : before.getOrDefault(s, Set.of())) {
                n += members.contains(b) && !b.equals(s) ? 1 : 0;
            }
            waiting.put(s, n);
        }
        List<String> out = new ArrayList<>(siblings.size());
        Set<String> placed = new HashSet<>();
        while (out.size() < siblings.size()) {
            // The first sibling (in CLR order) with nothing left before it: quadratic in the number of parts of
            // one whole, which stays small, and the order is stable. The graph is acyclic, so one always exists.
            String next = null;
            for (String s : siblings) {
                if (!placed.contains(s) && waiting.get(s) == 0) {
                    next = s;
                    break;
                }
            }
            if (next == null) {
                throw new IllegalStateException("precedes cycle among " + siblings);
            }
            placed.add(next);
            out.add(next);
            for (String s : siblings) {
                if (!placed.contains(s) && before.getOrDefault(s, Set.of()).contains(next)) {
                    waiting.merge(s, -1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static List<Relation> withoutCycles(List<Relation> relations, boolean partOf, List<Problem> findings) {
        List<String> from = new ArrayList<>(relations.size());
        List<String> to = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            from.add(partOf ? r.part() : r.sourceId());
            to.add(partOf ? r.whole() : r.targetId());
        }
        boolean[] cyclic = Cycles.onCycle(from, to);
        List<Relation> out = new ArrayList<>(relations.size());
        for (int i = 0; i < relations.size(); i++) {
            Relation r = relations.get(i);
            if (!cyclic[i]) {
                out.add(r);
                continue;
            }
            findings.add(partOf
                    ? Problem.error(TranscriptCode.PART_OF_CYCLE, r.path(), "association " + r.index() + " ("
                            + r.sourceId() + " " + r.type().value() + " " + r.targetId() + ") is on a cycle of part-of "
                            + "associations: it makes no pathway step")
                    : Problem.error(TranscriptCode.PRECEDES_CYCLE, r.path(), "association " + r.index() + " ("
                            + r.sourceId() + " precedes " + r.targetId() + ") is on a cycle of precedes "
                            + "associations: it orders nothing"));
        }
        return out;
    }
}
