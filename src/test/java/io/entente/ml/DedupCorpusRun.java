package io.entente.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.entente.model.Columns;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Runs {@link Dedup} on a real JSON-lines corpus (fields id, date, source, text) and prints the
 * wall time and the groups found, for the cost figures in docs/mllib.md. Not a unit test.
 *
 * <p>Usage: {@code DedupCorpusRun <corpus.jsonl.gz> [master]}.
 */
public final class DedupCorpusRun {
  private DedupCorpusRun() {}

  public static void main(String[] args) {
    SparkSession spark =
        SparkSession.builder()
            .master(args.length > 1 ? args[1] : "local[2]")
            .appName("dedup-corpus-run")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    StructType schema =
        new StructType()
            .add(Columns.ID, DataTypes.StringType)
            .add(Columns.DATE, DataTypes.DateType)
            .add(Columns.SOURCE, DataTypes.StringType)
            .add(Columns.TEXT, DataTypes.StringType);
    Dataset<Row> in = spark.read().schema(schema).json(args[0]).repartition(8).cache();
    long n = in.count();
    long t0 = System.nanoTime();
    Dataset<Row> grouped = Dedup.assignGroups(in, DedupConfig.defaults()).cache();
    grouped.count();
    double seconds = (System.nanoTime() - t0) / 1e9;
    Dataset<Row> sizes =
        grouped.groupBy(Columns.DUP_GROUP).agg(count(lit(1)).as("n")).where(col("n").gt(1));
    Row stats = sizes.agg(count(lit(1)), org.apache.spark.sql.functions.sum("n")).head();
    System.out.printf(
        Locale.ROOT,
        "articles %d | seconds %.1f | groups of 2+ %d | articles in them %s%n",
        n, seconds, stats.getLong(0), stats.get(1));
    long candidates = Dedup.candidatePairs(in, DedupConfig.defaults()).count();
    System.out.println("candidate pairs " + candidates);
    Dedup.duplicatesTable(grouped, DedupConfig.defaults())
        .orderBy(col(Dedup.SIMILARITY))
        .show(20, false);
    spark.stop();
  }
}
