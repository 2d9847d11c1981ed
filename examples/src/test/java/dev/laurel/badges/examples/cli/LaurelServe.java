package dev.laurel.badges.examples.cli;

import dev.laurel.badges.server.LaurelServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code laurel serve} command running in this JVM, for tests of what it serves (the browser tests in
 * {@code cli.web} among them): {@code --port 0} on loopback over HTTP, with the caller's {@code --data} folder.
 * Close it to stop the server; closing waits until the command has returned.
 *
 * <p>One at a time: the command publishes its server in one static slot ({@link ServeCommand#RUNNING}), which is how
 * this fixture stops it. Learner accounts are made before the start ({@link #addUser}), as {@code laurel users add}
 * does, because the embedded H2 store is locked while the server has it open.
 */
public final class LaurelServe implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final CompletableFuture<Integer> command;
    private final StringWriter out;
    private final StringWriter err;
    private final URI uri;

    private LaurelServe(CompletableFuture<Integer> command, StringWriter out, StringWriter err, URI uri) {
        this.command = command;
        this.out = out;
        this.err = err;
        this.uri = uri;
    }

    /**
     * Runs {@code laurel users add NAME --data DATA} with the password on standard input.
     *
     * @param data     the store folder the server will use
     * @param name     the learner's user name
     * @param password the password (8 characters or more)
     * @throws AssertionError if the command does not exit 0 (its error line is the message)
     */
    public static void addUser(Path data, String name, String password) {
        StringWriter err = new StringWriter();
        int exit = Laurel.execute(new String[] {"users", "add", name, "--data", data.toString()},
                new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        if (exit != Laurel.OK) {
            throw new AssertionError("laurel users add " + name + " exited " + exit + ": " + err);
        }
    }

    /**
     * Starts {@code laurel serve --port 0 --data DATA} and more flags, and waits (60 s at most) for its
     * "listening on" line.
     *
     * @param data the store folder (a fresh temporary folder per test class keeps tests apart)
     * @param more further flags ({@code --offline}, {@code --now ...})
     * @return the running server
     * @throws IllegalStateException if another in-process server is still running
     * @throws AssertionError if the command ends or stays silent instead of listening
     * @throws InterruptedException if interrupted while waiting
     */
    public static LaurelServe start(Path data, String... more) throws InterruptedException {
        if (ServeCommand.RUNNING.get() != null) {
            throw new IllegalStateException("another in-process laurel serve is running: close it first");
        }
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--data", data.toString()));
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CompletableFuture<Integer> command = CompletableFuture.supplyAsync(
                () -> Laurel.execute(args.toArray(String[]::new), o, e));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(err.toString());
            if (m.find()) {
                return new LaurelServe(command, out, err, URI.create(m.group(1)));
            }
            if (command.isDone()) {
                throw new AssertionError("laurel serve ended with exit " + command.join() + " instead of listening: "
                        + err);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("laurel serve did not say where it listens within 60 s: " + err);
    }

    /**
     * Where the server listens: {@code http://127.0.0.1:PORT/}.
     *
     * @return the base address
     */
    public URI uri() {
        return uri;
    }

    /**
     * What the command wrote to standard output so far (the access log, a JSON line per request).
     *
     * @return the text
     */
    public String stdout() {
        return out.toString();
    }

    /**
     * What the command wrote to standard error so far (the listening line, errors).
     *
     * @return the text
     */
    public String stderr() {
        return err.toString();
    }

    /**
     * Stops the server and waits (60 s at most) for the command to return.
     *
     * @throws Exception if the command failed or did not return in time
     */
    @Override
    public void close() throws Exception {
        LaurelServer running = ServeCommand.RUNNING.get();
        if (running != null) {
            running.stop();
        }
        int exit = command.get(60, TimeUnit.SECONDS);
        if (exit != Laurel.OK) {
            throw new AssertionError("laurel serve exited " + exit + ": " + err);
        }
    }
}
