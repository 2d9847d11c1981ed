/**
 * Laurel on Apache Spark: re-verify and classify millions of credentials as one job.
 *
 * <p>{@link dev.laurel.badges.spark.VerifyJob} reads a folder of files, JSON Lines or Parquet, verifies every
 * record with one {@code Verifier} per executor JVM (made lazily from a serialisable
 * {@link dev.laurel.badges.spark.VerifyConfig}, never shipped), and writes one row per record with the fields of
 * {@code laurel verify --format json} (built by {@code ReportJson}, the same code) plus the classification, and a
 * summary table. {@link dev.laurel.badges.spark.LaurelSpark} is the command line of the runnable jar:
 *
 * <pre>{@code
 * java -jar badges-spark/target/laurel-spark.jar verify --master local[*] --format json --offline badges/ out/
 * }</pre>
 *
 * <p>See docs/SPARK.md for the cluster command, the output schema and the cost model.
 */
package dev.laurel.badges.spark;
