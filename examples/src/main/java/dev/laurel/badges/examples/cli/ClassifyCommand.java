package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.classify.BadgeClassSource;
import dev.laurel.badges.core.taxonomy.classify.Classification;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.classify.Reason;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.transcript.Transcript;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code laurel classify}: assigns each badge a taxonomy level with a confidence and the reasons. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify badges into the six credential levels (knowledge ... recognition), with reasons.")
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json (JSON Lines).")
    OutputFormat format;

    @Option(names = "--explain", description = "Print each reason as a numbered sentence with its weight "
            + "(json: an explanation array).")
    boolean explain;

    @Option(names = "--url-map", paramLabel = "FILE", description = "Fetch an OB 2.0 assertion's linked badge class "
            + "from this URL map (as laurel verify --url-map); with --fetch, unmapped URLs go to the network.")
    Path urlMap;

    @Option(names = "--fetch", description = "Fetch an OB 2.0 assertion's linked badge class over the network, "
            + "under the safe fetch policy (docs/FETCHING.md).")
    boolean fetch;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Inputs.Input> inputs = Inputs.expand(paths);
        Optional<BadgeClassSource> source = urlMap != null || fetch
                ? Optional.of(TaxonomyInputs.badgeClasses(UrlMapFetcher.of(Optional.ofNullable(urlMap), !fetch)))
                : Optional.empty();
        return BatchRunner.run(inputs, format, spec.commandLine().getOut(), spec.commandLine().getErr(), "classified",
                input -> classify(Loaded.load(input), source, explain));
    }

    static ResultLine classify(Loaded loaded) {
        return classify(loaded, Optional.empty(), false);
    }

    static ResultLine classify(Loaded loaded, Optional<BadgeClassSource> source, boolean explain) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("file", loaded.input().display());
        Optional<BadgeDocument> doc = Optional.empty();
        String problem = loaded.problem() == null ? null : loaded.problem()[1];
        if (loaded.badge() != null) {
            try {
                doc = Optional.of(BadgeJson.standard().read(loaded.badge()));
            } catch (BadgeJsonException e) {
                problem = e.getMessage();
            }
        }
        if (doc.isPresent() && doc.get().model().orElse(null) instanceof ClrCredential clr) {
            return transcript(loaded, doc.get(), clr, line);
        }
        Optional<Classification> result = doc.flatMap(d -> classify(d, source));
        line.put("kind", doc.map(d -> d.kind().displayName()).orElse("NotABadge"));
        if (doc.flatMap(BadgeDocument::version).isPresent()) {
            line.put("version", doc.get().version().get().label());
        } else {
            line.putNull("version");
        }
        line.put("container", loaded.container());
        if (result.isEmpty()) {
            String why = problem != null ? problem : doc.map(d -> d.isBadge()
                    ? "a " + d.kind().displayName() + " carries no achievement to classify" : d.description()).orElse("");
            line.putNull("level");
            line.put("confidence", 0.0);
            ObjectNode reason = line.putArray("reasons").addObject().put("code", "NOT_CLASSIFIABLE").put("message", why);
            if (loaded.container().equals("file")) {
                reason.put("id", ValidateCommand.INPUT_READABLE);
            }
            return new ResultLine(line, SafeText.escape(loaded.input().display()) + ": not classified: "
                    + SafeText.escape(why), false);
        }
        Classification c = result.get();
        if (c.level().isPresent()) {
            line.put("level", c.level().get().id());
        } else {
            line.putNull("level");
        }
        line.put("confidence", Math.round(c.confidence() * 1000) / 1000.0);
        line.put("basis", c.basis().name().toLowerCase(Locale.ROOT));
        ArrayNode reasons = line.putArray("reasons");
        StringBuilder text = new StringBuilder(SafeText.escape(loaded.input().display())).append(": ")
                .append(c.level().map(l -> l.id()).orElse("unclassified"))
                .append(String.format(Locale.ROOT, " (confidence %.2f)", c.confidence()));
        ArrayNode explanation = explain ? line.putArray("explanation") : null;
        int n = 0;
        for (Reason r : c.reasons()) {
            ObjectNode reason = reasons.addObject().put("code", r.code().name()).put("message", r.message());
            r.supports().ifPresent(k -> reason.put("supports", k.id()));
            if (explain) {
                String sentence = sentence(r);
                explanation.add(sentence);
                text.append("\n  ").append(++n).append(". ").append(SafeText.escape(sentence));
            } else {
                text.append("\n  ").append(SafeText.escape(r.message()));
            }
        }
        return new ResultLine(line, text.toString(), c.level().isPresent());
    }

    /**
     * A CLR's line: the usual fields where they make sense for the record itself (it has no level of its own:
     * {@code level} null, {@code confidence} 0, {@code basis} {@code transcript}, no reasons), then its
     * {@code transcript}. Nothing is verified here, so every nested credential's verification is unknown and the
     * pathways count as a preview. It passes when it has entries and every one is classified.
     */
    private static ResultLine transcript(Loaded loaded, BadgeDocument doc, ClrCredential clr, ObjectNode line) {
        Transcript t = Transcript.of(clr);
        Counting counting = TranscriptView.counting(false);
        line.put("kind", doc.kind().displayName());
        if (doc.version().isPresent()) {
            line.put("version", doc.version().get().label());
        } else {
            line.putNull("version");
        }
        line.put("container", loaded.container());
        line.putNull("level");
        line.put("confidence", 0.0);
        line.put("basis", "transcript");
        line.putArray("reasons");
        TranscriptView.json(t, counting, line.putObject("transcript"));
        boolean passed = TranscriptView.allClassified(t);
        String text = SafeText.escape(loaded.input().display()) + ": transcript of " + doc.kind().displayName()
                + clr.id().map(id -> " " + SafeText.escape(id)).orElse("")
                + t.learnerId().map(l -> " for " + SafeText.escape(l)).orElse("")
                + t.issuerId().map(i -> " from " + SafeText.escape(i)).orElse("")
                + ": " + t.credentials().size() + (t.credentials().size() == 1 ? " credential" : " credentials")
                + (t.uncredentialled().isEmpty() ? "" : ", " + t.uncredentialled().size() + " achievements without one")
                + (passed ? "" : ", not all classified")
                + TranscriptView.text(t, counting, "  ");
        return new ResultLine(line, text, passed);
    }

    /** A reason as a sentence: capitalised, ending in a full stop, with its weight when it added one. */
    static String sentence(Reason r) {
        String m = r.message();
        String first = m.isEmpty() ? m : m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1);
        String weight = r.weight() > 0 ? String.format(Locale.ROOT, " (weight %.2f%s)", r.weight(),
                r.supports().map(k -> " for " + k.id()).orElse("")) : "";
        return first + (first.endsWith(".") ? "" : ".") + weight.replace(").", ")");
    }

    private static Optional<Classification> classify(BadgeDocument doc, Optional<BadgeClassSource> source) {
        Classifier classifier = Classifier.standard();
        Optional<Object> model = doc.model();
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Object m = model.get();
        if (m instanceof OpenBadgeCredential c) {
            return Optional.of(classifier.classify(c));
        }
        if (m instanceof Achievement a) {
            return Optional.of(classifier.classify(a));
        }
        if (m instanceof Assertion a) {
            return Optional.of(source.isPresent() ? classifier.classify(a, source.get()) : classifier.classify(a));
        }
        if (m instanceof BadgeClass b) {
            return Optional.of(classifier.classify(b));
        }
        return Optional.empty();
    }
}
