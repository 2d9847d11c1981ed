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

    private static final ObjectMapper JSON = new ObjectMapper();

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
        long start = System.nanoTime();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "laurel-worker");
            t.setDaemon(true);
            return t;
        });
        int passed = 0;
        boolean progress = inputs.size() > 1 && System.console() != null && System.getenv("CI") == null;
        try (ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName(verb).setInitialMax(inputs.size())
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build() : null) {
            List<CompletableFuture<ResultLine>> futures = new ArrayList<>(inputs.size());
            for (Inputs.Input input : inputs) {
                futures.add(CompletableFuture.supplyAsync(() -> safely(work, input, verb), pool));
            }
            for (CompletableFuture<ResultLine> future : futures) {
                ResultLine outcome = future.join();
                if (outcome.passed()) {
                    passed++;
                }
                if (format == OutputFormat.json) {
                    out.println(write(outcome));
                } else {
                    out.println(outcome.text());
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
        err.println(String.format(Locale.ROOT, "%d input%s: %d %s, %d not %s in %.2f s (%.1f/s)",
                inputs.size(), inputs.size() == 1 ? "" : "s", passed, verb, failed, verb, seconds,
                seconds > 0 ? inputs.size() / seconds : 0.0));
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String write(ResultLine outcome) {
        try {
            return JSON.writeValueAsString(outcome.json());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResultLine safely(Function<Inputs.Input, ResultLine> work, Inputs.Input input, String verb) {
        try {
            return work.apply(input);
        } catch (RuntimeException e) {
            // A bug of ours must not abort the batch or print a stack trace: report it on the input.
            com.fasterxml.jackson.databind.node.ObjectNode json = JSON.createObjectNode();
            json.put("file", input.display());
            json.put("kind", "Error");
            json.putNull("version");
            // Keep the line's contract: the pass/fail field of the command is present and false.
            if (verb.equals("classified")) {
                json.putNull("level");
            } else {
                json.put(verb, false);
            }
            json.put("error", "internal error: " + e.getMessage());
            return new ResultLine(json, input.display() + ": internal error: " + e.getMessage(), false);
        }
    }
}
