package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.taxonomy.backpack.VerificationState;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;
import dev.laurel.badges.core.taxonomy.transcript.EntrySource;
import dev.laurel.badges.core.taxonomy.transcript.LevelGroup;
import dev.laurel.badges.core.taxonomy.transcript.Relation;
import dev.laurel.badges.core.taxonomy.transcript.Transcript;
import dev.laurel.badges.core.taxonomy.transcript.TranscriptEntry;
import dev.laurel.badges.json.BadgeJson;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CLR's {@link Transcript} as the command line prints it: the {@code transcript} object of a JSON line
 * ({@code laurel classify}), and the same by level in text ({@code laurel classify}, {@code laurel demo}).
 * docs/CLI.md lists the fields.
 */
final class TranscriptView {

    private TranscriptView() {
    }

    /**
     * The counting a transcript's pathway progress uses: {@link Counting#PREVIEW} when nothing was verified
     * ({@code classify}: every nested credential's status is unknown, so counting verified ones only would always
     * show nothing done), {@link Counting#VERIFIED_ONLY} when the caller supplied the verification outcomes.
     */
    static Counting counting(boolean verified) {
        return verified ? Counting.VERIFIED_ONLY : Counting.PREVIEW;
    }

    /**
     * The {@code transcript} object.
     *
     * @param t the transcript
     * @param counting how its pathway progress counts
     * @param into the object to fill
     */
    static void json(Transcript t, Counting counting, ObjectNode into) {
        putOptional(into, "clr", t.clr().id());
        ObjectNode learner = into.putObject("learner");
        putOptional(learner, "id", t.learnerId());
        ArrayNode identifiers = learner.putArray("identifiers");
        for (IdentityObject identifier : t.learnerIdentifiers()) {
            identifiers.add(BadgeJson.standard().toJson(identifier));
        }
        putOptional(into, "issuer", t.issuerId());

        List<TranscriptEntry> entries = t.entries();
        Map<TranscriptEntry, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            position.put(entries.get(i), i);
        }
        ObjectNode levels = into.putObject("levels");
        for (LevelGroup group : groups(t)) {
            ArrayNode at = levels.putArray(group.level().id());
            group.entries().forEach(e -> at.add(position.get(e)));
        }
        ArrayNode unclassified = levels.putArray("unclassified");
        t.unclassified().forEach(e -> unclassified.add(position.get(e)));

        ArrayNode list = into.putArray("entries");
        for (TranscriptEntry e : entries) {
            ObjectNode entry = list.addObject();
            entry.put("source", e.source() == EntrySource.NESTED_CREDENTIAL ? "nestedCredential" : "subjectAchievement");
            entry.put("index", e.index());
            entry.put("path", e.path());
            putOptional(entry, "credentialId", e.credential().flatMap(Credential::id));
            putOptional(entry, "achievementId", e.achievementId());
            putOptional(entry, "name", name(e));
            putOptional(entry, "level", e.level().map(l -> l.id()));
            entry.put("confidence", Math.round(e.classification().confidence() * 1000) / 1000.0);
            entry.put("verified", e.isVerified());
            entry.put("verification", verification(e.verification()));
        }

        ArrayNode relations = into.putArray("relations");
        for (Relation r : t.relations()) {
            relations.addObject().put("index", r.index()).put("path", r.path())
                    .put("associationType", r.type().value()).put("role", r.role().name().toLowerCase(Locale.ROOT))
                    .put("sourceId", r.sourceId()).put("targetId", r.targetId()).put("resolved", r.isResolved());
        }

        ArrayNode pathways = into.putArray("pathways");
        for (PathwayProgress p : t.progress(counting)) {
            Pathway pathway = p.pathway();
            ObjectNode node = pathways.addObject().put("id", pathway.id()).put("name", pathway.name());
            putOptional(node, "goal", pathway.goalAchievementId());
            ArrayNode steps = node.putArray("steps");
            pathway.steps().forEach(s -> steps.add(s.id()));
            node.put("complete", p.complete()).put("done", p.doneCount()).put("total", p.steps().size())
                    .put("counting", counting == Counting.PREVIEW ? "preview" : "verified-only");
            ArrayNode next = node.putArray("nextSteps");
            p.nextSteps().forEach(s -> next.add(s.step().id()));
        }

