package dev.laurel.badges.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The access log's sink of {@code laurel serve}: request threads put their line on a queue and one writer thread
 * prints the lines, flushing once per batch. Printing and flushing on each request thread under the
 * {@link PrintWriter}'s lock made the server's threads queue behind whichever one held the lock when it lost its
 * core (issue 17's load test: 4,149 waits of more than 10 ms, 448 s of waiting in a minute on 2 cores). The lines
 * are the same, one per request; a full queue makes request threads wait, as a slow stdout did before.
 * {@link #close()} writes every line still queued before it returns.
 */
final class AccessLogWriter implements Consumer<String>, AutoCloseable {

    /** Lines held at most before request threads wait for the writer. */
    static final int CAPACITY = 8192;

    /** Marks the end of the queue (compared by identity). */
    private static final String END = new String("end of the access log");

    private final PrintWriter out;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final Thread writer;
    private volatile boolean closed;

    /**
     * Starts the writer thread.
     *
     * @param out where the lines go (stdout)
     */
    AccessLogWriter(PrintWriter out) {
        this.out = out;
        this.writer = new Thread(this::drain, "laurel-serve-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues one line; after {@link #close()}, writes it at once. */
    @Override
    public void accept(String line) {
        if (closed) {
            write(List.of(line));
            return;
        }
        try {
            queue.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            write(List.of(line));
        }
    }

    private void drain() {
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, 1023);
                int end = indexOfEnd(batch);
                write(end < 0 ? batch : batch.subList(0, end));
                if (end >= 0) {
                    return;
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int indexOfEnd(List<String> batch) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) == END) {
                return i;
            }
        }
        return -1;
    }

    private void write(List<String> lines) {
        synchronized (out) {
            for (String line : lines) {
                out.println(line);
            }
            out.flush();
        }
    }

    /** Writes what is queued and stops the writer thread (waits for it up to 10 seconds). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            queue.put(END);
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A line queued between the flag and the end mark is written here rather than lost.
        List<String> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.removeIf(l -> l == END);
        if (!rest.isEmpty()) {
            write(rest);
        }
    }
}
