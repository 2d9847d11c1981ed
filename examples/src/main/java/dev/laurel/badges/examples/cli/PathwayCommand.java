package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.pathway.InvalidPathwayException;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.StepProgress;
import dev.laurel.badges.json.taxonomy.TaxonomyJson;
import dev.laurel.badges.json.taxonomy.TaxonomyJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code laurel pathway}: verifies a folder of badges and shows progress toward a pathway. */
@Command(name = "pathway", mixinStandardHelpOptions = true,
        description = "Verify badges and show progress toward a pathway (docs/TAXONOMY.md, Pathways JSON).")
final class PathwayCommand implements Callable<Integer> {


    @Option(names = "--pathway", required = true, paramLabel = "FILE",
            description = "The pathway (LaurelPathway JSON) or a set of pathways (LaurelPathways).")
    Path pathwayFile;

    @Option(names = "--id", paramLabel = "ID", description = "Which pathway of a set (default: the only one, or the first).")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json (JSON Lines).")
    OutputFormat format;

    @Mixin
    VerificationOptions verification;

    @Mixin
    ClrOptions clrOptions;

    @Option(names = "--preview", description = "Also count badges that did not verify (a preview, not a decision).")
    boolean preview;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (verification.trustedIssuers != null) {
            throw new UsageException("--trusted-issuers is for verify and decide: pathways have no trust condition");
        }
        Pathways pathways = readPathways(pathwayFile);
        String pathwayId = id != null ? id : pathways.all().get(0).id();
        if (pathways.get(pathwayId).isEmpty()) {
            throw new UsageException("--id: no pathway \"" + pathwayId + "\" in " + pathwayFile);
        }
        TaxonomyInputs.Batch loaded = TaxonomyInputs.loadAll(paths, verification, clrOptions);
        Instant at = loaded.at();
        List<TaxonomyInputs.Item> items = loaded.items();
        Backpack backpack = loaded.backpack();
        Map<BackpackEntry, TaxonomyInputs.Item> byEntry = loaded.byEntry();
        // The default counts only the verified badges; --preview is the explicit option to count them all.
        PathwayProgress progress = preview ? pathways.progress(pathwayId, backpack, Optional.of(at), Counting.PREVIEW)
                : pathways.progress(pathwayId, backpack, at);
        Set<BackpackEntry> counted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        progress.steps().forEach(s -> counted.addAll(s.satisfiedBy()));
        Set<BackpackEntry> ignoredEntries = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        progress.ignored().forEach(u -> ignoredEntries.add(u.entry()));
        PrintWriter out = spec.commandLine().getOut();
        boolean allVerified = true;
        for (TaxonomyInputs.Item item : items) {
            allVerified &= item.verified() && item.entry().isPresent();
            ObjectNode line = TaxonomyInputs.line(item);
            boolean counts = item.entry().isPresent() && counted.contains(item.entry().get());
            line.put("counted", counts);
            line.put("ignored", item.entry().isPresent() && ignoredEntries.contains(item.entry().get()));
            if (format == OutputFormat.json) {
                out.println(SafeText.jsonLines().writeValueAsString(line));
            } else {
                out.println(SafeText.escape(item.file()) + ": " + (item.verified() ? "verified" : "NOT VERIFIED") + ", "
                        + (line.get("level").isNull() ? "unclassified" : line.get("level").asText())
                        + (counts ? ", counts toward the pathway" : line.get("ignored").asBoolean()
                        ? ", ignored (not verified)" : ""));
            }
        }
        ObjectNode summary = SafeText.jsonLines().createObjectNode();
        summary.put("file", pathwayFile.toString());
        summary.put("kind", "PathwayProgress");
        summary.put("pathway", pathwayId);
        summary.put("complete", progress.complete());
        summary.put("done", progress.doneCount());
        summary.put("steps", progress.steps().size());
        summary.put("counting", progress.counting() == Counting.PREVIEW ? "preview" : "verified-only");
        ArrayNode steps = summary.putArray("progress");
        for (StepProgress s : progress.steps()) {
            ArrayNode by = steps.addObject().put("step", s.step().id()).put("status", s.status().name().toLowerCase(Locale.ROOT))
                    .putArray("satisfiedBy");
            s.satisfiedBy().forEach(e -> by.add(Optional.ofNullable(byEntry.get(e)).map(TaxonomyInputs.Item::file)
                    .orElse(e.id().orElse(""))));
        }
        ArrayNode next = summary.putArray("next");
        progress.nextSteps().forEach(s -> next.add(s.step().id()));
        ArrayNode ignored = summary.putArray("ignored");
        progress.ignored().forEach(u -> ignored.add(Optional.ofNullable(byEntry.get(u.entry()))
                .map(TaxonomyInputs.Item::file).orElse(u.entry().id().orElse(""))));
        if (format == OutputFormat.json) {
            out.println(SafeText.jsonLines().writeValueAsString(summary));
        } else {
            out.println(SafeText.escape(pathwayId) + ": " + progress.doneCount() + " of " + progress.steps().size() + " steps done"
                    + (progress.complete() ? ", complete" : ", next: " + SafeText.escape(String.join(", ", toList(next))))
                    + (ignored.isEmpty() ? "" : "; " + ignored.size() + " ignored (not verified)"));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println(String.format(Locale.ROOT, "%d input%s: %d counted, %d ignored; %s %s", items.size(),
                items.size() == 1 ? "" : "s", counted.size(), ignored.size(), pathwayId,
                progress.complete() ? "complete" : "not complete"));
        err.flush();
        return progress.complete() && allVerified ? Laurel.OK : Laurel.FAILED;
    }

    private static List<String> toList(ArrayNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Pathways readPathways(Path file) {
        byte[] bytes = DecideCommand.readFile(file, "--pathway");
        try {
            JsonNode root = SafeText.jsonLines().readTree(bytes);
            if (root != null && root.path("type").asText().equals("LaurelPathways")) {
                return Pathways.of(TaxonomyJson.standard().readPathways(new String(bytes, StandardCharsets.UTF_8)));
            }
            Pathway one = TaxonomyJson.standard().readPathway(bytes);
            return Pathways.of(List.of(one));
        } catch (TaxonomyJsonException | InvalidPathwayException e) {
            throw new UsageException("--pathway " + file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("--pathway " + file + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
