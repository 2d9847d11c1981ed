package dev.laurel.badges.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.api.client.ApiProvider;
import dev.laurel.badges.api.client.ClientMetadata;
import dev.laurel.badges.api.client.ClientRegistration;
import dev.laurel.badges.api.client.LearnerConnection;
import dev.laurel.badges.api.client.Ob3ApiClient;
import dev.laurel.badges.api.client.PendingAuthorization;
import dev.laurel.badges.api.client.UpsertResponse;
import dev.laurel.badges.api.wire.Scopes;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A bounded load test of {@code laurel serve} on loopback (issue 17): a real server as a child process, the
 * project's client registering and authorising through the HTML consent form, N signed credentials upserted,
 * then two timed phases of concurrent clients, {@code GET /ims/ob/v3p0/credentials} with random pages and
 * {@code POST /verify} of VC-JWTs, with every latency recorded and the server's CPU time read from
 * {@code /proc}. Prints one JSON summary and writes it to {@code benchmarks/results/DATE-api-load.json}.
 *
 * <p>Run from the repository root, after {@code mvn -B -o -q package -DskipTests -pl examples,benchmarks -am}:
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.laurel.badges.benchmarks.ApiLoad --clients 50 --credentials 10000 --seconds 30
 * }</pre>
 * Options (defaults in brackets): {@code --clients N} [50], {@code --credentials N} [10000], {@code --seconds S}
 * per measured phase [30], {@code --warmup S} before each phase [10], {@code --upsert-threads N} [4],
 * {@code --jar PATH} [examples/target/laurel.jar], {@code --out DIR} [benchmarks/results; {@code -} for none],
 * {@code --shared-http} (one {@link HttpClient} for all load threads instead of one per client),
 * {@code --raw-verify} ({@code POST /verify} over {@link RawHttpClient}, one kept-alive socket per client, which
 * leaves more of a small machine to the server than {@code java.net.http}),
 * {@code --server-jvm OPTION} (repeatable, for the server's JVM), {@code --serve-arg ARG} (repeatable, one more
 * argument of {@code laurel serve}, e.g. {@code --threads}), {@code --jfr DIR} (a Flight Recorder profile of
 * the server, recorded from its start, each measured phase dumped with {@code jcmd} to {@code DIR/getCredentials.jfr}
 * and {@code DIR/verify.jfr}), {@code --phases getCredentials,verify} (the timed phases to run), {@code --note TEXT} (the conditions, copied into the summary).
 *
 * <p>A request fails when it throws, answers another status than 200, or (every 100th, parsed) answers a body
 * that is not what it should be: a {@code /verify} line with {@code verified} not true, a page whose
 * {@code X-Total-Count} is not the number stored or whose list has the wrong length.
 */
public final class ApiLoad {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String LEARNER = "load-learner";
    private static final String PASSWORD = "load-test-password";

    private final Options options;
    private final ObjectNode summary = JSON.createObjectNode();
    /** The discovered server (its credentials URL comes from the discovery document). */
    private ApiProvider provider;

    private ApiLoad(Options options) {
        this.options = options;
    }

    /**
     * Runs the load test.
     *
     * @param args the options (see the class comment)
     * @throws Exception if the server cannot be started or set up; failed requests are counted, not thrown
     */
    public static void main(String[] args) throws Exception {
        new ApiLoad(Options.parse(args)).run();
    }

    private void run() throws Exception {
        summary.put("benchmark", "ApiLoad (issue 17)");
        summary.put("started", Instant.now().toString());
        summary.set("options", options.toJson());
        summary.set("machine", machine());
        if (options.jfr != null) {
            Files.createDirectories(options.jfr);
        }
        Path data = Files.createTempDirectory("laurel-api-load-");
        log("data folder " + data);
        ServeProcess.addUser(options.jar, data, LEARNER, PASSWORD);
        List<String> jvm = new ArrayList<>(options.serverJvm);
        if (options.jfr != null) {
            jvm.add("-XX:StartFlightRecording=name=load,settings=profile,maxage=10m");
        }
        try (ServeProcess server = ServeProcess.start(options.jar, data, jvm, options.serveArgs, data.resolve("access.log"))) {
            log("laurel serve (pid " + server.pid() + ") listening on " + server.uri());
            summary.put("serverPid", server.pid());
            LearnerConnection learner = authorise(server.uri());
            String token = learner.tokens().orElseThrow().accessToken();
            List<String> jwts = sign(options.credentials);
            upsert(server, learner, jwts);
            long total = learner.getCredentials(1, 0).total().orElse(-1);
            if (total != options.credentials) {
                throw new IllegalStateException("X-Total-Count is " + total + " after upserting " + options.credentials);
            }
            if (options.phases.contains("getCredentials")) {
                getCredentials(server, provider.credentialsUrl(), token);
            }
            if (options.phases.contains("verify")) {
                verify(server, jwts);
            }
        }
        deleteQuietly(data);
        summary.put("finished", Instant.now().toString());
        summary.set("loadAverageAtEnd", JSON.valueToTree(loadAverage()));
        String text = JSON.writeValueAsString(summary);
        System.out.println(text);
        if (options.out != null) {
            Files.createDirectories(options.out);
            Path file = options.out.resolve(LocalDate.now(ZoneOffset.UTC) + "-api-load.json");
            Files.writeString(file, text + "\n");
            log("wrote " + file);
        }
    }

