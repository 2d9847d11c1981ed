package dev.laurel.badges.server;

import dev.laurel.badges.api.provider.ApiHandler;
import dev.laurel.badges.api.provider.servlet.ApiServlet;
import java.io.IOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.Graceful;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A standalone HTTP server for Laurel's {@link ApiHandler}s, on Jetty 12 through the
 * {@link ApiServlet servlet adapter}: the host behind {@code laurel serve}. One front door,
 * {@link #builder(ApiHandler)}:
 *
 * <pre>{@code
 * try (LaurelServer server = LaurelServer.builder(provider)
 *         .port(8443)
 *         .bindAddress(InetAddress.getByName("0.0.0.0"))
 *         .keyStore(Path.of("server.p12"), password)
 *         .mount("/verify", verifyHandler)
 *         .accessLog(System.out::println)
 *         .build()
 *         .start()) {
 *     server.installShutdownHook();
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * <p><b>Plain HTTP only on loopback.</b> Without a keystore the server refuses ({@link ServerCode#PLAIN_HTTP_NOT_LOOPBACK})
 * to listen on anything but a loopback address: tokens and passwords never cross a network in clear text. With a
 * keystore (PKCS12 or JKS) it speaks HTTPS only.
 *
 * <p><b>What every request meets, in order:</b> the per-address {@link RateLimit} (429 with {@code Retry-After});
 * the body limit (413); the {@code Host} check (400); then the handler mounted at exactly the request's path, or
 * the main handler. Errors Jetty raises before a handler runs and a handler's exception are answered with an
 * {@code Imsx_StatusInfo} JSON body, never a stack trace. Each request then gets one JSON line in the
 * {@linkplain Builder#accessLog(Consumer) access log}.
 *
 * <p><b>Graceful shutdown.</b> {@link #stop()} stops accepting connections, lets requests in flight finish (new
 * requests on open connections get 503) for up to the {@linkplain Builder#shutdownTimeout(Duration) shutdown
 * timeout}, then closes what is left. {@link #installShutdownHook()} runs it when the JVM is asked to end
 * ({@code SIGTERM}, {@code SIGINT}). Thread-safe.
 */
public final class LaurelServer implements AutoCloseable {

    /** The longest shutdown timeout accepted: a stop must finish well within a minute. */
    public static final Duration MAX_SHUTDOWN_TIMEOUT = Duration.ofSeconds(50);
    /** The shutdown timeout when none is given. */
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);
    /** The fewest threads {@link Builder#maxThreads} accepts: Jetty's acceptor and selectors need some of them. */
    public static final int MIN_THREADS = 8;
    /** The body limit when none is given (that of {@link ApiServlet#DEFAULT_MAX_BODY_BYTES}). */
    public static final long DEFAULT_MAX_BODY_BYTES = ApiServlet.DEFAULT_MAX_BODY_BYTES;

    private static final System.Logger LOG = System.getLogger(LaurelServer.class.getName());

    private final Server server;
    private final ServerConnector connector;
    private final GracefulHandler graceful;
    private final InetAddress bindAddress;
    private final boolean tls;
    private final Duration shutdownTimeout;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Object lifecycle = new Object();
    private boolean started;
    private boolean stopping;
    private Boolean finishedInTime;
    private Thread shutdownHook;

    private LaurelServer(Builder b, KeyStore keyStore) {
        this.bindAddress = b.bindAddress;
        this.tls = keyStore != null;
        this.shutdownTimeout = b.shutdownTimeout;
        QueuedThreadPool threads = b.maxThreads > 0 ? new QueuedThreadPool(b.maxThreads) : new QueuedThreadPool();
        threads.setName("laurel-server");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // A credential id in a path segment is percent-encoded whole (ShareLinks: /badges/https%3A%2F%2F...), so an
        // encoded slash must reach the handler: ApiServlet passes the raw path on and the handler decodes each
        // segment itself. Nothing here maps paths to files or to security constraints that an encoded slash
        // could confuse, which is the risk Jetty's default guards against.
        http.setUriCompliance(UriCompliance.DEFAULT.with("laurel-encoded-segments",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
        if (tls) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStore(keyStore);
            ssl.setKeyStorePassword(new String(b.keyStorePassword));
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            // The certificate's names are the operator's business; clients reach it by address in development.
            secure.setSniHostCheck(false);
            http.addCustomizer(secure);
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(bindAddress.getHostAddress());
        connector.setPort(b.port);
        server.addConnector(connector);

        Map<String, ApiHandler> mounts = Collections.unmodifiableMap(new LinkedHashMap<>(b.mounts));
        ApiHandler main = b.handler;
        ApiHandler dispatch = request -> mounts.getOrDefault(request.path(), main).handle(request);
        ServletContextHandler context = new ServletContextHandler("/");
        context.getServletHandler().setDecodeAmbiguousURIs(true);
        context.addServlet(new ServletHolder("laurel", new ApiServlet(dispatch, b.maxBodyBytes)), "/*");
        context.setErrorHandler(new JsonErrorHandler());
        Handler limited = b.rateLimit.<Handler>map(limit ->
                new RateLimitHandler(new TokenBuckets(limit, System::nanoTime), context)).orElse(context);
        this.graceful = new GracefulHandler(limited);
        server.setHandler(graceful);
        server.setErrorHandler(new JsonErrorHandler());
        server.setRequestLog(new JsonAccessLog(b.accessLog));
        server.setStopTimeout(shutdownTimeout.toMillis());
        server.setStopAtShutdown(false);
    }

    /**
     * Starts a builder.
     *
     * @param handler answers every request no {@linkplain Builder#mount(String, ApiHandler) mount} takes (the
     *                OB 3.0 API provider, for example)
     * @return a builder with the defaults: loopback, any free port, no TLS, {@link #DEFAULT_MAX_BODY_BYTES},
     *     {@link RateLimit#DEFAULT}, no access log, {@link #DEFAULT_SHUTDOWN_TIMEOUT}
     * @throws NullPointerException if {@code handler} is null
     */
    public static Builder builder(ApiHandler handler) {
        return new Builder(handler);
    }

    /**
     * Binds and starts serving.
     *
     * @return this server
     * @throws ServerException {@link ServerCode#BIND_FAILED} if the address or port cannot be bound,
     *     {@link ServerCode#SERVER_FAILED} if Jetty fails otherwise
     * @throws IllegalStateException if the server was started or stopped before
     */
    public LaurelServer start() {
        synchronized (lifecycle) {
            if (started || stopping) {
                throw new IllegalStateException("the server was already started or stopped");
            }
            started = true;
        }
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly();
            stopped.countDown();
            if (causedBy(e, BindException.class) || causedBy(e, IOException.class) && String.valueOf(e.getMessage())
                    .contains("bind")) {
                throw new ServerException(ServerCode.BIND_FAILED, "cannot listen on " + hostLiteral() + ":"
                        + connector.getPort() + ": " + message(e), e);
            }
            throw new ServerException(ServerCode.SERVER_FAILED, "the server failed to start: " + message(e), e);
        }
        return this;
    }

    /**
     * Where the server listens: scheme, address and the bound port, with a trailing slash (e.g.
     * {@code http://127.0.0.1:41234/}).
     *
     * @return the URI
     * @throws IllegalStateException if the server is not started
     */
    public URI uri() {
        return URI.create((tls ? "https" : "http") + "://" + hostLiteral() + ":" + port() + "/");
    }

    /**
     * The port the server listens on (the one picked when port 0 was asked for).
     *
     * @return the port
     * @throws IllegalStateException if the server is not started
     */
    public int port() {
        int port = connector.getLocalPort();
        if (port <= 0) {
            throw new IllegalStateException("the server is not listening");
        }
        return port;
    }

    /**
     * Whether the server speaks HTTPS.
     *
     * @return true with a keystore
     */
    public boolean isTls() {
        return tls;
    }

    /**
     * Stops gracefully: no new connections, requests in flight finish (up to the shutdown timeout), then
     * everything is closed. Calling it again, or on a server never started, returns at once.
     *
     * @return true when every request in flight finished within the timeout, false when some were cut off
     */
    public boolean stop() {
        synchronized (lifecycle) {
            if (stopping || !started) {
                // Never started: nothing to wait for, and start() is refused from now on.
                stopping = true;
                if (!started) {
                    stopped.countDown();
                }
                return finishedInTime == null || finishedInTime;
            }
            stopping = true;
        }
        boolean inTime = true;
        try {
            // Connectors stop accepting and the graceful handler waits for requests in flight; new requests on
            // open connections get 503 meanwhile.
            Graceful.shutdown(server).get(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            inTime = false;
            LOG.log(System.Logger.Level.WARNING, graceful.getCurrentRequestCount()
                    + " request(s) still running after " + shutdownTimeout.toSeconds() + " s: closing them");
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "graceful shutdown failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            inTime = false;
        }
        // The graceful phase is over: Jetty's own stop must not wait a second time.
        server.setStopTimeout(1);
        stopQuietly();
        synchronized (lifecycle) {
            finishedInTime = inTime;
            Thread hook = shutdownHook;
            if (hook != null && Thread.currentThread() != hook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is already ending: the hook runs and finds the server stopped.
                }
            }
        }
        stopped.countDown();
        return inTime;
    }

    /**
     * Stops the server when the JVM is asked to end ({@code SIGTERM}, {@code SIGINT}, {@link System#exit}), by
     * {@link #stop()}: the process ends once requests in flight are done, within the shutdown timeout.
     *
     * @return this server
     */
    public LaurelServer installShutdownHook() {
        synchronized (lifecycle) {
            if (shutdownHook == null) {
                shutdownHook = new Thread(this::stop, "laurel-server-shutdown");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }
        }
        return this;
    }

    /**
     * Waits until the server has stopped (by {@link #stop()}, {@link #close()} or the shutdown hook).
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Waits until the server has stopped, at most for a while.
     *
     * @param timeout how long to wait
     * @return true when it stopped, false when the time ran out
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the server, as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "stopping Jetty failed", e);
        }
    }

    private String hostLiteral() {
        String host = bindAddress.getHostAddress();
        int zone = host.indexOf('%');
        if (zone >= 0) {
            host = host.substring(0, zone);
        }
        return bindAddress instanceof Inet6Address ? "[" + host + "]" : host;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return "unknown reason";
    }

    /**
     * Configures a {@link LaurelServer}. Each setter checks its argument at once; {@link #build()} checks the
     * rules between them (plain HTTP only on loopback) and reads the keystore. Not thread-safe.
     */
    public static final class Builder {

        private final ApiHandler handler;
        private int port;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private Path keyStorePath;
        private char[] keyStorePassword;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Optional<RateLimit> rateLimit = Optional.of(RateLimit.DEFAULT);
        private Consumer<String> accessLog = line -> { };
        private Duration shutdownTimeout = DEFAULT_SHUTDOWN_TIMEOUT;
        private int maxThreads;
        private final Map<String, ApiHandler> mounts = new LinkedHashMap<>();

        private Builder(ApiHandler handler) {
            this.handler = Objects.requireNonNull(handler, "handler");
        }

        /**
         * The port to listen on; 0 (the default) picks a free one, which {@link LaurelServer#port()} tells.
         *
         * @param port 0 to 65535
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The address to listen on; the default is the loopback address. Without a keystore it must be a loopback
         * address ({@link #build()} checks).
         *
         * @param address the address ({@code 0.0.0.0} or {@code ::} for every interface)
         * @return this builder
         * @throws NullPointerException if {@code address} is null
         */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Serves HTTPS with the key and certificate chain in a keystore. The file's type (PKCS12 or JKS) is
         * recognised by content; the password opens both the store and the key. The password is copied.
         *
         * @param path     the keystore file
         * @param password its password
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder keyStore(Path path, char[] password) {
            this.keyStorePath = Objects.requireNonNull(path, "path");
            this.keyStorePassword = Objects.requireNonNull(password, "password").clone();
            return this;
        }

        /**
         * The largest request body read, in bytes; a larger one gets 413.
         *
         * @param bytes 0 to {@link ApiServlet#MAX_BODY_LIMIT}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 0 || bytes > ApiServlet.MAX_BODY_LIMIT) {
                throw new IllegalArgumentException("maxBodyBytes must be between 0 and " + ApiServlet.MAX_BODY_LIMIT
                        + ", got " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * The per-client-address rate limit (the default is {@link RateLimit#DEFAULT}).
         *
         * @param limit the limit
         * @return this builder
         * @throws NullPointerException if {@code limit} is null
         */
        public Builder rateLimit(RateLimit limit) {
            this.rateLimit = Optional.of(Objects.requireNonNull(limit, "limit"));
            return this;
        }

        /**
         * No rate limit (a load test on loopback, or a proxy in front that limits).
         *
         * @return this builder
         */
        public Builder noRateLimit() {
            this.rateLimit = Optional.empty();
            return this;
        }

        /**
         * Where the access log's lines go: one JSON object per request, without a line end (see the class
         * comment for its fields). The sink is called from the server's threads, concurrently; the default drops
         * the lines.
         *
         * @param sink receives each line, e.g. {@code System.out::println}
         * @return this builder
         * @throws NullPointerException if {@code sink} is null
         */
        public Builder accessLog(Consumer<String> sink) {
            this.accessLog = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * How long {@link LaurelServer#stop()} lets requests in flight finish.
         *
         * @param timeout from 0 to {@link LaurelServer#MAX_SHUTDOWN_TIMEOUT}
         * @return this builder
         * @throws IllegalArgumentException if negative or longer than {@link LaurelServer#MAX_SHUTDOWN_TIMEOUT}
         */
        public Builder shutdownTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.compareTo(MAX_SHUTDOWN_TIMEOUT) > 0) {
                throw new IllegalArgumentException("shutdownTimeout must be between 0 and "
                        + MAX_SHUTDOWN_TIMEOUT.toSeconds() + " s, got " + timeout);
            }
            this.shutdownTimeout = timeout;
            return this;
        }

        /**
         * The most threads the server runs (Jetty's acceptor and selector threads included); by default Jetty's
         * 200. Fewer threads than there are concurrent requests queue the rest instead of running them all at
         * once: for CPU-bound work such as verification on a small machine, a pool of a few times the cores
         * spends less time switching between threads and waiting on locks.
         *
         * @param threads at least {@value #MIN_THREADS}
         * @return this builder
         * @throws IllegalArgumentException if fewer
         */
        public Builder maxThreads(int threads) {
            if (threads < MIN_THREADS) {
                throw new IllegalArgumentException("maxThreads must be at least " + MIN_THREADS + ", got " + threads);
            }
            this.maxThreads = threads;
            return this;
        }

        /**
         * Answers requests to exactly {@code path} (any method, any query) with another handler, ahead of the
         * main one: {@code laurel serve} mounts {@code /verify} and {@code /credentials/verify} this way.
         *
         * @param path    an absolute path such as {@code /verify}, without query or fragment
         * @param handler the handler
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code path} is not an absolute path, or is mounted already
         */
        public Builder mount(String path, ApiHandler handler) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(handler, "handler");
            if (!path.startsWith("/") || path.contains("?") || path.contains("#") || path.contains("//")
                    || path.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
                throw new IllegalArgumentException("a mount path is an absolute path without query, fragment,"
                        + " spaces or empty segments, got " + path);
            }
            if (mounts.containsKey(path)) {
                throw new IllegalArgumentException("a handler is mounted at " + path + " already");
            }
            mounts.put(path, handler);
            return this;
        }

        /**
         * Checks the configuration, reads the keystore and makes the server (not started: see
         * {@link LaurelServer#start()}).
         *
         * @return the server
         * @throws ServerException {@link ServerCode#PLAIN_HTTP_NOT_LOOPBACK} without a keystore on a non-loopback
         *     address; {@link ServerCode#KEYSTORE_UNUSABLE} if the keystore cannot be read or holds no key
         */
        public LaurelServer build() {
            KeyStore keyStore = null;
            if (keyStorePath == null) {
                if (!bindAddress.isLoopbackAddress()) {
                    throw new ServerException(ServerCode.PLAIN_HTTP_NOT_LOOPBACK, "refusing plain HTTP on "
                            + bindAddress.getHostAddress() + ": without a keystore the server listens only on a"
                            + " loopback address (such as 127.0.0.1); give a keystore to serve HTTPS elsewhere");
                }
            } else {
                keyStore = readKeyStore(keyStorePath, keyStorePassword);
            }
            return new LaurelServer(this, keyStore);
        }

        private static KeyStore readKeyStore(Path path, char[] password) {
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new ServerException(ServerCode.KEYSTORE_UNUSABLE, "keystore " + path
                        + " is not a readable file");
            }
            KeyStore store;
            try {
                store = KeyStore.getInstance(path.toFile(), password);
            } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                // Wrong password and wrong format both land here; the password is never part of the message.
                throw new ServerException(ServerCode.KEYSTORE_UNUSABLE, "keystore " + path
                        + " cannot be opened (not PKCS12 or JKS, or the password is wrong)", e);
            }
            try {
                for (String alias : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(alias)) {
                        store.getKey(alias, password);
                        return store;
                    }
                }
            } catch (GeneralSecurityException e) {
                throw new ServerException(ServerCode.KEYSTORE_UNUSABLE, "keystore " + path
                        + ": its key cannot be read with the store's password", e);
            }
            throw new ServerException(ServerCode.KEYSTORE_UNUSABLE, "keystore " + path
                    + " holds no private key and certificate");
        }

        @Override
        public String toString() {
            // Never the password.
            return "LaurelServer.Builder[" + bindAddress.getHostAddress() + ":" + port + (keyStorePath == null ? ""
                    : ", tls " + keyStorePath) + ", mounts " + mounts.keySet() + ", maxBodyBytes " + maxBodyBytes
                    + ", " + rateLimit.map(RateLimit::toString).orElse("no rate limit") + "]";
        }
    }
}
