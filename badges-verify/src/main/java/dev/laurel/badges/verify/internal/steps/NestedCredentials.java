package dev.laurel.badges.verify.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CheckId;
import dev.laurel.badges.verify.report.DocumentCheck;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the presentation and CLR steps share about the credentials a document carries (a presentation's or a
 * CLR subject's {@code verifiableCredential}): reading one entry (a credential object, a VC-JWT string, an
 * {@code EnvelopedVerifiableCredential}), verifying them all in document order (sequentially, or on an executor),
 * and the one check per credential that names it and says why it failed.
 */
final class NestedCredentials {

    private NestedCredentials() {
    }

    /**
     * Verifies every entry, results in document order. Without an executor they run one after the other on this
     * thread. With one, each is offered to it, and this thread also takes any entry no pool thread has started,
     * in order, before it waits: so results never depend on the pool's size, and a pool whose own threads call
     * the verifier cannot deadlock on entries queued behind them.
     *
     * @param items the entries
     * @param verify verifies one entry (never throws for bad input; a guarded pipeline run)
     * @param executor where entries may run, if anywhere but this thread
     * @return one report per entry, in order
     */
    static List<VerificationReport> verifyAll(List<JsonNode> items, Function<JsonNode, VerificationReport> verify,
                                             Optional<Executor> executor) {
        List<VerificationReport> out = new ArrayList<>(items.size());
        if (executor.isEmpty() || items.size() < 2) {
            for (JsonNode item : items) {
                out.add(verify.apply(item));
            }
            return out;
        }
        List<Slot> slots = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            Slot slot = new Slot(item, verify);
            slots.add(slot);
            try {
                executor.get().execute(slot::run);
            } catch (RejectedExecutionException busy) {
                // Not an error: this thread runs the entry itself below.
            }
        }
        for (Slot slot : slots) {
            slot.run();
            try {
                out.add(slot.result.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof Error) {
                    throw (Error) e.getCause();
                }
                throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
            }
        }
        return out;
    }

    /** One entry, run by whichever thread claims it first. */
    private static final class Slot {
        private final JsonNode item;
        private final Function<JsonNode, VerificationReport> verify;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<VerificationReport> result = new CompletableFuture<>();

        Slot(JsonNode item, Function<JsonNode, VerificationReport> verify) {
            this.item = item;
            this.verify = verify;
        }

        void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                result.complete(verify.apply(item));
            } catch (Throwable t) {
                // Handed to the waiting thread, which rethrows it (only a VirtualMachineError gets this far).
                result.completeExceptionally(t);
            }
        }
    }

    /**
     * Verifies one entry of {@code verifiableCredential}: a VC-JWT string, an {@code EnvelopedVerifiableCredential}
     * whose id is a {@code data:} URL of a VC-JWT, or a credential object, each as bytes through the verifier.
     *
     * @param item the entry
     * @param recipient the recipient to match, if any
     * @param verifier verifies bytes
     * @return the report; an entry that is none of these gets a failed {@code input.readable}
     */
    static VerificationReport credential(JsonNode item, Optional<Recipient> recipient,
                                         BiFunction<byte[], Optional<Recipient>, VerificationReport> verifier) {
        if (item.isTextual()) {
            return verifier.apply(item.textValue().getBytes(StandardCharsets.UTF_8), recipient);
        }
        if (item.isObject() && Json.hasType(item.get("type"), "EnvelopedVerifiableCredential")) {
            Optional<String> id = Json.text(item, "id");
            int comma = id.map(s -> s.indexOf(',')).orElse(-1);
            if (id.isPresent() && comma > 0 && id.get().toLowerCase(Locale.ROOT).startsWith("data:")
                    && id.get().substring(0, comma).toLowerCase(Locale.ROOT).contains("jwt")) {
                return verifier.apply(id.get().substring(comma + 1).getBytes(StandardCharsets.UTF_8), recipient);
            }
            return unreadable("an EnvelopedVerifiableCredential whose id is not a data: URL of a VC-JWT");
        }
        if (item.isObject()) {
            return verifier.apply(Json.bytes(item), recipient);
        }
        return unreadable("an entry of verifiableCredential is neither a credential object nor a VC-JWT string");
    }

    /**
     * A report for an entry that is not a credential at all.
     *
     * @param message what it is instead
     * @return a report with one failed {@code input.readable} check
     */
    static VerificationReport unreadable(String message) {
        return new VerificationReport(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(),
                List.of(Check.failed(DocumentCheck.READABLE, "", message)), Optional.empty());
    }

    /**
     * The outer document's check on one nested credential: passed when its report is verified, else failed with
     * the first failure of its report.
     *
     * @param step the check id ({@code presentation.credential}, {@code clr.nested})
     * @param path the entry's JSON Pointer
     * @param which how to name the entry, e.g. {@code credential 3}
     * @param report the entry's report
     * @return the check
     */
    static Check outcome(CheckId step, String path, String which, VerificationReport report) {
        String named = which + report.issuer().map(id -> " (issuer " + id + ")").orElse("");
        if (report.verified()) {
            return Check.passed(step, path, named + " is verified");
        }
        String why = report.failures().stream().findFirst().map(c -> c.id() + ": " + c.message()).orElse("");
        return Check.failed(step, path, named + " is not verified: " + why);
    }
}