    // ---- set-up: registration, consent, credentials ---------------------------------------------------------

    private LearnerConnection authorise(URI base) throws IOException, InterruptedException {
        Ob3ApiClient client = Ob3ApiClient.builder().allowLoopbackHttp(true).build();
        provider = client.discover(base);
        URI callback = URI.create("https://lms.example/oauth/callback");
        ClientRegistration registration = client.register(provider, ClientMetadata.builder()
                .client("ApiLoad", URI.create("https://lms.example/"))
                .pages(URI.create("https://lms.example/logo.png"), URI.create("https://lms.example/terms"),
                        URI.create("https://lms.example/privacy"))
                .software("laurel-api-load", "1")
                .redirectUri(callback).scopes(Scopes.ALL).build());
        PendingAuthorization pending = client.startAuthorization(registration, LEARNER,
                List.of(Scopes.CREDENTIAL_UPSERT, Scopes.CREDENTIAL_READONLY), callback);
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        URI redirect = ConsentFormDriver.approve(browser, pending.authorizationUrl(), LEARNER, PASSWORD);
        LearnerConnection learner = client.completeAuthorization(pending, redirect);
        log("registered client " + registration.clientId() + ", authorised through the consent form");
        return learner;
    }

    /** N distinct OB 3.0 credentials, VC-JWT EdDSA with a did:key issuer, signed on every core. */
    private List<String> sign(int n) throws Exception {
        LaurelKey issuer = KeyPairs.generate(KeyKind.ED25519);
        VcJwtSigner signer = VcJwtSigner.of(issuer).withKeyId(issuer.didKeyVerificationMethod());
        String[] out = new String[n];
        long start = System.nanoTime();
        parallel(Runtime.getRuntime().availableProcessors(), n, i -> out[i] = signer.sign(credentialJson(issuer, i)));
        double seconds = (System.nanoTime() - start) / 1e9;
        ObjectNode s = summary.putObject("signing");
        s.put("credentials", n);
        s.put("seconds", round(seconds));
        s.put("perSecond", round(n / seconds));
        s.put("averageBytes", Arrays.stream(out).mapToInt(String::length).average().orElse(0));
        log(String.format(Locale.ROOT, "signed %d VC-JWTs in %.1f s", n, seconds));
        return List.of(out);
    }

