package io.entente.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;

import io.entente.analytics.Periods;
import io.entente.analytics.Periods.Granularity;
import io.entente.io.RecordParser;
import io.entente.model.Columns;
import io.entente.model.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * An incremental run ({@code --incremental --since A --until B}): the output's {@code articles}
 * table is the source of truth for everything outside the window, the window's articles are
 * extracted again from the input, and every other table is recomputed from the merged articles.
 *
 * <p>What is recomputed over the whole input (which must therefore be the complete corpus, as for
 * a full run): the first record of each id (duplicate ids and their rejects), the near-duplicate
 * story groups (a new copy can change the representative of an old story), the rejects. What is
 * reused: the extraction (countries, topics, tone) of every article dated outside the window,
 * the expensive part of a run. Aggregates (rolling means, year-on-year, z-scores) are recomputed
 * over all periods, so every period whose window the new data touches is up to date. With the
 * same input, a run of the same window twice changes nothing, and a sequence of windows covering
 * the corpus gives the tables of one full run.
 */
public final class IncrementalMerge {
  private static final String RANK = "_first_rank";

  private final Dataset<Row> previous;
  private final Dataset<Row> acceptedAll;
  private final Column inWindow;

  private IncrementalMerge(Dataset<Row> previous, Dataset<Row> acceptedAll, Column inWindow) {
    this.previous = previous;
    this.acceptedAll = acceptedAll;
    this.inWindow = inWindow;
  }

  /**
   * The merge for this run, or null when the run is not incremental or the output has no
   * articles table yet (then the run is an ordinary run over the window).
   *
   * @param accepted every parsed record without a reject reason, any date (canonical schema)
   * @param inWindow true for a canonical record dated in [since, until]
   */
  static IncrementalMerge plan(
      SparkSession spark, EntentePipeline.Options options, Dataset<Row> accepted, Column inWindow)
      throws IOException {
    if (!options.incremental()) {
      return null;
    }
    Path table = new Path(options.output(), "articles");
    FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(new Path(table, "_SUCCESS"))) {
      return null;
    }
    Dataset<Row> previous = spark.read().schema(Schemas.ARTICLE).parquet(table.toString());
    return new IncrementalMerge(previous, accepted, inWindow);
  }

  /** The text of the previous run's {@code _manifest.json} in the output, or null if none. */
  static String previousManifest(SparkSession spark, EntentePipeline.Options options)
      throws IOException {
    Path file = new Path(options.output(), "_manifest.json");
    FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(file)) {
      return null;
    }
    try (InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The window of a run as a condition on {@code date}; no bound is open. */
  static Column window(LocalDate since, LocalDate until) {
    Column c = lit(true);
    if (since != null) {
      c = c.and(col(Columns.DATE).geq(lit(java.sql.Date.valueOf(since))));
    }
    if (until != null) {
      c = c.and(col(Columns.DATE).leq(lit(java.sql.Date.valueOf(until))));
    }
    return c;
  }

  /** Accepted records of every date, ranked within their id by (source_file, record_offset). */
  private Dataset<Row> ranked() {
    return acceptedAll.withColumn(
        RANK,
        row_number()
            .over(
                Window.partitionBy(Columns.ID)
                    .orderBy(Columns.SOURCE_FILE, Columns.RECORD_OFFSET)));
  }

  /** The first record of each id over the whole input: what story groups are computed from. */
  Dataset<Row> firstRecords() {
    return ranked().where(col(RANK).equalTo(1)).drop(RANK);
  }

  /** The window's records to extract: in the window and the first record of their id overall. */
  Dataset<Row> windowRecords() {
    return firstRecords().where(inWindow);
  }

  /** Every later record of an id, over the whole input, as rejects (reject schema). */
  Dataset<Row> idRejects() {
    return ranked()
        .where(col(RANK).gt(1))
        .select(
            col(Columns.SOURCE_FILE),
            col(Columns.RECORD_OFFSET),
            lit(RecordParser.DUPLICATE_ID).as(Columns.REASON),
            concat(lit("id already used by an earlier record: "), col(Columns.ID))
                .as(Columns.DETAIL),
            col(Columns.TITLE).as(Columns.RAW_SNIPPET));
  }

  /**
   * The merged articles table: previous articles dated outside the window (their period labels
   * recomputed at granularity {@code g}, their story group refreshed from {@code groups}; those
   * whose id no longer has a group, i.e. is gone from the input, are dropped) plus the window's
   * newly extracted articles.
   *
   * @param windowArticles the window's articles, articles schema
   * @param groups {@code id}, {@code dup_group}, {@code is_representative} for every first record
   */
  Dataset<Row> merge(Dataset<Row> windowArticles, Dataset<Row> groups, Granularity g) {
    Dataset<Row> kept =
        previous
            .where(not(inWindow))
            // an id whose first record now lies in the window is replaced by that record
            .join(
                windowRecords().select(col(Columns.ID).as(Columns.ARTICLE_ID)),
                Columns.ARTICLE_ID,
                "left_anti")
            .drop(
                Columns.DUP_GROUP, Columns.IS_REPRESENTATIVE, Columns.PERIOD, Columns.PERIOD_START)
            .join(
                groups.select(
                    col(Columns.ID).as(Columns.ARTICLE_ID),
                    col(Columns.DUP_GROUP),
                    col(Columns.IS_REPRESENTATIVE)),
                Columns.ARTICLE_ID)
            .withColumn(Columns.PERIOD, Periods.labelColumn(col(Columns.DATE), g))
            .withColumn(Columns.PERIOD_START, Periods.startColumn(col(Columns.DATE), g));
    return kept.select(articleColumns()).unionByName(windowArticles.select(articleColumns()));
  }

  /**
   * First records dated outside the window that the stored articles table does not hold either
   * (a corpus processed window by window so far): the run's {@code out_of_window} count, so that
   * read = accepted + rejected + out_of_window still reconciles.
   */
  long outsideWindowNotStored() {
    return firstRecords()
        .where(not(inWindow))
        .join(
            previous.select(col(Columns.ARTICLE_ID).as(Columns.ID)), Columns.ID, "left_anti")
        .count();
  }

  /** Accepted records of every date, for stages that need the whole corpus (themes). */
  Dataset<Row> acceptedAll() {
    return acceptedAll;
  }

  private static Column[] articleColumns() {
    List<Column> cols = new ArrayList<>();
    for (String name : Schemas.ARTICLE.fieldNames()) {
      cols.add(col(name));
    }
    return cols.toArray(new Column[0]);
  }
}
