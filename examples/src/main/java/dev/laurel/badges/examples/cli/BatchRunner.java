package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs a command over many inputs on all cores, prints each result in input order (JSON Lines or
 * text), shows a progress bar on a terminal, and ends with a summary line on stderr.
 */
final class BatchRunner {

    /** Writes JSON Lines; strings escape controls, separators and bidi characters (see {@link SafeText}). */
    private static final ObjectMapper JSON = SafeText.jsonLinesMapper();

    /** The check id (and problem/reason id) of an input whose handling failed inside Laurel. */
    static final String VERIFIER_ERROR = "verifier.error";

    private BatchRunner() {
    }

    /**
     * Processes inputs.
     *
     * @param inputs the inputs
     * @param format the output format
     * @param out standard output
     * @param err standard error
     * @param verb what passing means, for the summary ("valid", "verified", "classified")
     * @param work the work for one input; must not throw for bad input
     * @return the exit code: 0 if every input passed, else 1
     */
    static int run(List<Inputs.Input> inputs, OutputFormat format, PrintWriter out, PrintWriter err, String verb,
                   Function<Inputs.Input, ResultLine> work) {
        return run(inputs, format, out, err, verb, "", work);
    }

    /**
     * Processes inputs, ending the summary line with a note (for example the key-binding mode).
     *
     * @param inputs the inputs
     * @param format the output format
     * @param out standard output
     * @param err standard error
     * @param verb what passing means, for the summary
     * @param note appended to the summary line, {@code ""} for none
     * @param work the work for one input; must not throw for bad input
     * @return the exit code: 0 if every input passed, else 1
     */
    static int run(List<Inputs.Input> inputs, OutputFormat format, PrintWriter out, PrintWriter err, String verb,
                   String note, Function<Inputs.Input, ResultLine> work) {
        long start = System.nanoTime();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "laurel-worker");
            t.setDaemon(true);
            return t;
        });
        int passed = 0;
        // The bar goes to standard error whenever that is a terminal, even with standard output redirected;
        // when both are the same terminal, ProgressLine keeps the bar out of the result lines' way.
        boolean progress = inputs.size() > 1 && ProgressLine.isTerminal(2) && System.getenv("CI") == null;
        ProgressLine line = progress ? new ProgressLine(System.err, 79, ProgressLine.isTerminal(1)) : null;
        try (ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName(verb).setInitialMax(inputs.size())
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().setConsumer(line).build() : null) {
            List<CompletableFuture<ResultLine>> futures = new ArrayList<>(inputs.size());
            for (Inputs.Input input : inputs) {
                futures.add(CompletableFuture.supplyAsync(() -> safely(work, input, verb), pool));
            }
            for (CompletableFuture<ResultLine> future : futures) {
                ResultLine outcome = joinUnwrapped(future);
                if (outcome.passed()) {
                    passed++;
                }
                String text = format == OutputFormat.json ? write(outcome) : outcome.text();
                if (line != null) {
                    line.println(out, text);
                } else {
                    out.println(text);
                }
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        int failed = inputs.size() - passed;
        err.println(String.format(Locale.ROOT, "%d input%s: %d %s, %d not %s in %.2f s (%.1f/s)%s",
                inputs.size(), inputs.size() == 1 ? "" : "s", passed, verb, failed, verb, seconds,
                seconds > 0 ? inputs.size() / seconds : 0.0, note));
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /** Joins a result; a {@link VirtualMachineError} that ended it is rethrown as itself, not wrapped. */
    private static ResultLine joinUnwrapped(CompletableFuture<ResultLine> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof VirtualMachineError vm) {
                throw vm;
            }
            throw e;
        }
    }

    private static String write(ResultLine outcome) {
        try {
            return JSON.writeValueAsString(outcome.json());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the work for one input. One bad input never ends a batch: a {@link RuntimeException} or an
     * {@link Error} other than a {@link VirtualMachineError} (out of memory, internal JVM error: the JVM
     * is not to be trusted any more) becomes a failed line with the id {@value #VERIFIER_ERROR}.
     */
    static ResultLine safely(Function<Inputs.Input, ResultLine> work, Inputs.Input input, String verb) {
        try {
            return work.apply(input);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            return failed(input, verb, internalMessage(e));
        }
    }

    private static String internalMessage(Throwable e) {
        String message = e.getMessage();
        return "internal error: " + (message == null || message.isBlank() ? "unexpected failure" : message);
    }

    /** A line that keeps the command's contract: its pass/fail field is present and false, with one finding. */
    private static ResultLine failed(Inputs.Input input, String verb, String message) {
        com.fasterxml.jackson.databind.node.ObjectNode json = JSON.createObjectNode();
        json.put("file", input.display());
        json.put("kind", "Error");
        json.putNull("version");
        switch (verb) {
            case "classified" -> {
                json.putNull("level");
                json.put("confidence", 0.0);
                json.putArray("reasons").addObject().put("code", "NOT_CLASSIFIABLE").put("message", message)
                        .put("id", VERIFIER_ERROR);
            }
            case "verified" -> {
                json.put("verified", false);
                json.put("proofFormat", "NONE");
                json.putNull("issuer");
                json.putArray("checks").addObject().put("id", VERIFIER_ERROR).put("outcome", "failed")
                        .put("message", message).put("path", "");
            }
            default -> {
                json.put(verb, false);
                json.putArray("problems").addObject().put("code", "INTERNAL_ERROR").put("severity", "error")
                        .put("path", "").put("message", message).put("id", VERIFIER_ERROR);
            }
        }
        json.put("error", message);
        return new ResultLine(json, SafeText.escape(input.display()) + ": " + VERIFIER_ERROR + ": "
                + SafeText.escape(message), false);
    }
}