    private static String credentialJson(LaurelKey issuer, int n) {
        String[] levels = {"awareness", "knowledge", "skill", "competence", "proficiency", "mastery"};
        return "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\","
                + " \"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + " \"id\": \"urn:uuid:00000000-0000-4000-8000-" + String.format(Locale.ROOT, "%012d", n) + "\","
                + " \"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"],"
                + " \"issuer\": {\"id\": \"" + issuer.didKey() + "\", \"type\": [\"Profile\"], \"name\": \"Example University\"},"
                + " \"validFrom\": \"2026-01-01T00:00:00Z\", \"name\": \"Badge " + n + "\","
                + " \"credentialSubject\": {\"id\": \"did:example:load-learner\","
                + " \"type\": [\"AchievementSubject\"], \"achievement\": {"
                + "\"id\": \"https://example.com/achievements/" + levels[n % levels.length] + "-" + n + "\","
                + " \"type\": [\"Achievement\"], \"criteria\": {\"narrative\": \"Completed unit " + n + ".\"},"
                + " \"description\": \"Unit " + n + " of the course.\", \"name\": \"Unit " + n + "\"}}}";
    }

    /** Upserts every credential with the project's client on several threads; each must be created (201). */
    private void upsert(ServeProcess server, LearnerConnection learner, List<String> jwts) throws Exception {
        Meter meter = new Meter(server);
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        parallel(options.upsertThreads, jwts.size(), i -> {
            try {
                UpsertResponse r = learner.upsertCredential(jwts.get(i));
                if (r.outcome() != UpsertResponse.Outcome.CREATED) {
                    failed.incrementAndGet();
                    note(errors, "credential " + i + ": " + r.outcome() + " " + r.httpStatus());
                }
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                note(errors, "credential " + i + ": " + e.getMessage());
            }
        });
        ObjectNode s = summary.putObject("upsert");
        s.put("threads", options.upsertThreads);
        s.put("credentials", jwts.size());
        s.put("failed", failed.get());
        s.set("firstErrors", JSON.valueToTree(new ArrayList<>(errors)));
        meter.finish(s, jwts.size());
        log("upserted: " + s);
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " upserts failed: " + errors);
        }
    }

    // ---- the timed phases -----------------------------------------------------------------------------------

    private void getCredentials(ServeProcess server, URI url, String token) throws Exception {
        int n = options.credentials;
        Request request = (client, sample) -> {
            int limit = ThreadLocalRandom.current().nextBoolean() ? 100 : 10;
            int offset = ThreadLocalRandom.current().nextInt(Math.max(1, n - limit + 1));
            HttpRequest r = HttpRequest.newBuilder(URI.create(url + "?limit=" + limit + "&offset=" + offset))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> response = client.http().send(r, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "status " + response.statusCode() + ": " + abbreviate(response.body());
            }
            if (sample) {
                String count = response.headers().firstValue("X-Total-Count").orElse("");
                JsonNode page = JSON.readTree(response.body()).path("compactJwsString");
                if (!count.equals(String.valueOf(n)) || page.size() != Math.min(limit, n - offset)) {
                    return "X-Total-Count " + count + ", " + page.size() + " credentials for limit " + limit
                            + " offset " + offset;
                }
            }
            return null;
        };
        summary.set("getCredentials", phase("getCredentials", server, request));
    }

    private void verify(ServeProcess server, List<String> jwts) throws Exception {
        URI url = server.uri().resolve("/verify");
        List<String> bodies = jwts.subList(0, Math.min(jwts.size(), 1000));
        boolean raw = options.rawVerify;
        Request request = (client, sample) -> {
            String jwt = bodies.get(ThreadLocalRandom.current().nextInt(bodies.size()));
            int status;
            String body;
            // docs/CLI.md: the body is recognised by content; a VC-JWT is sent as the text it is.
            if (raw) {
                RawHttpClient.Response response = client.raw().post("/verify", "text/plain",
                        jwt.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                status = response.status();
                body = response.body();
            } else {
                HttpRequest r = HttpRequest.newBuilder(url).header("Content-Type", "text/plain")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(jwt)).build();
                HttpResponse<String> response = client.http().send(r, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
            }
            if (status != 200) {
                return "status " + status + ": " + abbreviate(body);
            }
            if (sample && !JSON.readTree(body).path("verified").asBoolean(false)) {
                return "not verified: " + abbreviate(body);
            }
            return null;
        };
        ObjectNode s = phase("verify", server, request);
        s.put("distinctJwts", bodies.size());
        summary.set("verify", s);
    }

    /** One request of a phase: null when it succeeded, else why it failed. */
    @FunctionalInterface
    private interface Request {
        String send(Client client, boolean sample) throws Exception;
    }

    /** What one load thread sends with: a {@code java.net.http} client (its own or the shared one) and its raw one. */
    private record Client(HttpClient http, RawHttpClient raw) {
    }

    private ObjectNode phase(String name, ServeProcess server, Request request) throws Exception {
        log(name + ": warm-up " + options.warmupSeconds + " s with " + options.clients + " clients");
        drive(server.uri(), request, options.warmupSeconds);
        log(name + ": measuring " + options.seconds + " s");
        Meter meter = new Meter(server);
        Driven d = drive(server.uri(), request, options.seconds);
        if (options.jfr != null) {
            // The recording runs from the server's start (starting one later through jcmd changes JVMTI state,
            // which throws compiled code away and measures the interpreter); this phase's window is dumped.
            server.jcmd("JFR.dump", "name=load", "begin=-" + (long) Math.ceil(options.seconds) + "s",
                    "filename=" + options.jfr.resolve(name + ".jfr").toAbsolutePath());
        }
        ObjectNode s = JSON.createObjectNode();
        s.put("clients", options.clients);
        s.put("httpClients", name.equals("verify") && options.rawVerify ? "raw HTTP/1.1 socket per client"
                : options.sharedHttp ? "one shared java.net.http client" : "one java.net.http client per client");
        long[] all = d.latencies;
        s.put("requests", all.length + d.failed);
        s.put("failed", d.failed);
        s.set("firstErrors", JSON.valueToTree(d.errors));
        meter.finish(s, all.length + d.failed);
        s.set("latencyMs", percentiles(all));
        log(name + ": " + s);
        return s;
    }

    private record Driven(long[] latencies, int failed, List<String> errors) {
    }

    /** Runs the clients for the given seconds; each records the latency of every request that succeeded. */
    private Driven drive(URI base, Request request, double seconds) throws Exception {
        HttpClient shared = options.sharedHttp ? http() : null;
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong sequence = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < options.clients; c++) {
            futures.add(pool.submit(() -> {
                Client client = new Client(shared != null ? shared : http(), new RawHttpClient(base));
                long[] latencies = new long[1024];
                int count = 0;
                while (System.nanoTime() < deadline) {
                    boolean sample = sequence.incrementAndGet() % 100 == 0;
                    long t0 = System.nanoTime();
                    String error;
                    try {
                        error = request.send(client, sample);
                    } catch (Exception e) {
                        error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    long t = System.nanoTime() - t0;
                    if (error != null) {
                        failed.incrementAndGet();
                        note(errors, error);
                    } else {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = t;
                    }
                }
                client.raw().close();
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            parts.add(f.get());
        }
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
        return new Driven(all, failed.get(), new ArrayList<>(errors));
    }

    private static HttpClient http() {
        // HTTP/1.1: plain http to Jetty; an HTTP/2 client would first try an h2c upgrade on every connection.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    // ---- measuring ------------------------------------------------------------------------------------------

    /**
     * Wall time, the server's CPU time, this process's CPU time and the whole machine's busy time over one phase,
     * so the summary can say how much of the cores the server used beside the load generator and other jobs.
     */
    private static final class Meter {
        private final ServeProcess server;
        private final long wall0 = System.nanoTime();
        private final long server0;
        private final long[] serverUserSystem0;
        private final long self0 = ServeProcess.procCpuNanos(ProcessHandle.current().pid());
        private final long[] machine0 = ServeProcess.machineTicks();

        Meter(ServeProcess server) {
            this.server = server;
            this.server0 = server.cpuNanos();
            this.serverUserSystem0 = server.userSystemNanos();
        }

        void finish(ObjectNode into, long operations) {
            double wall = (System.nanoTime() - wall0) / 1e9;
            double serverCpu = (server.cpuNanos() - server0) / 1e9;
            double selfCpu = (ServeProcess.procCpuNanos(ProcessHandle.current().pid()) - self0) / 1e9;
            long[] machine1 = ServeProcess.machineTicks();
            double machineBusy = (machine1[0] - machine0[0]) / 100.0;
            into.put("seconds", round(wall));
            into.put("perSecond", round(operations / wall));
            ObjectNode cpu = into.putObject("cpu");
            cpu.put("serverSeconds", round(serverCpu));
            cpu.put("serverCores", round(serverCpu / wall));
            long[] us = server.userSystemNanos();
            cpu.put("serverUserSeconds", round((us[0] - serverUserSystem0[0]) / 1e9));
            cpu.put("serverSystemSeconds", round((us[1] - serverUserSystem0[1]) / 1e9));
            cpu.put("loadGeneratorSeconds", round(selfCpu));
            cpu.put("loadGeneratorCores", round(selfCpu / wall));
            cpu.put("machineBusyCores", round(machineBusy / wall));
            cpu.put("otherProcessesCores", round(Math.max(0, machineBusy - serverCpu - selfCpu) / wall));
            cpu.put("serverCpuMsPerRequest", operations == 0 ? 0 : round(serverCpu * 1000 / operations));
        }
    }

    private static ObjectNode percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        ObjectNode p = JSON.createObjectNode();
        if (sorted.length == 0) {
            return p;
        }
        for (double q : new double[] {50, 90, 99, 99.9}) {
            int index = (int) Math.ceil(q / 100 * sorted.length) - 1;
            p.put("p" + (q == Math.rint(q) ? String.valueOf((int) q) : String.valueOf(q)),
                    round(sorted[Math.max(0, index)] / 1e6));
        }
        p.put("max", round(sorted[sorted.length - 1] / 1e6));
        p.put("mean", round(Arrays.stream(sorted).average().orElse(0) / 1e6));
        return p;
    }

    private static ObjectNode machine() {
        ObjectNode m = JSON.createObjectNode();
        m.put("nproc", Runtime.getRuntime().availableProcessors());
        m.set("loadAverageAtStart", JSON.valueToTree(loadAverage()));
        m.put("cpu", cpuModel());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    private static List<Double> loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return List.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    // ---- small helpers --------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface IndexTask {
        void run(int index) throws Exception;
    }

    /** Runs task(0..n-1) on the given number of threads, each taking the next index. */
    private static void parallel(int threads, int n, IndexTask task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    task.run(i);
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Removes the server's folder (a 10,000-credential store is some 250 MB of H2 file). */
    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static void note(ConcurrentLinkedQueue<String> errors, String error) {
        // Keep the first few: a broken run fails thousands of times for one reason.
        if (errors.size() < 5) {
            errors.add(error);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 300 ? one : one.substring(0, 300) + "...";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void log(String message) {
        System.err.println("[ApiLoad " + Instant.now() + "] " + message);
    }

    /** The command line. */
    private record Options(int clients, int credentials, double seconds, double warmupSeconds, int upsertThreads,
                           Path jar, Path out, boolean sharedHttp, List<String> serverJvm, String note, Path jfr,
                           List<String> phases, boolean rawVerify, List<String> serveArgs) {

        static Options parse(String[] args) {
            int clients = 50;
            int credentials = 10_000;
            double seconds = 30;
            double warmup = 10;
            int upsertThreads = 4;
            Path jar = Path.of("examples/target/laurel.jar");
            Path out = Path.of("benchmarks/results");
            boolean shared = false;
            boolean rawVerify = false;
            List<String> jvm = new ArrayList<>();
            List<String> serveArgs = new ArrayList<>();
            String note = "";
            Path jfr = null;
            List<String> phases = List.of("getCredentials", "verify");
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--shared-http")) {
                    shared = true;
                    continue;
                }
                if (a.equals("--raw-verify")) {
                    rawVerify = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--clients" -> clients = positive(a, Integer.parseInt(v));
                    case "--credentials" -> credentials = positive(a, Integer.parseInt(v));
                    case "--seconds" -> seconds = Double.parseDouble(v);
                    case "--warmup" -> warmup = Double.parseDouble(v);
                    case "--upsert-threads" -> upsertThreads = positive(a, Integer.parseInt(v));
                    case "--jar" -> jar = Path.of(v);
                    case "--out" -> out = v.equals("-") ? null : Path.of(v);
                    case "--server-jvm" -> jvm.add(v);
                    case "--serve-arg" -> serveArgs.add(v);
                    case "--note" -> note = v;
                    case "--jfr" -> jfr = Path.of(v);
                    case "--phases" -> phases = List.of(v.split(","));
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException(jar + " is missing: run mvn -B -o -q package -DskipTests"
                        + " -pl examples,benchmarks -am in the repository root first (or give --jar)");
            }
            return new Options(clients, credentials, seconds, warmup, upsertThreads, jar, out, shared,
                    Collections.unmodifiableList(jvm), note, jfr, phases, rawVerify, List.copyOf(serveArgs));
        }

        private static int positive(String name, int v) {
            if (v <= 0) {
                throw new IllegalArgumentException(name + " must be positive, got " + v);
            }
            return v;
        }

        ObjectNode toJson() {
            ObjectNode o = JSON.createObjectNode();
            o.put("clients", clients);
            o.put("credentials", credentials);
            o.put("seconds", seconds);
            o.put("warmupSeconds", warmupSeconds);
            o.put("upsertThreads", upsertThreads);
            o.put("jar", jar.toString());
            o.put("sharedHttp", sharedHttp);
            o.set("serverJvm", JSON.valueToTree(serverJvm));
            o.put("note", note);
            o.put("jfr", jfr == null ? null : jfr.toString());
            o.set("phases", JSON.valueToTree(phases));
            o.put("rawVerify", rawVerify);
            o.set("serveArgs", JSON.valueToTree(serveArgs));
            return o;
        }
    }
}
