package dev.laurel.badges.examples.cli;

import dev.laurel.badges.api.provider.ApiHandler;
import dev.laurel.badges.api.provider.Provider;
import dev.laurel.badges.api.provider.UpsertVerification;
import dev.laurel.badges.api.provider.oauth.AuthorizationServer;
import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.server.LaurelServer;
import dev.laurel.badges.server.RateLimit;
import dev.laurel.badges.server.ServerException;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.web.WebPages;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code laurel serve}: a verification service and the host of the OB 3.0 API, on {@link LaurelServer}. It opens the credential
 * store (H2 under {@code --data}, or {@code --jdbc}), mounts {@code POST /verify} and
 * {@code POST /credentials/verify} over one warm verifier, serves the web pages of {@link WebPages} (the verify page at
 * {@code /} and its report, docs/WEB.md) with the same verdicts, and answers every other path with
 * {@link #apiHandler}: the OB 3.0 API and its OAuth 2.0 endpoints. The listening URL goes to stderr, the access log (one JSON line per
 * request) to stdout. It runs until the JVM is asked to end (SIGTERM, SIGINT), then stops gracefully.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a backpack: the verify page at / (docs/WEB.md), the OB 3.0 API with OAuth 2.0 (learner"
                + " accounts from laurel users add), POST /verify and the W3C VC-API POST /credentials/verify,"
                + " over HTTP(S), data under --data.")
final class ServeCommand implements Callable<Integer> {

    /** The environment variable holding the password of {@code --jdbc-user}. */
    static final String JDBC_PASSWORD_ENV = StoreOptions.JDBC_PASSWORD_ENV;

    /**
     * The server of the {@code serve} running in this JVM, if any: an in-process caller (a test, an application
     * embedding the CLI) stops it with {@link LaurelServer#stop()}, the path SIGTERM's shutdown hook takes.
     */
    static final AtomicReference<LaurelServer> RUNNING = new AtomicReference<>();


    @Option(names = "--port", paramLabel = "N", defaultValue = "8443",
            description = "Port to listen on (default 8443; 0 picks a free one, printed on stderr).")
    int port;

    @Mixin
    StoreOptions store;

    @Option(names = "--service-name", paramLabel = "NAME", defaultValue = "Laurel backpack",
            description = "The name applications and learners see: discovery document, consent page (default: ${DEFAULT-VALUE}).")
    String serviceName;

