package dev.laurel.badges.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.classify.Classification;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.json.BadgeDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output table: one row per input record with the fields of {@code laurel verify}'s JSON line (as
 * {@code ReportJson} builds it), where the record came from, and its classification as {@code laurel classify}
 * gives it. See docs/SPARK.md for the column list.
 */
public final class ResultRows {

    /** One check: the objects of a JSON line's {@code checks} array. */
    public static final StructType CHECK = new StructType(new StructField[] {
        field("id", DataTypes.StringType), field("outcome", DataTypes.StringType),
        field("message", DataTypes.StringType), field("path", DataTypes.StringType),
        field("code", DataTypes.StringType)});

    /** One credential inside a presentation or a CLR: the objects of a JSON line's {@code credentials} array. */
    public static final StructType NESTED = new StructType(new StructField[] {
        field("path", DataTypes.StringType), field("kind", DataTypes.StringType),
        field("version", DataTypes.StringType), field("verified", DataTypes.BooleanType),
        field("keyBinding", DataTypes.StringType), field("proofFormat", DataTypes.StringType),
        field("issuer", DataTypes.StringType), field("checks", new ArrayType(CHECK, false))});

    /** The output table's schema, in the order of {@code laurel verify}'s fields, then the job's own. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        field("file", DataTypes.StringType), field("id", DataTypes.StringType),
        field("record", DataTypes.LongType),
        field("kind", DataTypes.StringType), field("version", DataTypes.StringType),
        field("container", DataTypes.StringType), field("verified", DataTypes.BooleanType),
        field("keyBinding", DataTypes.StringType), field("proofFormat", DataTypes.StringType),
        field("issuer", DataTypes.StringType), field("holder", DataTypes.StringType),
        field("checks", new ArrayType(CHECK, false)), field("credentials", new ArrayType(NESTED, false)),
        field("error", DataTypes.StringType),
        field("level", DataTypes.StringType), field("basis", DataTypes.StringType),
        field("confidence", DataTypes.DoubleType), field("sha256", DataTypes.StringType)});

    private ResultRows() {
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    /**
     * The row of one record.
     *
     * @param line the record's verify line ({@code ReportJson}); its {@code file} is ignored
     * @param file the file it came from, or null for a record of JSON Lines or Parquet
     * @param id the record's id column, or null
     * @param record the record's position in its input (0-based), or null for a file
     * @param document the document as read, if it could be: it is classified
     * @param sha256 the hex SHA-256 of the record's bytes
     * @return the row, in {@link #SCHEMA}'s order
     */
    static Row row(ObjectNode line, String file, String id, Long record, Optional<BadgeDocument> document,
                   String sha256) {
        Classified c = classify(document);
        return RowFactory.create(file, id, record, text(line, "kind"), text(line, "version"),
                text(line, "container"), bool(line, "verified"), text(line, "keyBinding"),
                text(line, "proofFormat"), text(line, "issuer"), text(line, "holder"), checks(line.path("checks")),
                nested(line.path("credentials")), text(line, "error"), c.level(), c.basis(), c.confidence(), sha256);
    }

    /** The encoder of Spark's rows takes arrays as Scala sequences. */
    private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
    }

    private static scala.collection.immutable.Seq<Row> checks(JsonNode array) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode c : array) {
            rows.add(RowFactory.create(text(c, "id"), text(c, "outcome"), text(c, "message"), text(c, "path"),
                    text(c, "code")));
        }
        return seq(rows);
    }

    private static scala.collection.immutable.Seq<Row> nested(JsonNode array) {
        if (array.isMissingNode()) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode n : array) {
            rows.add(RowFactory.create(text(n, "path"), text(n, "kind"), text(n, "version"), bool(n, "verified"),
                    text(n, "keyBinding"), text(n, "proofFormat"), text(n, "issuer"), checks(n.path("checks"))));
        }
        return seq(rows);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asBoolean();
    }

    /** A classification's columns: level id (null when unclassified), basis and confidence (0 when none). */
    record Classified(String level, String basis, Double confidence) {
    }

    /**
     * Classifies what was read as {@code laurel classify} does: an OB 3.0 credential, an achievement, an OB 2.0
     * assertion (its embedded badge class; a linked one is not fetched) or badge class gets a level; a CLR has
     * none of its own (basis {@code transcript}); anything else, or nothing read, is unclassified.
     */
    static Classified classify(Optional<BadgeDocument> document) {
        Optional<Object> model = document.flatMap(BadgeDocument::model);
        if (model.isEmpty()) {
            return new Classified(null, null, 0.0);
        }
        Object m = model.get();
        if (m instanceof ClrCredential) {
            return new Classified(null, "transcript", 0.0);
        }
        Classifier classifier = Classifier.standard();
        Classification c;
        if (m instanceof OpenBadgeCredential credential) {
            c = classifier.classify(credential);
        } else if (m instanceof Achievement achievement) {
            c = classifier.classify(achievement);
        } else if (m instanceof Assertion assertion) {
            c = classifier.classify(assertion);
        } else if (m instanceof BadgeClass badgeClass) {
            c = classifier.classify(badgeClass);
        } else {
            return new Classified(null, null, 0.0);
        }
        return new Classified(c.level().map(l -> l.id()).orElse(null), c.basis().name().toLowerCase(Locale.ROOT),
                Math.round(c.confidence() * 1000) / 1000.0);
    }
}
