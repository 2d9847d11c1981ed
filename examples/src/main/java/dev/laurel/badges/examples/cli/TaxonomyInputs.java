package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.classify.BadgeClassSource;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.transcript.EntrySource;
import dev.laurel.badges.core.taxonomy.transcript.Transcript;
import dev.laurel.badges.core.taxonomy.transcript.TranscriptEntry;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.report.ClrCheck;
import dev.laurel.badges.verify.report.NestedReport;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * What {@code laurel decide} and {@code laurel pathway} share: the verifier (built as {@code laurel verify}
 * builds it), a badge-class source on the same fetcher, and each input verified, read and classified; a CLR's
 * nested credentials each become an item of their own.
 */
final class TaxonomyInputs {

    private TaxonomyInputs() {
    }

    /**
     * A badge-class source that fetches an OB 2.0 badge class by its IRI through the fetcher; a failed
     * fetch or a document that is not a badge class supplies nothing.
     */
    static BadgeClassSource badgeClasses(DocumentFetcher fetcher) {
        return id -> {
            try {
                byte[] body = fetcher.fetch(URI.create(id), "application/ld+json, application/json").body();
                return BadgeJson.standard().read(body).model().filter(m -> m instanceof BadgeClass)
                        .map(m -> (BadgeClass) m);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        };
    }

    /**
     * One badge to judge: its verification line (from {@code laurel verify}) and, when it is an awarded badge, the
     * backpack entry with its classification and verification status. A file is one item; a CLR is one item per
     * nested credential, named {@code <file>#<pointer>}.
     *
     * @param input the input it came from
     * @param file how lines name it: the input's path, or for a CLR's nested credential {@code <file>#<pointer>}
     * @param verification its verification line (for a nested credential: its own report's fields, and whether it
     *     counts as verified under the CLR rule of {@code TaxonomyInputs.nested})
     * @param entry the backpack entry, when it is an awarded badge
     * @param problem why there is no entry, or null
     * @param clr for a CLR's nested credential: where it sits and whether the CLR's own checks passed
     */
    record Item(Inputs.Input input, String file, ResultLine verification, Optional<BackpackEntry> entry, String problem,
                Optional<InClr> clr) {

        Item(Inputs.Input input, ResultLine verification, Optional<BackpackEntry> entry, String problem) {
            this(input, input.display(), verification, entry, problem, Optional.empty());
        }

        boolean verified() {
            return verification.passed();
        }
    }

    /**
     * Where a nested credential sits in its CLR.
     *
     * @param pointer its JSON Pointer in the CLR
     * @param ownChecksPassed whether the CLR's own checks passed (its proof, binding, dates, status, validity, and
     *     this credential's {@code clr.subject}), other nested credentials' failures not counted
     */
    record InClr(String pointer, boolean ownChecksPassed) {
    }

    /**
     * Every item, verified and read at one instant, in input order (a CLR's nested credentials in document order);
     * the backpack holds the awarded ones and {@code byEntry} finds the item behind each of its entries.
     */
    record Batch(Instant at, List<Item> items, Backpack backpack, Map<BackpackEntry, Item> byEntry) {
    }

    /**
     * Expands the paths and loads each input with the verifier the options build, as {@code laurel verify} builds
     * it: a CLR's nested credentials on the nested pool, with {@code --require-same-learner} when given.
     */
    static Batch loadAll(List<String> paths, VerificationOptions verification, ClrOptions clrOptions) {
        Clock clock = verification.clock();
        Instant at = clock.instant();
        List<Inputs.Input> inputs = Inputs.expand(paths);
        DocumentFetcher fetcher = verification.fetcher();
        ThreadPoolExecutor nestedPool = VerifyCommand.nestedPool(Runtime.getRuntime().availableProcessors());
        try {
            Verifier verifier = verification.verifier(fetcher, clock, b -> clrOptions.apply(b, nestedPool));
            BadgeClassSource source = badgeClasses(fetcher);
            List<Item> items = new ArrayList<>();
            Backpack backpack = Backpack.empty();
            Map<BackpackEntry, Item> byEntry = new IdentityHashMap<>();
            for (Inputs.Input input : inputs) {
                for (Item item : load(input, verifier, source, at)) {
                    items.add(item);
                    if (item.entry().isPresent()) {
                        backpack = backpack.with(item.entry().get());
                        byEntry.put(item.entry().get(), item);
                    }
                }
            }
            return new Batch(at, List.copyOf(items), backpack, byEntry);
        } finally {
            nestedPool.shutdownNow();
        }
    }

    /** One input's items: one for a badge (or what is none), one per nested credential for a CLR. */
    static List<Item> load(Inputs.Input input, Verifier verifier, BadgeClassSource source, Instant at) {
        VerifyCommand.Checked checked = VerifyCommand.check(verifier, input, Optional.empty(), Optional.empty());
        ResultLine verification = checked.line();
        Optional<VerificationReport> report = checked.report();
        Optional<Transcript> transcript = report.flatMap(r -> r.transcript(at));
        if (transcript.isPresent()) {
            return nested(input, verification, report.get(), transcript.get(), verifier.keyBinding().id(), at);
        }
        Loaded loaded = Loaded.load(input);
        if (loaded.badge() == null) {
            return List.of(new Item(input, verification, Optional.empty(), loaded.problem() == null
                    ? "the file carries no badge" : loaded.problem()[1]));
        }
        BadgeDocument doc;
        try {
            doc = BadgeJson.standard().read(loaded.badge());
        } catch (BadgeJsonException e) {
            return List.of(new Item(input, verification, Optional.empty(), e.getMessage()));
        }
        Object model = doc.model().orElse(null);
        Credential credential;
        if (model instanceof OpenBadgeCredential c) {
            credential = Credential.of(c);
        } else if (model instanceof Assertion a) {
            credential = Credential.of(a);
        } else {
            return List.of(new Item(input, verification, Optional.empty(), "a " + doc.kind().displayName()
                    + " is not an awarded badge"));
        }
        // The report's status carries the issuer key binding too (for the issuerKeyBound condition).
        VerificationStatus status = report.map(r -> r.status(at)).orElse(VerificationStatus.notVerified(at));
        BackpackEntry entry = new BackpackEntry(credential, Classifier.standard().classify(credential, source),
                Visibility.PRIVATE, status);
        return List.of(new Item(input, verification, Optional.of(entry), null));
    }

    /**
     * A CLR's items: one per nested credential, its backpack entry from the CLR's transcript (classified, with the
     * nested report's status). A nested credential counts as verified only when its own report verified AND the
     * CLR's own checks passed (not counting the other nested credentials' failures): a CLR whose own proof, key
     * binding, dates, status or validity fail vouches for nothing it holds, even where a nested credential's own
     * proof is good. A CLR with no nested credential is one item with no entry (it is not verified either).
     */
    private static List<Item> nested(Inputs.Input input, ResultLine whole, VerificationReport report,
                                     Transcript transcript, String mode, Instant at) {
        List<NestedReport> reports = report.nested();
        JsonNode clrJson = report.document().map(BadgeDocument::json).orElse(null);
        List<Item> items = new ArrayList<>();
        for (TranscriptEntry t : transcript.entries()) {
            if (t.source() != EntrySource.NESTED_CREDENTIAL || t.backpackEntry().isEmpty()) {
                continue;
            }
            Optional<NestedReport> nestedReport = t.index() < reports.size() ? Optional.of(reports.get(t.index()))
                    : Optional.empty();
            Optional<VerificationReport> own = nestedReport.map(NestedReport::report);
            // The verifier's pointer where it has one (as verify's path): a lone verifiableCredential object has no
            // index there, though the transcript gives it one.
            String where = nestedReport.map(NestedReport::pointer).orElse(t.path());
            boolean ownPassed = ownChecksPassed(report, where);
            BackpackEntry entry = t.backpackEntry().get();
            if (!ownPassed && entry.verification().isVerified()) {
                entry = new BackpackEntry(entry.credential(), entry.classification(), entry.visibility(),
                        VerificationStatus.notVerified(at).withKeyBinding(entry.verification().keyBinding()));
            }
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            String file = input.display() + "#" + where;
            line.put("file", file);
            StringBuilder text = new StringBuilder(SafeText.escape(file)).append(": ");
            String container = clrJson != null && clrJson.at(where).isTextual() ? "jws" : "json";
            if (own.isPresent()) {
                VerifyCommand.describe(own.get(), line, container, mode, text, "\n  ", Optional.empty());
            }
            boolean verified = own.map(VerificationReport::verified).orElse(false) && ownPassed;
            line.put("verified", verified);
            items.add(new Item(input, file, new ResultLine(line, text.toString(), verified), Optional.of(entry), null,
                    Optional.of(new InClr(where, ownPassed))));
        }
        if (items.isEmpty()) {
            // Nested credentials given as VC-JWT strings are verified but not modelled (docs/CLR.md, "What is not
            // there yet"), so the transcript has none of them: say that rather than "none".
            items.add(new Item(input, whole, Optional.empty(), reports.isEmpty() ? "the CLR holds no nested credential"
                    : "none of the CLR's " + reports.size() + " nested credentials is an OB 3.0 credential object the "
                    + "taxonomy can read (nested VC-JWT strings are not modelled yet)"));
        }
        return List.copyOf(items);
    }

    /**
     * Whether no check of the CLR's own failed, leaving out {@code clr.nested} (a nested credential's own failure,
     * judged on its own) and the {@code clr.subject} checks of the other nested credentials.
     */
    private static boolean ownChecksPassed(VerificationReport report, String pointer) {
        String mine = pointer + "/";
        return report.checks().stream().filter(c -> c.outcome() == Outcome.FAILED)
                .filter(c -> c.step() != ClrCheck.NESTED)
                .noneMatch(c -> c.step() != ClrCheck.SUBJECT || c.path().startsWith(mine));
    }

    /** The common fields of a line: file, kind, version, container and verified, from the verification line. */
    static ObjectNode line(Item item) {
        ObjectNode v = item.verification().json();
        ObjectNode line = v.objectNode();
        line.put("file", item.file());
        line.set("kind", v.get("kind"));
        line.set("version", v.get("version"));
        line.set("container", v.get("container"));
        line.put("verified", item.verified());
        if (item.entry().isPresent()) {
            BackpackEntry e = item.entry().get();
            if (e.level().isPresent()) {
                line.put("level", e.level().get().id());
            } else {
                line.putNull("level");
            }
            line.put("confidence", Math.round(e.classification().confidence() * 1000) / 1000.0);
        } else {
            line.putNull("level");
            line.put("confidence", 0.0);
            line.put("problem", item.problem());
        }
        // Added for a CLR's nested credential: the CLR file, the credential's place in it, and whether the CLR's
        // own checks passed (a nested credential counts as verified only if they did).
        item.clr().ifPresent(c -> line.put("clr", item.input().display()).put("path", c.pointer())
                .put("clrChecksPassed", c.ownChecksPassed()));
        return line;
    }
}