    @Option(names = "--store-unverified",
            description = "Store an upserted credential that does not verify (default: refuse it with 400 invalid_data).")
    boolean storeUnverified;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The site's public base URL (absolute http or https), for share links and Open Graph tags"
                    + " of the badge pages (default: each request's own address).")
    String publicUrl;

    @Option(names = "--pathway", paramLabel = "FILE",
            description = "A pathway file (as laurel pathway --pathway) whose pathways learners may choose and see"
                    + " progress toward on their public page; repeatable.")
    List<Path> pathwayFiles = new ArrayList<>();

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1). Without --keystore only a loopback address is"
                    + " allowed.")
    String bind;

    @Option(names = "--keystore", paramLabel = "FILE",
            description = "Serve HTTPS with the key and certificate in this PKCS12 or JKS file.")
    Path keyStore;

    @Option(names = "--keystore-password-env", paramLabel = "VAR",
            description = "With --keystore: the environment variable holding its password (never a flag).")
    String keyStorePasswordEnv;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + LaurelServer.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body; larger ones get 413 (default ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--max-upload", paramLabel = "BYTES", defaultValue = "" + WebPages.DEFAULT_MAX_UPLOAD_BYTES,
            description = "Largest badge the verify page at / takes (file, pasted text or fetched URL); larger ones get"
                    + " its 413 page (default ${DEFAULT-VALUE}). --max-body still bounds every request.")
    long maxUpload;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "100",
            description = "Requests a second per client address, bursts of 2N; over it 429 (default 100; 0: no limit).")
    int rate;

    @Option(names = "--threads", paramLabel = "N",
            description = "The most server threads (at least " + LaurelServer.MIN_THREADS + "); default 4 per core,"
                    + " at least " + LaurelServer.MIN_THREADS + "; 0: Jetty's 200. Requests beyond them wait in a queue.")
    Integer threads;

    @Mixin
    VerificationOptions verification;

    @Mixin
    ClrOptions clrOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        // Every flag is checked before anything is opened or bound.
        InetAddress address = address();
        char[] keyStorePassword = keyStorePassword();
        if (rate < 0) {
            throw new UsageException("--rate must be 0 (no limit) or more, got " + rate);
        }
        int poolSize = threads == null ? defaultThreads() : threads;
        if (poolSize != 0 && poolSize < LaurelServer.MIN_THREADS) {
            throw new UsageException("--threads must be 0 (Jetty's default) or at least " + LaurelServer.MIN_THREADS
                    + ", got " + poolSize);
        }
        if (maxBody < 0) {
            throw new UsageException("--max-body must be 0 or more, got " + maxBody);
        }
        if (maxUpload < 1) {
            throw new UsageException("--max-upload must be 1 or more, got " + maxUpload);
        }
        Optional<URI> publicBase = publicBase();
        Pathways pathways = pathways();
        store.check();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ThreadPoolExecutor nestedPool = VerifyCommand.nestedPool(Runtime.getRuntime().availableProcessors());
        try {
            // One verifier for the server's life: its caches (contexts, keys) stay warm across requests.
            DocumentFetcher fetcher = verification.fetcher();
            Verifier verifier = verification.verifier(fetcher, verification.clock(),
                    b -> clrOptions.apply(b, nestedPool));
            VerifyEndpoints endpoints = new VerifyEndpoints(verifier, verification.trust());
            CountDownLatch closed = new CountDownLatch(1);
            Thread hook = null;
            try (CredentialStore credentials = store.credentials(); AuthorizationStore accounts = store.authorizations();
                 AccessLogWriter accessLog = new AccessLogWriter(out)) {
                WebPages pages;
                try {
                    // The page's verdict is laurel verify's: the same checker as POST /verify, the same fetcher for
                    // its URL field, the levels of laurel classify. The shared pages and the learner's page read
                    // and write the same store as the OB 3.0 API.
                    // The page's verdict is laurel verify's: the same checker as POST /verify, the same fetcher for
                    // its URL field, the levels of laurel classify (an OB 2.0 badge class through that fetcher, as
                    // classify --url-map/--fetch).
                    WebPages.Builder pageBuilder = WebPages.builder(endpoints::checkForPage).fetcher(fetcher)
                            .badgeClasses(TaxonomyInputs.badgeClasses(fetcher)).clock(verification.clock()).maxUploadBytes(maxUpload).serviceName(serviceName)
                            .store(credentials).accounts(accounts).pathways(pathways)
                            .storeUnverified(storeUnverified);
                    publicBase.ifPresent(pageBuilder::publicBaseUri);
                    pages = pageBuilder.build();
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--max-upload: " + e.getMessage());
                }
                LaurelServer server;
                try {
                    ApiHandler api = apiHandler(credentials, accounts, verifier, keyStore == null, serviceName,
                            storeUnverified ? UpsertVerification.STORE_UNVERIFIED : UpsertVerification.VERIFY);
                    LaurelServer.Builder builder = LaurelServer.builder(pages.orElse(api)).port(port)
                            .bindAddress(address).maxBodyBytes(maxBody)
                            .mount("/verify", endpoints::verify)
                            .mount("/credentials/verify", endpoints::credentialsVerify)
                            .accessLog(accessLog);
                    if (poolSize > 0) {
                        builder.maxThreads(poolSize);
                    }
                    if (rate == 0) {
                        builder.noRateLimit();
                    } else {
                        builder.rateLimit(RateLimit.perSecond(rate));
                    }
                    if (keyStore != null) {
                        builder.keyStore(keyStore, keyStorePassword);
                    }
                    server = builder.build().start();
                } catch (ServerException | IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                // SIGTERM/SIGINT: stop gracefully, then give this thread the time to close the store before the
                // JVM halts (the server's own bound plus a little).
                LaurelServer running = server;
                hook = new Thread(() -> {
                    running.stop();
                    awaitQuietly(closed);
                }, "laurel-serve-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                RUNNING.set(server);
                try {
                    err.println("laurel serve: listening on " + server.uri());
                    err.flush();
                    server.awaitStop();
                } finally {
                    RUNNING.compareAndSet(server, null);
                    server.stop();
                    // Every request has ended: its line is queued, and written before the command returns.
                    accessLog.close();
                }
            } finally {
                closed.countDown();
                if (hook != null && Thread.currentThread() != hook) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException shuttingDown) {
                        // The hook is running: it returns now that the store is closed.
                    }
                }
            }
            return Laurel.OK;
        } finally {
            nestedPool.shutdownNow();
        }
    }

    /**
     * Four threads per core, at least {@link LaurelServer#MIN_THREADS}: verification is CPU-bound, and on the
     * 2-core machine of docs/BENCHMARKS.md a pool of 8 verified 6,357 VC-JWTs a second where 16 threads managed
     * 4,799 and Jetty's 200 4,889 (more threads only switched and waited on locks).
     */
    static int defaultThreads() {
        return Math.max(LaurelServer.MIN_THREADS, 4 * Runtime.getRuntime().availableProcessors());
    }

    private static void awaitQuietly(CountDownLatch closed) {
        try {
            closed.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The --public-url, checked: an absolute http(s) URL with a host, ending in a slash. */
    private Optional<URI> publicBase() {
        if (publicUrl == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(publicUrl.endsWith("/") ? publicUrl : publicUrl + "/");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // Reported below, as every other refused value.
        }
        throw new UsageException("--public-url must be an absolute http or https URL, got "
                + SafeText.escape(publicUrl));
    }

    /** Every pathway of every --pathway file, read as laurel pathway reads them. */
    private Pathways pathways() {
        List<Pathway> all = new ArrayList<>();
        for (Path file : pathwayFiles) {
            all.addAll(PathwayCommand.readPathways(file).all());
        }
        try {
            return Pathways.of(all);
        } catch (RuntimeException e) {
            throw new UsageException("--pathway: " + e.getMessage());
        }
    }

    private char[] keyStorePassword() {
        if (keyStore == null) {
            if (keyStorePasswordEnv != null) {
                throw new UsageException("--keystore-password-env needs --keystore");
            }
            return null;
        }
        if (keyStorePasswordEnv == null) {
            throw new UsageException("--keystore needs --keystore-password-env VAR (the password is never a flag)");
        }
        String password = System.getenv(keyStorePasswordEnv);
        if (password == null) {
            throw new UsageException("--keystore-password-env: the environment variable "
                    + SafeText.escape(keyStorePasswordEnv) + " is not set");
        }
        return password.toCharArray();
    }

    /**
     * The handler of every path besides the verification endpoints: the OB 3.0 API ({@link Provider}: discovery,
     * credentials, profile) and its OAuth 2.0 endpoints ({@link AuthorizationServer}), over the two stores.
     * Without a keystore the server listens on loopback only, and then the discovery document, registration and
     * redirect URIs may use plain {@code http} on a loopback host (development).
     */
    static ApiHandler apiHandler(CredentialStore credentials, AuthorizationStore accounts, Verifier verifier,
                                 boolean loopbackHttp, String serviceName, UpsertVerification upserts) {
        AuthorizationServer oauth = AuthorizationServer.builder(accounts).allowLoopbackHttp(loopbackHttp)
                .serviceName(serviceName).build();
        return Provider.builder(credentials, oauth).verifier(verifier).upsertVerification(upserts)
                .serviceName(serviceName).allowLoopbackHttp(loopbackHttp).build();
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UsageException("--bind: not an address of this machine: " + SafeText.escape(bind));
        }
    }
}
