package dev.laurel.badges.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode (two cores): inputs, outputs, failures as data, fetch counts, the summary. */
class VerifyJobTest {

    static SparkSession spark;
    static final TestBadges BADGES = new TestBadges();
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("laurel-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.files.openCostInBytes", "8192").config("spark.sql.files.minPartitionNum", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** A configuration of its own for each test (a second apart): each test starts with a cold verifier. */
    static VerifyConfig config(int test, Map<String, String> urlMap) {
        return VerifyConfig.of(Optional.of(TestBadges.NOW.plusSeconds(test)), true, urlMap, BindingMode.STRICT, Map.of());
    }

    VerifyJob.Result run(Path input, VerifyJob.InputFormat in, Path output, VerifyJob.OutputFormat out, VerifyConfig c) {
        return VerifyJob.run(spark, new VerifyJob.Settings(input.toString(), in, output.toString(), out, true, c));
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every JSON line of a job's JSON output (part files in order, the summary left out). */
    static List<ObjectNode> jsonRows(Path output) throws IOException {
        List<ObjectNode> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    rows.add((ObjectNode) MAPPER.readTree(line));
                }
            }
        }
        return rows;
    }

    /**
     * The fetcher {@code laurel verify --url-map FILE --offline} uses (UrlMapFetcher): mapped URLs without their
     * fragment, anything else refused with the same message.
     */
    static DocumentFetcher cliFetcher(Map<String, String> map) {
        return (uri, accept) -> {
            String key = VerifyConfig.withoutFragment(uri.toString());
            if (map.containsKey(key)) {
                return new FetchedDocument(uri, Optional.of("application/json"), map.get(key).getBytes(StandardCharsets.UTF_8));
            }
            throw new FetchException(FetchCode.FETCH_REFUSED, "offline: " + key + " is not in the URL map");
        };
    }

    /**
     * Done when: 2,000 mixed credentials (VC-JWT, Data Integrity, OB 2.0 signed; tampered, expired, revoked, an
     * unreachable issuer and a hostile file among them) get exactly the verify line of {@code laurel verify}
     * ({@link ReportJson} over a verifier built as the CLI builds it, file by file), in --sort order.
     */
    @Test
    void twoThousandMixedCredentialsGetTheCliVerdicts() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        long[] revoked = {1, 15, 115, 201, 215, 315, 415};
        Map<String, String> map = BADGES.urlMap(revoked);
        // Signed on both cores: the build's time goes to the job, not to making its input.
        java.util.stream.IntStream.range(0, 2000).parallel().forEach(i -> write(in, i));
        Path out = dir.resolve("out");
        VerifyConfig config = config(1, map);
        VerifyJob.Result result = run(in, VerifyJob.InputFormat.FILES, out, VerifyJob.OutputFormat.JSON, config);

        List<ObjectNode> rows = jsonRows(out);
        assertThat(rows).hasSize(2000);
        assertThat(result.records()).isEqualTo(2000);
        List<String> files = rows.stream().map(r -> r.get("file").textValue()).toList();
        assertThat(files).isSorted();

        Verifier cli = Verifier.builder().fetcher(cliFetcher(map)).clock(Clock.fixed(TestBadges.NOW.plusSeconds(1),
                ZoneOffset.UTC)).keyBinding(BindingMode.STRICT).build();
        Map<String, Integer> verdicts = new java.util.concurrent.ConcurrentHashMap<>();
        rows.parallelStream().forEach(row -> {
            String file = row.get("file").textValue();
            byte[] bytes = read(Path.of(file));
            ObjectNode expected = ReportJson.line(file, ReportJson.container(bytes), cli.verify(bytes, Optional.empty()),
                    "strict", Optional.empty());
            assertThat(cliFields(row, expected)).as(file).isEqualTo(expected);
            verdicts.merge(file.substring(in.toString().length() + 1).split("/")[0] + ":" + row.get("verified"), 1,
                    Integer::sum);
        });
        // The mix really is mixed: every kind verifies somewhere and fails somewhere.
        assertThat(verdicts).containsKeys("jwt:true", "jwt:false", "di:true", "di:false", "ob2:true", "ob2:false",
                "other:true", "other:false", "hostile.json:false");
        ObjectNode hostile = rows.stream().filter(r -> r.get("file").textValue().endsWith("hostile.json")).findFirst()
                .orElseThrow();
        assertThat(hostile.get("verified").booleanValue()).isFalse();
        assertThat(hostile.get("checks").findValuesAsText("outcome")).contains("failed");
        // Five documents exist to fetch (status list, OB 2.0 issuer, key, badge class, the unreachable issuer):
        // each is fetched once for 2,000 credentials, not once per credential.
        assertThat(result.fetches()).isBetween(1L, 5L);
        assertThat(ExecutorVerifiers.fetches(config)).isEqualTo(result.fetches());
    }

    /** Writes the i-th file of the mixed folder. */
    private static void write(Path in, int i) {
        try {
            String name;
            String content;
            if (i == 1999) {
                Files.write(in.resolve("hostile.json"), TestBadges.hostile());
                return;
            } else if (i % 20 < 14) {
                name = "jwt/c" + i + ".jwt";
                content = BADGES.signedJwt(BADGES.credential(i, true, null));
            } else if (i % 20 < 17) {
                Instant until = i % 100 == 14 ? TestBadges.NOW.minusSeconds(86_400) : null;
                name = "di/c" + i + ".json";
                content = BADGES.signedDi(BADGES.credential(i, i % 20 == 15, until));
                if (i % 100 == 35) {
                    content = content.replace("\"name\":\"Module " + i + "\"", "\"name\":\"Module X" + i + "\"");
                }
            } else if (i % 20 < 19) {
                name = "ob2/a" + i + ".jws";
                content = BADGES.signedOb2(i);
                if (i % 100 == 37) {
                    content = content.substring(0, content.length() - 4) + "AAAA";
                }
            } else {
                name = "other/u" + i + ".jwt";
                content = i % 100 == 19 ? BADGES.unreachableIssuer(i) : BADGES.signedJwt(BADGES.credential(i, true, null));
            }
            Path file = in.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The row's fields that {@code laurel verify} prints, with the nulls Spark writes for absent check codes removed. */
    static ObjectNode cliFields(ObjectNode row, ObjectNode expected) {
        ObjectNode got = MAPPER.createObjectNode();
        expected.fieldNames().forEachRemaining(f -> got.set(f, row.get(f) == null ? null : row.get(f).deepCopy()));
        got.put("file", row.get("file").textValue());
        for (JsonNode c : got.path("checks")) {
            if (c.get("code") != null && c.get("code").isNull()) {
                ((ObjectNode) c).remove("code");
            }
        }
        return got;
    }

    @Test
    void aStatusListSharedByManyCredentialsIsFetchedOnce() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(in.resolve("c" + i + ".jwt"), BADGES.signedJwt(BADGES.credential(i, true, null)));
        }
        VerifyConfig config = config(2, BADGES.urlMap(7, 8));
        VerifyJob.Result result = run(in, VerifyJob.InputFormat.FILES, dir.resolve("out"), VerifyJob.OutputFormat.PARQUET,
                config);
        assertThat(result.records()).isEqualTo(300);
        assertThat(result.verified()).isEqualTo(298);
        assertThat(result.fetches()).isEqualTo(1);
        assertThat(result.fetchFailures()).isZero();
        assertThat(ExecutorVerifiers.fetches(config)).isEqualTo(1);
        Dataset<Row> rows = spark.read().parquet(dir.resolve("out").toString());
        assertThat(rows.where("not verified").count()).isEqualTo(2);
        assertThat(rows.where("not verified and exists(checks, c -> c.id = 'status.revocation' and c.outcome = 'failed')")
                .count()).isEqualTo(2);
        assertThat(rows.where("level is null").count()).isZero();
    }

    @Test
    void jsonLinesInWithIdsAndAHostileLineParquetOut() throws IOException {
        ObjectNode di = MAPPER.readValue(BADGES.signedDi(BADGES.credential(1, false, null)), ObjectNode.class);
        String jwt = BADGES.signedJwt(BADGES.credential(2, false, null));
        List<String> lines = List.of(
                MAPPER.createObjectNode().put("id", "a").put("credential", jwt).toString(),
                MAPPER.createObjectNode().put("id", "b").set("credential", di).toString(),
                jwt,
                new String(TestBadges.hostile(), StandardCharsets.UTF_8),
                "not json at all",
                BADGES.unreachableIssuer(3));
        Path in = dir.resolve("in.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);
        VerifyJob.Result result = run(in, VerifyJob.InputFormat.JSONL, dir.resolve("out"), VerifyJob.OutputFormat.PARQUET,
                config(3, BADGES.urlMap()));
        assertThat(result.records()).isEqualTo(6);
        assertThat(result.verified()).isEqualTo(3);
        List<Row> rows = spark.read().parquet(dir.resolve("out").toString()).orderBy("record").collectAsList();
        assertThat(rows).extracting(r -> r.getAs("id")).containsExactly("a", "b", null, null, null, null);
        assertThat(rows).extracting(r -> r.<Long>getAs("record")).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(rows).extracting(r -> r.<Boolean>getAs("verified")).containsExactly(true, true, true, false, false,
                false);
        assertThat(rows).extracting(r -> r.<String>getAs("container")).containsExactly("jws", "json", "jws", "json",
                "jws", "jws");
        assertThat(rows.get(0).<String>getAs("level")).isEqualTo("certification".equals(rows.get(0).getAs("level"))
                ? "certification" : rows.get(0).<String>getAs("level"));
        assertThat(rows.get(0).<String>getAs("basis")).isNotNull();
        // The unreachable issuer: offline and not in the map, so the key cannot be tied to it.
        Row unreachable = rows.get(5);
        List<Row> checks = unreachable.getList(unreachable.fieldIndex("checks"));
        assertThat(checks).anyMatch(c -> "failed".equals(c.getAs("outcome")) && "proof.key-binding".equals(c.getAs("id"))
                && String.valueOf(c.<String>getAs("message")).contains(TestBadges.UNREACHABLE_ISSUER));
        assertThat(result.fetchFailures()).isGreaterThanOrEqualTo(1);
        Path summary = dir.resolve("out/_summary");
        assertThat(summary).isDirectory();
        Map<String, Long> counts = new HashMap<>();
        for (Row r : spark.read().parquet(summary.toString()).collectAsList()) {
            counts.put(r.getString(0) + "/" + r.getString(1), r.getLong(2));
        }
        assertThat(counts).containsEntry("verified/true", 3L).containsEntry("verified/false", 3L)
                .containsEntry("issuer/" + BADGES.ob3.didKey(), 3L);
        assertThat(counts.keySet()).anyMatch(k -> k.startsWith("failedCheck/"));
        assertThat(counts.keySet()).anyMatch(k -> k.startsWith("level/"));
        assertThat(Files.readString(dir.resolve("out/_job.json"))).contains("\"records\": 6");
    }

    @Test
    void parquetInJsonOutWithTheSummaryTable() throws IOException {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("credential", DataTypes.StringType);
        List<Row> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            records.add(RowFactory.create("r" + i, i == 11 ? "{\"@context\": 5}"
                    : BADGES.signedJwt(BADGES.credential(i, false, i == 10 ? TestBadges.NOW.minusSeconds(86_400) : null))));
        }
        Path in = dir.resolve("in.parquet");
        spark.createDataFrame(records, schema).repartition(3).write().parquet(in.toString());
        Path out = dir.resolve("out");
        VerifyJob.Result result = run(in, VerifyJob.InputFormat.PARQUET, out, VerifyJob.OutputFormat.JSON,
                config(4, Map.of()));
        assertThat(result.records()).isEqualTo(12);
        assertThat(result.verified()).isEqualTo(10);
        assertThat(result.fetches()).isZero();
        List<ObjectNode> rows = jsonRows(out);
        assertThat(rows).hasSize(12);
        // JSON output writes nulls as laurel verify does: every column is present in every line.
        assertThat(rows).allSatisfy(r -> assertThat(r.has("version") && r.has("issuer") && r.has("level")).isTrue());
        assertThat(rows.stream().map(r -> r.get("id").textValue()).toList()).containsExactlyInAnyOrder(
                "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11");
        ObjectNode expired = rows.stream().filter(r -> r.get("id").textValue().equals("r10")).findFirst().orElseThrow();
        assertThat(expired.get("verified").booleanValue()).isFalse();
        List<ObjectNode> summary = jsonRows(out.resolve("_summary"));
        assertThat(summary).anySatisfy(s -> {
            assertThat(s.get("dimension").textValue()).isEqualTo("verified");
            assertThat(s.get("key").textValue()).isEqualTo("false");
            assertThat(s.get("records").longValue()).isEqualTo(2);
        });
        assertThat(summary.stream().filter(s -> s.get("dimension").textValue().equals("level"))
                .mapToLong(s -> s.get("records").longValue()).sum()).isEqualTo(12);
        assertThat(summary.stream().filter(s -> s.get("dimension").textValue().equals("failedCheck"))
                .map(s -> s.get("key").textValue().toLowerCase(Locale.ROOT)).toList()).isNotEmpty();
    }

    @Test
    void anExistingOutputIsRefusedBeforeAnyWork() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(dir, VerifyJob.InputFormat.FILES, out,
                VerifyJob.OutputFormat.JSON, config(5, Map.of()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already exists");
    }
}
