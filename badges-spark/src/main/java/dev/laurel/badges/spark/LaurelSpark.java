package dev.laurel.badges.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.verify.keys.BindingMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command line of {@code laurel-spark.jar}: {@code verify} runs {@link VerifyJob} with the flags of
 * {@code laurel verify} that apply to a job ({@code --offline}, {@code --url-map}, {@code --now},
 * {@code --key-binding}, {@code --context}). Exit codes as {@code laurel verify}: 0 every record verified, 1 some
 * not, 2 a usage error (one line on stderr).
 */
@Command(name = "laurel-spark", mixinStandardHelpOptions = true, subcommands = LaurelSpark.Verify.class,
        description = "Laurel on Apache Spark: re-verify and classify many credentials.")
public final class LaurelSpark implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Spark's INFO lines would bury the one summary line; a configuration given by the user still wins.
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "laurel-spark-log4j2.properties");
        }
        System.exit(run(args));
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new LaurelSpark());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                cmd.getErr().println("laurel-spark: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** {@code verify}: the job. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify and classify every record of INPUT on Spark; write rows and a summary to OUTPUT.")
    static final class Verify implements Callable<Integer> {

        @Option(names = "--master", paramLabel = "URL",
                description = "Spark master, e.g. local[*] (default: what spark-submit set, else local[*]).")
        String master;

        @Option(names = "--format", defaultValue = "parquet", paramLabel = "json|parquet",
                description = "Output: parquet (default) or json (JSON Lines part files).")
        String format;

        @Option(names = "--input-format", defaultValue = "files", paramLabel = "files|jsonl|parquet",
                description = "Input: a folder of files (default), JSON Lines, or Parquet with a credential column.")
        String inputFormat;

        @Option(names = "--offline", description = "No network at all: an unmapped URL fails its check.")
        boolean offline;

        @Option(names = "--url-map", paramLabel = "FILE",
                description = "JSON object URL -> file path (relative to FILE); the files are read on the driver and "
                        + "shipped to the executors.")
        Path urlMap;

        @Option(names = "--now", paramLabel = "INSTANT", description = "Judge validity and expiry at this instant.")
        String now;

        @Option(names = "--key-binding", paramLabel = "MODE", defaultValue = "strict",
                description = "strict (default) or lenient.")
        String keyBinding;

        @Option(names = "--context", paramLabel = "URL=FILE", description = "Register a JSON-LD context. Repeatable.")
        List<String> contexts;

        @Option(names = "--sort", description = "Order the rows by file, then record position (a shuffle).")
        boolean sort;

        @Parameters(index = "0", paramLabel = "INPUT", description = "Folder, file, JSON Lines or Parquet path.")
        String input;

        @Parameters(index = "1", paramLabel = "OUTPUT", description = "Output folder (must not exist).")
        String output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            VerifyJob.Settings settings = new VerifyJob.Settings(input, inputFormat(), output, outputFormat(), sort,
                    VerifyConfig.of(instant(), offline, urlMap(), mode(), contexts()));
            SparkConf conf = new SparkConf().setAppName("laurel-spark verify");
            if (master != null) {
                conf.setMaster(master);
            } else {
                conf.setIfMissing("spark.master", "local[*]");
            }
            defaults(conf);
            SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
            try {
                VerifyJob.Result r = VerifyJob.run(spark, settings);
                PrintWriter err = spec.commandLine().getErr();
                err.println(String.format(Locale.ROOT, "%d records: %d verified, %d not verified in %.2f s (%.1f/s);"
                                + " %d documents fetched (%d failed); key binding: %s", r.records(), r.verified(),
                        r.records() - r.verified(), r.seconds(), r.seconds() > 0 ? r.records() / r.seconds() : 0.0,
                        r.fetches(), r.fetchFailures(), settings.config().keyBinding().id()));
                err.flush();
                return r.records() == r.verified() ? 0 : 1;
            } finally {
                spark.stop();
            }
        }

        /**
         * The job's defaults where the user set nothing: no UI; small shuffles (only the summary and --sort shuffle);
         * a small open cost per file so a folder of small badges makes a few even partitions per core, not thousands.
         */
        static void defaults(SparkConf conf) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
            conf.setIfMissing("spark.sql.files.openCostInBytes", "8192");
            conf.setIfMissing("spark.sql.files.minPartitionNum",
                    Integer.toString(4 * Math.max(1, Runtime.getRuntime().availableProcessors())));
        }

        private VerifyJob.InputFormat inputFormat() {
            return switch (inputFormat.toLowerCase(Locale.ROOT)) {
                case "files" -> VerifyJob.InputFormat.FILES;
                case "jsonl" -> VerifyJob.InputFormat.JSONL;
                case "parquet" -> VerifyJob.InputFormat.PARQUET;
                default -> throw new IllegalArgumentException("--input-format must be files, jsonl or parquet, got "
                        + inputFormat);
            };
        }

        private VerifyJob.OutputFormat outputFormat() {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> VerifyJob.OutputFormat.JSON;
                case "parquet" -> VerifyJob.OutputFormat.PARQUET;
                default -> throw new IllegalArgumentException("--format must be json or parquet, got " + format);
            };
        }

        private BindingMode mode() {
            return switch (keyBinding.toLowerCase(Locale.ROOT)) {
                case "strict" -> BindingMode.STRICT;
                case "lenient" -> BindingMode.LENIENT;
                default -> throw new IllegalArgumentException("--key-binding must be strict or lenient, got "
                        + keyBinding);
            };
        }

        private Optional<Instant> instant() {
            if (now == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(Instant.parse(now));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--now must be an ISO 8601 instant such as 2026-01-01T00:00:00Z");
            }
        }

        private Map<String, String> urlMap() {
            Map<String, String> documents = new LinkedHashMap<>();
            if (urlMap == null) {
                return documents;
            }
            JsonNode root;
            try {
                root = BadgeJson.standard().readTree(read(urlMap).getBytes(StandardCharsets.UTF_8));
            } catch (BadgeJsonException e) {
                throw new IllegalArgumentException("the URL map " + urlMap + " is not JSON: " + e.getMessage());
            }
            if (!root.isObject()) {
                throw new IllegalArgumentException("the URL map " + urlMap + " must be a JSON object of URL -> file path");
            }
            Path base = urlMap.toAbsolutePath().getParent();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual()) {
                    throw new IllegalArgumentException("the URL map entry for " + e.getKey() + " must be a file path");
                }
                documents.put(e.getKey(), read(base.resolve(e.getValue().textValue())));
            }
            return documents;
        }

        private Map<String, String> contexts() {
            Map<String, String> documents = new LinkedHashMap<>();
            for (String value : contexts == null ? List.<String>of() : contexts) {
                int eq = value.indexOf('=');
                if (eq <= 0 || eq == value.length() - 1) {
                    throw new IllegalArgumentException("--context must be URL=FILE, got " + value);
                }
                documents.put(value.substring(0, eq), read(Path.of(value.substring(eq + 1))));
            }
            return documents;
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
            }
        }
    }
}
