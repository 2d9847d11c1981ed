package dev.laurel.badges.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.report.ReportJson;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark job: reads records, verifies and classifies each on the executors (one verifier per executor JVM,
 * {@link ExecutorVerifiers}), writes one row per record ({@link ResultRows#SCHEMA}), then a summary table in
 * {@code OUTPUT/_summary} and the run's counts in {@code OUTPUT/_job.json}.
 *
 * <p>Failures are data: a record that cannot be read, is not a badge, or is hostile becomes a row that is not
 * verified, with a failed check saying why ({@code input.readable} for an unreadable file, as the command line
 * does; {@code verifier.error} should the verifier itself break). Only the job's own I/O (an unreadable input
 * folder, an existing output) ends it.
 *
 * <p>The plan has no shuffle except the summary's aggregation (over the written output, read back) and
 * {@code --sort}'s ordering. The output is read back for the summary rather than recomputed, so every record is
 * verified once and the accumulators count each fetch once.
 */
public final class VerifyJob {

    /** The largest record or file verified; larger ones get a failed {@code input.readable} row (as the CLI). */
    public static final int MAX_RECORD_BYTES = 32 * 1024 * 1024;

    /** The columns every input is brought to before verification. */
    static final StructType INPUT = new StructType()
            .add("file", DataTypes.StringType).add("id", DataTypes.StringType)
            .add("record", DataTypes.LongType).add("content", DataTypes.BinaryType);

    private VerifyJob() {
    }

    /** How the input is laid out. */
    public enum InputFormat {
        /** A folder of files (walked recursively), or one file: JSON, compact JWS, PNG or SVG, by content. */
        FILES,
        /** JSON Lines: each line a credential (JSON or a JWT), or an object {@code {"id": ..., "credential": ...}}. */
        JSONL,
        /** Parquet with a {@code credential} column (string or binary) and an optional {@code id} column. */
        PARQUET
    }

    /** How the output is written. */
    public enum OutputFormat {
        /** Spark's JSON Lines part files; null fields are written, as {@code laurel verify} does. */
        JSON,
        /** Parquet. */
        PARQUET
    }

    /**
     * One run's settings.
     *
     * @param input the input path (local, HDFS, S3... as Spark reads it)
     * @param inputFormat how the input is laid out
     * @param output the output folder, which must not exist
     * @param outputFormat how the rows are written
     * @param sort whether the rows are ordered by file, then record position, then content hash
     * @param config the verifier's configuration
     */
    public record Settings(String input, InputFormat inputFormat, String output, OutputFormat outputFormat,
                           boolean sort, VerifyConfig config) {
        /**
         * Checks the settings.
         *
         * @throws NullPointerException if a component is null
         */
        public Settings {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(inputFormat, "inputFormat");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(outputFormat, "outputFormat");
            Objects.requireNonNull(config, "config");
        }
    }

    /**
     * What a run did.
     *
     * @param records the rows written
     * @param verified of those, the verified ones
     * @param fetches documents fetched (or refused) below the executors' caches, summed over tasks
     * @param fetchFailures of those, the ones that failed
     * @param seconds the wall time of the run
     */
    public record Result(long records, long verified, long fetches, long fetchFailures, double seconds) {
    }

    /**
     * Runs the job.
     *
     * @param spark the session
     * @param settings what to do
     * @return the counts
     * @throws IllegalArgumentException if the output folder already exists
     * @throws UncheckedIOException if the output cannot be written
     */
    public static Result run(SparkSession spark, Settings settings) {
        long start = System.nanoTime();
        Path out = new Path(settings.output());
        try {
            if (out.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(out)) {
                throw new IllegalArgumentException("the output " + settings.output() + " already exists");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LongAccumulator fetches = spark.sparkContext().longAccumulator("laurel.fetches");
        LongAccumulator failures = spark.sparkContext().longAccumulator("laurel.fetchFailures");
        Dataset<Row> rows = read(spark, settings).mapPartitions(
                verify(settings.config(), new ExecutorVerifiers.Counters(fetches, failures)),
                Encoders.row(ResultRows.SCHEMA));
        if (settings.sort()) {
            rows = rows.orderBy(functions.col("file").asc_nulls_first(), functions.col("record").asc_nulls_first(),
                    functions.col("sha256"));
        }
        String format = settings.outputFormat().name().toLowerCase(Locale.ROOT);
        rows.write().format(format).option("ignoreNullFields", "false").save(settings.output());
        Dataset<Row> written = spark.read().format(format).schema(ResultRows.SCHEMA).load(settings.output());
        Dataset<Row> summary = summary(written).cache();
        summary.coalesce(1).write().format(format).option("ignoreNullFields", "false")
                .save(settings.output() + "/_summary");
        long records = 0;
        long verified = 0;
        for (Row r : summary.where("dimension = 'verified'").collectAsList()) {
            records += r.getLong(2);
            verified += r.getString(1).equals("true") ? r.getLong(2) : 0;
        }
        summary.unpersist();
        Result result = new Result(records, verified, fetches.sum(), failures.sum(),
                (System.nanoTime() - start) / 1e9);
        writeCounts(spark, settings.output() + "/_job.json", result);
        return result;
    }

    /**
     * The summary table: {@code dimension} ({@code verified}, {@code level}, {@code issuer},
     * {@code failedCheck}), {@code key} and {@code records} (how many rows have that key; for
     * {@code failedCheck}, how many rows have at least one failed check with that id).
     *
     * @param rows the output rows
     * @return the summary, ordered by dimension, then most records first, then key
     */
    public static Dataset<Row> summary(Dataset<Row> rows) {
        Column records = functions.count(functions.lit(1)).as("records");
        Dataset<Row> verified = rows.groupBy(functions.lit("verified").as("dimension"),
                functions.col("verified").cast("string").as("key")).agg(records);
        Dataset<Row> level = rows.groupBy(functions.lit("level").as("dimension"),
                functions.coalesce(functions.col("level"), functions.lit("unclassified")).as("key")).agg(records);
        Dataset<Row> issuer = rows.groupBy(functions.lit("issuer").as("dimension"),
                functions.coalesce(functions.col("issuer"), functions.lit("(none)")).as("key")).agg(records);
        Dataset<Row> failed = rows.select(functions.explode(functions.expr(
                        "array_distinct(transform(filter(checks, c -> c.outcome = 'failed'), c -> c.id))")).as("key"))
                .groupBy(functions.lit("failedCheck").as("dimension"), functions.col("key")).agg(records);
        return verified.unionByName(level).unionByName(issuer).unionByName(failed)
                .orderBy(functions.col("dimension"), functions.col("records").desc(), functions.col("key"));
    }

    /** Brings the input to {@link #INPUT}'s columns. */
    static Dataset<Row> read(SparkSession spark, Settings settings) {
        String input = settings.input();
        switch (settings.inputFormat()) {
            case FILES: {
                Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                        .load(input);
                String root = qualified(spark, input);
                String shown = input.endsWith("/") && input.length() > 1 ? input.substring(0, input.length() - 1)
                        : input;
                // The CLI's name for a file found in a folder: the folder as given joined with the relative path.
                Column display = functions.when(functions.col("path").equalTo(root), functions.lit(shown))
                        .otherwise(functions.concat(functions.lit(shown),
                                functions.expr("substring(path, " + (root.length() + 1) + ")")));
                return files.select(display.as("file"), functions.lit(null).cast("string").as("id"),
                        functions.lit(null).cast("long").as("record"), functions.col("content"));
            }
            case JSONL: {
                Dataset<Row> lines = spark.read().text(input);
                return numbered(spark, lines.select(functions.lit(null).cast("string").as("id"),
                        functions.col("value").cast("binary").as("content")), true);
            }
            case PARQUET: {
                Dataset<Row> table = spark.read().parquet(input);
                if (!java.util.Arrays.asList(table.columns()).contains("credential")) {
                    throw new IllegalArgumentException("the Parquet input " + input + " has no credential column");
                }
                Column id = java.util.Arrays.asList(table.columns()).contains("id")
                        ? functions.col("id").cast("string") : functions.lit(null).cast("string");
                return numbered(spark, table.select(id.as("id"), functions.col("credential").cast("binary")
                        .as("content")), false);
            }
            default:
                throw new IllegalStateException("unknown input format " + settings.inputFormat());
        }
    }

    /** Numbers records in input order (their {@code record} column); JSON Lines lines may carry their own id. */
    private static Dataset<Row> numbered(SparkSession spark, Dataset<Row> records, boolean lines) {
        return spark.createDataFrame(records.javaRDD().zipWithIndex().map(t -> {
            byte[] content = t._1().isNullAt(1) ? new byte[0] : (byte[]) t._1().get(1);
            String id = t._1().getString(0);
            if (lines) {
                Unwrapped u = unwrap(content);
                content = u.content();
                id = u.id();
            }
            return RowFactory.create(null, id, t._2(), content);
        }), INPUT);
    }

    /**
     * A JSON Lines record's credential and id: a line {@code {"id": ..., "credential": ...}} (the credential a
     * JSON object or a string such as a JWT) is unwrapped; any other line is the credential itself.
     */
    record Unwrapped(byte[] content, String id) {
    }

    static Unwrapped unwrap(byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8);
        if (!text.contains("\"credential\"") || line.length > MAX_RECORD_BYTES) {
            return new Unwrapped(line, null);
        }
        JsonNode node;
        try {
            node = BadgeJson.standard().readTree(line);
        } catch (BadgeJsonException e) {
            return new Unwrapped(line, null);
        }
        JsonNode credential = node.get("credential");
        if (!node.isObject() || credential == null || !(credential.isObject() || credential.isTextual())) {
            return new Unwrapped(line, null);
        }
        JsonNode id = node.get("id");
        String idText = id == null || id.isNull() ? null : id.isValueNode() ? id.asText() : id.toString();
        byte[] content = (credential.isTextual() ? credential.textValue() : credential.toString())
                .getBytes(StandardCharsets.UTF_8);
        return new Unwrapped(content, idText);
    }

    private static String qualified(SparkSession spark, String input) {
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            String q = fs.makeQualified(p).toString();
            return q.endsWith("/") && q.length() > 1 ? q.substring(0, q.length() - 1) : q;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The work of one partition: the executor's verifier, made once per JVM, then one row per record. */
    static MapPartitionsFunction<Row, Row> verify(VerifyConfig config, ExecutorVerifiers.Counters counters) {
        return records -> {
            Verifier verifier = ExecutorVerifiers.verifier(config);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Row next() {
                    Row r = records.next();
                    byte[] content = r.isNullAt(3) ? new byte[0] : (byte[]) r.get(3);
                    Long record = r.isNullAt(2) ? null : r.getLong(2);
                    return ExecutorVerifiers.countInto(counters,
                            () -> verifyOne(verifier, r.getString(0), r.getString(1), record, content));
                }
            };
        };
    }

    /**
     * One record's row; never throws for the record's sake. A file larger than {@link #MAX_RECORD_BYTES} gets the
     * CLI's {@code input.readable} failure; a verifier that breaks gets {@code verifier.error}.
     *
     * @param verifier the executor's verifier
     * @param file the file, or null for a record
     * @param id the record's id, or null
     * @param record the record's position, or null for a file
     * @param content its bytes
     * @return the row
     */
    static Row verifyOne(Verifier verifier, String file, String id, Long record, byte[] content) {
        String shown = file != null ? file : id != null ? id : "#" + record;
        String sha256 = sha256(content);
        String mode = verifier.keyBinding().id();
        if (content.length > MAX_RECORD_BYTES) {
            return ResultRows.row(ReportJson.unreadable(shown, "file larger than " + MAX_RECORD_BYTES + " bytes", mode),
                    file, id, record, Optional.empty(), sha256);
        }
        try {
            VerificationReport report = verifier.verify(content, Optional.empty());
            ObjectNode line = ReportJson.line(shown, ReportJson.container(content), report, mode, Optional.empty());
            return ResultRows.row(line, file, id, record, report.document(), sha256);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            String message = e.getMessage();
            return ResultRows.row(ReportJson.internalError(shown, "internal error: "
                            + (message == null || message.isBlank() ? "unexpected failure" : message)),
                    file, id, record, Optional.empty(), sha256);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void writeCounts(SparkSession spark, String file, Result r) {
        String json = String.format(Locale.ROOT, "{\"records\": %d, \"verified\": %d, \"fetches\": %d, "
                + "\"fetchFailures\": %d, \"seconds\": %.3f}%n", r.records(), r.verified(), r.fetches(),
                r.fetchFailures(), r.seconds());
        Path path = new Path(file);
        try (OutputStream o = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).create(path, false)) {
            o.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
