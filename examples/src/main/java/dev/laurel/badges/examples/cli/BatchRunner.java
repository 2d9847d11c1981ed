package dev.laurel.badges.examples.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Runs a command over many inputs on all cores, prints each result in input order (JSON Lines or
 * text), shows a progress bar on a terminal, and ends with a summary line on stderr.
 */
final class BatchRunner {

    /** Writes JSON Lines; strings escape controls, separators and bidi characters (see {@link SafeText}). */

    /**
     * How many inputs per worker thread may be started and not yet printed: enough to keep every core busy
     * behind a slow input, few enough that memory does not grow with the number of inputs.
     */
    static final int WINDOW_PER_THREAD = 4;

    /**
     * The most bytes of inline credentials (lines of {@code laurel verify -}) started and not yet printed: four
     * of the longest lines ({@link LineInputs#MAX_LINE_BYTES}), so at least one always fits.
     */
    static final int MAX_INLINE_BYTES_IN_FLIGHT = 4 * LineInputs.MAX_LINE_BYTES;

    /** The check id (and problem/reason id) of an input whose handling failed inside Laurel. */
    static final String VERIFIER_ERROR = dev.laurel.badges.verify.report.ReportJson.VERIFIER_ERROR;

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
        return run(Inputs.of(inputs), inputs.size(), format, out, err, verb, note, work);
    }

    /**
     * Processes inputs handed out one at a time (standard input's lines, for example) and prints each
     * result as soon as it and every earlier one are done, in input order, flushed unless the next result is
     * already done too (then both go out in one write). A reader thread takes
     * inputs from the source and starts their work; at most {@value #WINDOW_PER_THREAD} per worker thread
     * are started and not yet printed, holding at most {@value #MAX_INLINE_BYTES_IN_FLIGHT} bytes of inline
     * credentials, so memory stays flat however many inputs come, and a slow input only holds back the
     * output (never the memory) of those after it.
     *
     * @param source the inputs
     * @param known how many inputs there are, or -1 when that is not known (then no progress bar)
     * @param format the output format
     * @param out standard output
     * @param err standard error
     * @param verb what passing means, for the summary
     * @param note appended to the summary line, {@code ""} for none
     * @param work the work for one input; must not throw for bad input
     * @return the exit code: 0 if every input passed, else 1
     * @throws UsageException if a source of unknown length (standard input) yields no input at all, or
     *     cannot be read: the lines printed before stay printed
     */
    static int run(Inputs.Source source, long known, OutputFormat format, PrintWriter out, PrintWriter err,
                   String verb, String note, Function<Inputs.Input, ResultLine> work) {
        int cores = Runtime.getRuntime().availableProcessors();
        return run(source, known, (int) Math.max(1, known < 0 ? cores : Math.min(cores, known)), format, out, err,
                verb, note, work);
    }

    /**
     * As {@link #run(Inputs.Source, long, OutputFormat, PrintWriter, PrintWriter, String, String, Function)},
     * on {@code threads} worker threads (tests fix the number, whatever the machine's cores).
     */
    static int run(Inputs.Source source, long known, int threads, OutputFormat format, PrintWriter out,
                   PrintWriter err, String verb, String note, Function<Inputs.Input, ResultLine> work) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "laurel-worker");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Pending> window = new ArrayBlockingQueue<>(threads * WINDOW_PER_THREAD);
        Semaphore inlineBytes = new Semaphore(MAX_INLINE_BYTES_IN_FLIGHT);
        Thread reader = new Thread(() -> feed(source, pool, window, inlineBytes, work, verb), "laurel-reader");
        reader.setDaemon(true);
        long total = 0;
        long passed = 0;
        Throwable failure;
        // The bar goes to standard error whenever that is a terminal, even with standard output redirected;
        // when both are the same terminal, ProgressLine keeps the bar out of the result lines' way.
        boolean progress = known > 1 && ProgressLine.isTerminal(2) && System.getenv("CI") == null;
        ProgressLine line = progress ? new ProgressLine(System.err, 79, ProgressLine.isTerminal(1)) : null;
        try (ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName(verb).setInitialMax(known)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().setConsumer(line).build() : null) {
            reader.start();
            for (Pending next = take(window); ; next = take(window)) {
                if (next.result() == null) {
                    failure = next.failure();
                    break;
                }
                ResultLine outcome = joinUnwrapped(next.result());
                inlineBytes.release(next.weight());
                total++;
                if (outcome.passed()) {
                    passed++;
                }
                String text = format == OutputFormat.json ? jsonLine(outcome) : outcome.text();
                if (line != null) {
                    line.println(out, text);
                } else {
                    out.println(text);
                }
                // Flushed whenever the next result is not ready yet: a pipeline reading the output never waits
                // for a result that is known, and a run of ready results goes out in one write, not one each.
                Pending ahead = window.peek();
                if (ahead == null || ahead.result() == null || !ahead.result().isDone()) {
                    out.flush();
                }
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
        out.flush();
        if (failure != null) {
            if (failure instanceof VirtualMachineError vm) {
                throw vm;
            }
            throw new UsageException("cannot read standard input: " + (failure.getMessage() == null ? "I/O error"
                    : failure.getMessage()));
        }
        if (total == 0 && known < 0) {
            throw new UsageException("no input: standard input held no path or credential");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long failed = total - passed;
        err.println(String.format(Locale.ROOT, "%d input%s: %d %s, %d not %s in %.2f s (%.1f/s)%s",
                total, total == 1 ? "" : "s", passed, verb, failed, verb, seconds,
                seconds > 0 ? total / seconds : 0.0, note));
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /**
     * One started input in the window, or the end of the inputs (no result).
     *
     * @param result the work under way, or null at the end
     * @param weight the inline bytes it holds, released once it is printed
     * @param failure at the end: why the source could not be read, or null
     */
    private record Pending(CompletableFuture<ResultLine> result, int weight, Throwable failure) {
    }

    /** Takes the next started input, waiting for the reader. */
    private static Pending take(BlockingQueue<Pending> window) {
        try {
            return window.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The reader thread: takes each input from the source, waits for room in the window (and in the inline
     * byte budget), starts its work, and ends the window with an end marker carrying any read failure.
     */
    private static void feed(Inputs.Source source, ExecutorService pool, BlockingQueue<Pending> window,
                             Semaphore inlineBytes, Function<Inputs.Input, ResultLine> work, String verb) {
        Throwable failure = null;
        try {
            for (Inputs.Input input = source.next(); input != null; input = source.next()) {
                Inputs.Input current = input;
                inlineBytes.acquire(current.weight());
                window.put(new Pending(CompletableFuture.supplyAsync(() -> safely(work, current, verb), pool),
                        current.weight(), null));
            }
        } catch (InterruptedException e) {
            // The printing side has stopped (a VirtualMachineError): nobody waits for an end marker.
            Thread.currentThread().interrupt();
            return;
        } catch (java.io.IOException | RuntimeException | Error e) {
            failure = e;
        }
        try {
            window.put(new Pending(null, 0, failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /**
     * The JSON Lines text of one result, without the line end: what {@code --format json} prints for it, and what
     * {@code laurel serve}'s {@code POST /verify} answers.
     */
    static String jsonLine(ResultLine outcome) {
        try {
            return SafeText.jsonLines().writeValueAsString(outcome.json());
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
        if (verb.equals("verified")) {
            return new ResultLine(dev.laurel.badges.verify.report.ReportJson.internalError(input.display(), message),
                    SafeText.escape(input.display()) + ": " + VERIFIER_ERROR + ": " + SafeText.escape(message), false);
        }
        com.fasterxml.jackson.databind.node.ObjectNode json = SafeText.jsonLines().createObjectNode();
        json.put("file", input.display());
        json.put("kind", "Error");
        json.putNull("version");
        if (verb.equals("classified")) {
            json.putNull("level");
            json.put("confidence", 0.0);
            json.putArray("reasons").addObject().put("code", "NOT_CLASSIFIABLE").put("message", message)
                    .put("id", VERIFIER_ERROR);
        } else {
            json.put(verb, false);
            json.putArray("problems").addObject().put("code", "INTERNAL_ERROR").put("severity", "error")
                    .put("path", "").put("message", message).put("id", VERIFIER_ERROR);
        }
        json.put("error", message);
        return new ResultLine(json, SafeText.escape(input.display()) + ": " + VERIFIER_ERROR + ": "
                + SafeText.escape(message), false);
    }
}
