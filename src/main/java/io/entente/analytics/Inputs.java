package io.entente.analytics;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.entente.model.Columns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Compact views of the articles shared by the analytics transforms. */
final class Inputs {
  private Inputs() {}

  /** Internal column: the article's countries for this run (all roles or actors only). */
  static final String CODES = "_codes";
  /** Internal column: 1 for a representative article, 0 otherwise (sums to a dedup count). */
  static final String REP = "_rep";

  static final String A = Columns.COUNTRY_A;
  static final String B = Columns.COUNTRY_B;

  /** Sorted distinct country codes of an article, by the configured roles. */
  static Column codes(AnalyticsConfig cfg) {
    return array_sort(
        array_distinct(col(cfg.actorOnly() ? Columns.ACTOR_COUNTRIES : Columns.COUNTRIES)));
  }

  static Column rep() {
    return when(col(Columns.IS_REPRESENTATIVE), lit(1L)).otherwise(lit(0L));
  }

  /** Dedup count: representative rows. */
  static Column repCount() {
    return sum(col(REP));
  }

  /** Every unordered pair (a < b) of a sorted distinct array column, as array<struct<a,b>>. */
  static Column pairs(String arrayColumn) {
    return expr(
        "filter(flatten(transform("
            + arrayColumn
            + ", x -> transform("
            + arrayColumn
            + ", y -> named_struct('"
            + A
            + "', x, '"
            + B
            + "', y)))), p -> p."
            + A
            + " < p."
            + B
            + ")");
  }

  /**
   * Period totals: (period_start, period_articles) with period_articles the representative
   * articles of the period, over the spine (0 for empty periods).
   */
  static Dataset<Row> periodTotals(Dataset<Row> articles, Dataset<Row> spine) {
    Dataset<Row> totals =
        articles
            .select(col(Columns.PERIOD_START), rep().as(REP))
            .groupBy(Columns.PERIOD_START)
            .agg(repCount().as(Columns.PERIOD_ARTICLES));
    return spine
        .join(totals, seq(Columns.PERIOD_START), "left")
        .na()
        .fill(0L, new String[] {Columns.PERIOD_ARTICLES});
  }

  static scala.collection.immutable.Seq<String> seq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(names)).toList();
  }
}