        ArrayNode findings = into.putArray("findings");
        for (Problem f : t.findings()) {
            findings.addObject().put("code", f.code().name())
                    .put("severity", f.severity().name().toLowerCase(Locale.ROOT)).put("path", f.path())
                    .put("message", f.message());
        }
    }

    /**
     * The transcript in text, by level: the formal ladder in order, the informal levels beside it, what could not
     * be classified, the pathways and the findings; one line each, starting with {@code indent}.
     *
     * @param t the transcript
     * @param counting how its pathway progress counts
     * @param indent what each line starts with
     * @return the lines, each starting with a newline
     */
    static String text(Transcript t, Counting counting, String indent) {
        StringBuilder text = new StringBuilder();
        for (LevelGroup group : t.formal()) {
            level(text, indent, group.level().id(), group.entries());
        }
        text.append('\n').append(indent).append("beside the ladder (informal):");
        for (LevelGroup group : t.informal()) {
            level(text, indent, group.level().id(), group.entries());
        }
        if (!t.unclassified().isEmpty()) {
            level(text, indent, "unclassified", t.unclassified());
        }
        for (PathwayProgress p : t.progress(counting)) {
            text.append('\n').append(indent).append("pathway \"").append(SafeText.escape(p.pathway().name()))
                    .append("\": ").append(p.doneCount()).append(" of ").append(p.steps().size()).append(" steps done")
                    .append(counting == Counting.PREVIEW ? " (preview: not verified)" : "")
                    .append(p.complete() ? ", complete" : ", next: " + SafeText.escape(String.join(", ",
                            p.nextSteps().stream().map(s -> s.step().id()).toList())));
        }
        for (Problem f : t.findings()) {
            text.append('\n').append(indent).append(f.severity() == Severity.ERROR ? "error " : "warning ")
                    .append(SafeText.escape(f.toString()));
        }
        return text.toString();
    }

    /** Tells whether every entry was classified (what {@code classify} counts as passing for a CLR). */
    static boolean allClassified(Transcript t) {
        return !t.entries().isEmpty() && t.unclassified().isEmpty();
    }

    private static void level(StringBuilder text, String indent, String name, List<TranscriptEntry> entries) {
        String label = String.format(Locale.ROOT, "%-14s ", name);
        if (entries.isEmpty()) {
            text.append('\n').append(indent).append(label).append('-');
        }
        for (TranscriptEntry e : entries) {
            text.append('\n').append(indent).append(label).append(SafeText.escape(name(e).orElse("(no name)")))
                    .append(e.source() == EntrySource.NESTED_CREDENTIAL ? " [credential " + e.index() + "]"
                            : " [achievement " + e.index() + ", no credential]")
                    .append(String.format(Locale.ROOT, " (confidence %.2f, %s)", e.classification().confidence(),
                            e.source() == EntrySource.NESTED_CREDENTIAL ? verification(e.verification())
                                    : "not asserted by a credential"));
            label = " ".repeat(label.length());
        }
    }

    private static List<LevelGroup> groups(Transcript t) {
        List<LevelGroup> all = new ArrayList<>(t.formal());
        all.addAll(t.informal());
        return all;
    }

    private static Optional<String> name(TranscriptEntry e) {
        return e.achievement().flatMap(Achievement::name).or(() -> e.credential().flatMap(Credential::name));
    }

    /** A status as one word: {@code verified}, {@code not-verified}, {@code revoked} or {@code unknown}. */
    private static String verification(VerificationStatus status) {
        if (status.revoked()) {
            return "revoked";
        }
        return status.state() == VerificationState.NOT_VERIFIED ? "not-verified"
                : status.state().name().toLowerCase(Locale.ROOT);
    }

    private static void putOptional(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
