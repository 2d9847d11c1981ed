package dev.laurel.badges.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * The progress bar's line on standard error, sharing the terminal with the per-file lines: the bar is
 * wiped before a result line is printed and drawn again after it, under one lock, so the two never
 * overwrite each other (the bar's own timer thread draws through the same lock).
 */
final class ProgressLine implements ProgressBarConsumer {

    private static final String CLEAR = "\r\033[K";

    private final PrintStream err;
    private final int width;
    private final boolean sharedWithOutput;
    private String last = "";

    /**
     * Creates the line.
     *
     * @param err standard error, a terminal
     * @param width the widest bar
     * @param sharedWithOutput whether standard output is a terminal too, so result lines must not be
     *     printed over the bar
     */
    ProgressLine(PrintStream err, int width, boolean sharedWithOutput) {
        this.err = err;
        this.width = width;
        this.sharedWithOutput = sharedWithOutput;
    }

    /**
     * Tells whether a file descriptor is a terminal: on Linux from what {@code /proc/self/fd} links to
     * (so standard error counts even when standard output is redirected); elsewhere, when the JVM has a
     * console (standard input and output are terminals), that is taken for standard error as well.
     *
     * @param fd 1 for standard output, 2 for standard error
     * @return whether it is a terminal
     */
    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public int getMaxRenderedLength() {
        return width;
    }

    @Override
    public synchronized void accept(String rendered) {
        last = rendered;
        err.print(CLEAR + rendered);
        err.flush();
    }

    /**
     * Prints a result line on standard output with the bar out of its way.
     *
     * @param out standard output
     * @param line the line
     */
    synchronized void println(PrintWriter out, String line) {
        if (!sharedWithOutput) {
            out.println(line);
            return;
        }
        err.print(CLEAR);
        err.flush();
        out.println(line);
        out.flush();
        if (!last.isEmpty()) {
            err.print(last);
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        err.print(CLEAR);
        err.flush();
        last = "";
    }
}
