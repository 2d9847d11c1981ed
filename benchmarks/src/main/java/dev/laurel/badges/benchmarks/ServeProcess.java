package dev.laurel.badges.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real {@code laurel serve} as a child process of this JVM ({@code java [OPTS] -jar laurel.jar serve ...}), so
 * the server has its own JVM, heap and JIT, as in production, and its CPU time can be read apart from the load
 * generator's ({@code /proc/PID/stat}). Its access log (stdout) goes to a file; stderr is drained on a thread and
 * kept for the error message if it fails to start.
 */
final class ServeProcess implements AutoCloseable {

    private static final String LISTENING = "laurel serve: listening on ";

    private final Process process;
    private final URI uri;
    private final StringBuilder stderr;

    private ServeProcess(Process process, URI uri, StringBuilder stderr) {
        this.process = process;
        this.uri = uri;
        this.stderr = stderr;
    }

    /**
     * Adds one learner account with {@code laurel users add NAME --data DIR} (the password on standard input).
     *
     * @param jar      the shaded {@code laurel.jar}
     * @param data     the server's folder
     * @param name     the account name
     * @param password the password (at least 8 characters)
     * @throws IOException if the command cannot run or does not exit with 0
     * @throws InterruptedException if interrupted while waiting for it
     */
    static void addUser(Path jar, Path data, String name, String password) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java(), "-jar", jar.toString(), "users", "add", name, "--data", data.toString())
                .redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("laurel users add failed: " + output.strip());
        }
    }

    /**
     * Starts {@code laurel serve --port 0 --data DIR --rate 0 --offline} and waits for its listening line.
     *
     * @param jar       the shaded {@code laurel.jar}
     * @param data      the server's folder
     * @param jvmOptions options for the server's JVM (e.g. a JFR recording)
     * @param serveArgs  more arguments of {@code laurel serve} (e.g. {@code --threads 16})
     * @param accessLog the file its stdout (the access log) goes to
     * @return the running server
     * @throws IOException if it cannot start or does not print its line within two minutes
     */
    static ServeProcess start(Path jar, Path data, List<String> jvmOptions, List<String> serveArgs, Path accessLog)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", "0", "--data", data.toString(),
                "--rate", "0", "--offline"));
        command.addAll(serveArgs);
        Process p = new ProcessBuilder(command).redirectOutput(accessLog.toFile()).start();
        StringBuilder err = new StringBuilder();
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (err) {
                        err.append(line).append('\n');
                    }
                    if (line.startsWith(LISTENING)) {
                        listening.complete(URI.create(line.substring(LISTENING.length()).strip()));
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.completeExceptionally(new IOException("laurel serve ended before it listened"));
        }, "laurel-serve-stderr");
        drain.setDaemon(true);
        drain.start();
        try {
            return new ServeProcess(p, listening.get(120, TimeUnit.SECONDS), err);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IOException("laurel serve did not start: " + e.getMessage() + "\n" + err, e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while laurel serve started", e);
        }
    }

    /** Where the server listens ({@code http://127.0.0.1:PORT/}). */
    URI uri() {
        return uri;
    }

    /** The server JVM's process id. */
    long pid() {
        return process.pid();
    }

    /** What the server wrote on stderr so far. */
    String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    /**
     * The server's CPU time so far, user plus system, in nanoseconds, from {@code /proc/PID/stat} (fields 14 and
     * 15, in clock ticks of {@code 1/100 s}: the kernel's {@code USER_HZ} on Linux).
     *
     * @return the CPU time, or -1 where {@code /proc} cannot be read (not Linux)
     */
    long cpuNanos() {
        return procCpuNanos(process.pid());
    }

    /** The server's user and system CPU time so far, in nanoseconds ({@link #procUserSystemNanos}). */
    long[] userSystemNanos() {
        return procUserSystemNanos(process.pid());
    }

    /**
     * User plus system CPU time of a Linux process, in nanoseconds.
     *
     * @param pid the process id
     * @return the CPU time, or -1 where {@code /proc/PID/stat} cannot be read
     */
    static long procCpuNanos(long pid) {
        long[] us = procUserSystemNanos(pid);
        return us[0] < 0 ? -1 : us[0] + us[1];
    }

    /**
     * User and system CPU time of a Linux process, in nanoseconds, apart: much system time means the kernel's
     * share (sockets, thread switches, futexes) is large.
     *
     * @param pid the process id
     * @return {user, system}, or {-1, -1} where {@code /proc/PID/stat} cannot be read
     */
    static long[] procUserSystemNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]) * 10_000_000L, Long.parseLong(f[12]) * 10_000_000L};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    /**
     * Busy and total CPU time of the whole machine so far, in clock ticks ({@code /proc/stat}, first line): what
     * every process used, so the report can show what other jobs took during a phase.
     *
     * @return {busy, total}, or {-1, -1} where {@code /proc/stat} cannot be read
     */
    static long[] machineTicks() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = first.trim().split("\\s+");
            long total = 0;
            long idle = 0;
            // user nice system idle iowait irq softirq steal (guest time is already inside user).
            for (int i = 1; i <= 8 && i < f.length; i++) {
                long v = Long.parseLong(f[i]);
                total += v;
                if (i == 4 || i == 5) {
                    idle += v;
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    /**
     * Runs {@code jcmd PID COMMAND ARGS...} against the server (e.g. to start and stop a Flight Recorder profile).
     *
     * @param command the diagnostic command
     * @param args    its arguments
     * @throws IOException if jcmd cannot run or fails
     * @throws InterruptedException if interrupted while waiting for it
     */
    void jcmd(String command, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), command));
        line.addAll(List.of(args));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("jcmd " + command + " failed: " + output.strip());
        }
    }

    /** Stops the server with SIGTERM (its graceful stop) and waits up to a minute; then kills it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
