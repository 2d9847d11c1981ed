package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.policy.ConditionOutcome;
import dev.laurel.badges.core.taxonomy.policy.Decision;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.PolicyReport;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code laurel decide}: verifies a folder of badges and runs a policy over the verified ones. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Verify badges and decide on them with a policy (docs/TAXONOMY.md, Policy JSON).")
final class DecideCommand implements Callable<Integer> {


    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The policy (LaurelPolicy JSON).")
    Path policyFile;

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json (JSON Lines).")
    OutputFormat format;

    @Mixin
    VerificationOptions verification;

    @Mixin
    ClrOptions clrOptions;

    @Option(names = "--preview", description = "Also judge badges that did not verify (a preview, not a decision).")
    boolean preview;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Policy policy = readPolicy(policyFile, verification.trust());
        TaxonomyInputs.Batch loaded = TaxonomyInputs.loadAll(paths, verification, clrOptions);
        Instant at = loaded.at();
        List<TaxonomyInputs.Item> items = loaded.items();
        Backpack backpack = loaded.backpack();
        Map<BackpackEntry, TaxonomyInputs.Item> byEntry = loaded.byEntry();
        // The default judges only the verified badges; --preview is the explicit option to judge them all.
        PolicyReport report = preview ? policy.evaluate(backpack, at, Counting.PREVIEW) : policy.evaluate(backpack, at);
        Map<TaxonomyInputs.Item, Decision> decisions = new IdentityHashMap<>();
        for (Decision d : report.decisions()) {
            TaxonomyInputs.Item item = byEntry.get(d.entry());
            if (item != null) {
                decisions.put(item, d);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean allVerified = true;
        for (TaxonomyInputs.Item item : items) {
            allVerified &= item.verified() && item.entry().isPresent();
            ObjectNode line = TaxonomyInputs.line(item);
            Decision d = decisions.get(item);
            if (d == null) {
                line.putNull("verdict");
                line.put("ignored", true);
            } else {
                line.put("verdict", d.verdict().name().toLowerCase(Locale.ROOT));
                line.put("ignored", false);
                ArrayNode conditions = line.putArray("conditions");
                for (ConditionOutcome o : d.outcomes()) {
                    conditions.addObject().put("condition", o.condition().kind().name())
                            .put("result", o.result().name().toLowerCase(Locale.ROOT)).put("message", o.message());
                }
            }
            if (format == OutputFormat.json) {
                out.println(SafeText.jsonLines().writeValueAsString(line));
            } else {
                out.println(SafeText.escape(item.file()) + ": " + (item.verified() ? "verified" : "NOT VERIFIED") + ", "
                        + (line.get("level").isNull() ? "unclassified" : line.get("level").asText()) + ", "
                        + (d == null ? "ignored (" + (item.entry().isEmpty() ? item.problem() : "not verified") + ")"
                        : d.verdict().name().toLowerCase(Locale.ROOT)));
                if (d != null) {
                    for (String reason : d.reasons()) {
                        out.println("  " + SafeText.escape(reason));
                    }
                }
            }
        }
        Verdict verdict = report.verdict();
        String best = report.best().map(d -> byEntry.get(d.entry())).map(TaxonomyInputs.Item::file).orElse(null);
        ObjectNode summary = SafeText.jsonLines().createObjectNode();
        summary.put("file", policyFile.toString());
        summary.put("kind", "PolicyDecision");
        summary.put("decision", verdict.name().toLowerCase(Locale.ROOT));
        if (best == null) {
            summary.putNull("best");
        } else {
            summary.put("best", best);
        }
        summary.put("counting", report.counting() == Counting.PREVIEW ? "preview" : "verified-only");
        ArrayNode ignored = summary.putArray("ignored");
        for (TaxonomyInputs.Item item : items) {
            if (!decisions.containsKey(item)) {
                ignored.add(item.file());
            }
        }
        if (format == OutputFormat.json) {
            out.println(SafeText.jsonLines().writeValueAsString(summary));
        } else {
            out.println("decision: " + summary.get("decision").asText() + (best == null ? "" : " (best: " + best + ")")
                    + (ignored.isEmpty() ? "" : ", " + ignored.size() + " ignored"));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println(String.format(Locale.ROOT, "%d input%s: %d judged, %d ignored; decision %s", items.size(),
                items.size() == 1 ? "" : "s", decisions.size(), ignored.size(), summary.get("decision").asText()));
        err.flush();
        return verdict == Verdict.ACCEPT && allVerified ? Laurel.OK : Laurel.FAILED;
    }

    /** Reads the policy; with {@code --trusted-issuers}, {@code {"trustedBy": "trusted-issuers"}} is that list. */
    static Policy readPolicy(Path file, java.util.Optional<dev.laurel.badges.core.taxonomy.policy.IssuerTrust> trust) {
        byte[] bytes = readFile(file, "--policy");
        TaxonomyJson reader = trust.map(t -> TaxonomyJson.standard().withIssuerTrust(TrustOptions.TRUST_NAME, t))
                .orElse(TaxonomyJson.standard());
        try {
            return reader.readPolicy(bytes);
        } catch (TaxonomyJsonException e) {
            throw new UsageException("--policy " + file + ": " + e.getMessage());
        }
    }

    static byte[] readFile(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(option + ": no such file: " + file);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException(option + ": cannot read " + file + ": " + e.getMessage());
        }
    }
}
