package dev.laurel.badges.examples.cli;

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
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code laurel decide} and {@code laurel pathway} share: the verifier (built as {@code laurel verify}
 * builds it), a badge-class source on the same fetcher, and each input verified, read and classified.
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
     * One input: its verification line (from {@code laurel verify}) and, when it is an awarded badge, the
     * backpack entry with its classification and verification status.
     */
    record Item(Inputs.Input input, ResultLine verification, Optional<BackpackEntry> entry, String problem) {

        boolean verified() {
            return verification.passed();
        }
    }

    /**
     * Every input, verified and read at one instant, in input order; the backpack holds the awarded ones
     * and {@code byEntry} finds the input behind each of its entries.
     */
    record Batch(Instant at, List<Item> items, Backpack backpack, Map<BackpackEntry, Item> byEntry) {
    }

    /** Expands the paths and loads each input with the verifier the options build. */
    static Batch loadAll(List<String> paths, VerificationOptions verification) {
        Clock clock = verification.clock();
        Instant at = clock.instant();
        List<Inputs.Input> inputs = Inputs.expand(paths);
        DocumentFetcher fetcher = verification.fetcher();
        Verifier verifier = verification.verifier(fetcher, clock);
        BadgeClassSource source = badgeClasses(fetcher);
        List<Item> items = new ArrayList<>();
        Backpack backpack = Backpack.empty();
        Map<BackpackEntry, Item> byEntry = new IdentityHashMap<>();
        for (Inputs.Input input : inputs) {
            Item item = load(input, verifier, source, at);
            items.add(item);
            if (item.entry().isPresent()) {
                backpack = backpack.with(item.entry().get());
                byEntry.put(item.entry().get(), item);
            }
        }
        return new Batch(at, List.copyOf(items), backpack, byEntry);
    }

    static Item load(Inputs.Input input, Verifier verifier, BadgeClassSource source, Instant at) {
        ResultLine verification = VerifyCommand.verify(verifier, input, Optional.empty());
        Loaded loaded = Loaded.load(input);
        if (loaded.badge() == null) {
            return new Item(input, verification, Optional.empty(), loaded.problem() == null
                    ? "the file carries no badge" : loaded.problem()[1]);
        }
        BadgeDocument doc;
        try {
            doc = BadgeJson.standard().read(loaded.badge());
        } catch (BadgeJsonException e) {
            return new Item(input, verification, Optional.empty(), e.getMessage());
        }
        Object model = doc.model().orElse(null);
        Credential credential;
        if (model instanceof OpenBadgeCredential c) {
            credential = Credential.of(c);
        } else if (model instanceof Assertion a) {
            credential = Credential.of(a);
        } else {
            return new Item(input, verification, Optional.empty(), "a " + doc.kind().displayName()
                    + " is not an awarded badge");
        }
        VerificationStatus status = verification.passed() ? VerificationStatus.verified(at)
                : VerificationStatus.notVerified(at);
        BackpackEntry entry = new BackpackEntry(credential, Classifier.standard().classify(credential, source),
                Visibility.PRIVATE, status);
        return new Item(input, verification, Optional.of(entry), null);
    }

    /** The common fields of a line: file, kind, version, container and verified, from the verification line. */
    static ObjectNode line(Item item) {
        ObjectNode v = item.verification().json();
        ObjectNode line = v.objectNode();
        line.put("file", item.input().display());
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
        return line;
    }
}
