package io.entente.ml;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import io.entente.model.Columns;
import java.util.List;
import org.apache.spark.ml.fpm.FPGrowth;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * Country blocs: sets of countries that articles name together more often than a minimum
 * support, per period, and the association rules between them, mined with MLlib FPGrowth.
 *
 * <p>One FPGrowth run covers every period: each country is tagged with its article's period
 * before mining, so an itemset never mixes periods, and the per-period support threshold is
 * applied afterwards. Rules are derived from the itemsets with each period's own article count
 * (FPGrowth's own rules would use the whole corpus as denominator).
 */
public final class CountrySets {
  private CountrySets() {}

  public static final String ITEMS = "items";
  public static final String FREQ = "freq";
  public static final String SUPPORT = "support";
  public static final String ANTECEDENT = "antecedent";
  public static final String CONSEQUENT = "consequent";
  public static final String CONFIDENCE = "confidence";
  public static final String LIFT = "lift";

  /**
   * The {@code country_sets} table. Grain: one row per (period, set of two or more countries)
   * named together in at least {@code minSupport} of the period's articles (and at least {@code
   * minCount} articles). Key: (period, items).
   */
  public static final StructType COUNTRY_SETS =
      new StructType()
          .add(Columns.PERIOD, StringType, false)
          .add(ITEMS, createArrayType(StringType, false), false)
          .add(FREQ, LongType, false)
          .add(SUPPORT, DoubleType, false);

  /**
   * The {@code country_rules} table. Grain: one row per (period, antecedent, consequent) rule
   * drawn from a {@code country_sets} row, with confidence at least {@code minConfidence}. Key:
   * (period, antecedent, consequent).
   */
  public static final StructType COUNTRY_RULES =
      new StructType()
          .add(Columns.PERIOD, StringType, false)
          .add(ANTECEDENT, createArrayType(StringType, false), false)
          .add(CONSEQUENT, StringType, false)
          .add(CONFIDENCE, DoubleType, false)
          .add(LIFT, DoubleType, false)
          .add(SUPPORT, DoubleType, false);

  /** Both tables of one mining run. */
  public record Result(Dataset<Row> sets, Dataset<Row> rules) {}

  private static final String SEP = "\u0001";
  private static final String TAGGED = "_cs_items";
  private static final String N = "_cs_n";
  private static final String CODES = "_cs_codes";

  /**
   * Mines {@code country_sets} and {@code country_rules}.
   *
   * <p>Requires {@code period} (string, non-null) and {@code countries} (array of distinct ISO3
   * codes; null counts as empty). For sets over the whole corpus pass {@code period} as a
   * constant, e.g. {@code lit("all")}. Run it on representatives only ({@code
   * is_representative}), or copies of one story inflate the support. Support and confidence use
   * the period's article count, articles without countries included.
   *
   * <p>Runs Spark jobs: one aggregate for the period sizes and the FPGrowth fit; the itemsets are
   * a local checkpoint on the executors.
   */
  public static Result mine(Dataset<Row> articles, CountrySetsConfig cfg) {
    SparkSession spark = articles.sparkSession();
    Dataset<Row> baskets =
        articles.select(
            col(Columns.PERIOD),
            transform(
                    functions.array_distinct(
                        coalesce(
                            col(Columns.COUNTRIES),
                            functions.array().cast(createArrayType(StringType)))),
                    c -> concat(col(Columns.PERIOD), lit(SEP), c))
                .as(TAGGED));
    Dataset<Row> periodSizes = baskets.groupBy(Columns.PERIOD).agg(count(lit(1)).as(N));
    Row totals = periodSizes.agg(sum(N), min(N)).head();
    if (totals.isNullAt(0)) {
      return new Result(empty(spark, COUNTRY_SETS), empty(spark, COUNTRY_RULES));
    }
    long total = totals.getLong(0);
    long smallest = totals.getLong(1);
    long minCount = Math.max(cfg.minCount(), (long) Math.ceil(cfg.minSupport() * smallest - 1e-9));
    // FPGrowth keeps itemsets with freq >= ceil(minSupport * total); aim exactly at minCount
    double globalSupport = Math.min(1.0, (minCount - 0.5) / total);
    Dataset<Row> mined =
        new FPGrowth()
            .setItemsCol(TAGGED)
            .setMinSupport(globalSupport)
            .fit(baskets)
            .freqItemsets();
    Dataset<Row> itemsets =
        mined
            .select(
                substring_index(element_at(col(ITEMS), 1), SEP, 1).as(Columns.PERIOD),
                array_sort(transform(col(ITEMS), x -> substring_index(x, SEP, -1))).as(CODES),
                col(FREQ))
            .join(periodSizes, Columns.PERIOD)
            .withColumn(SUPPORT, col(FREQ).divide(col(N)))
            .transform(Checkpoints::cut);
    Dataset<Row> frequent =
        itemsets.where(
            col(FREQ)
                .geq(cfg.minCount())
                .and(col(SUPPORT).geq(cfg.minSupport() - 1e-12))
                .and(size(col(CODES)).geq(2)));
    Dataset<Row> sets =
        frequent.select(col(Columns.PERIOD), col(CODES).as(ITEMS), col(FREQ), col(SUPPORT));

    Dataset<Row> ante =
        itemsets.select(
            col(Columns.PERIOD).as("_cs_ap"), col(CODES).as("_cs_ac"), col(FREQ).as("_cs_af"));
    Dataset<Row> single =
        itemsets
            .where(size(col(CODES)).equalTo(1))
            .select(
                col(Columns.PERIOD).as("_cs_sp"),
                element_at(col(CODES), 1).as("_cs_sc"),
                col(FREQ).as("_cs_sf"));
    Dataset<Row> split =
        frequent
            .withColumn(CONSEQUENT, explode(col(CODES)))
            .withColumn(ANTECEDENT, array_except(col(CODES), array(col(CONSEQUENT))));
    Dataset<Row> rules =
        split
            .join(
                ante,
                split
                    .col(Columns.PERIOD)
                    .equalTo(col("_cs_ap"))
                    .and(col(ANTECEDENT).equalTo(col("_cs_ac"))))
            .join(
                single,
                split
                    .col(Columns.PERIOD)
                    .equalTo(col("_cs_sp"))
                    .and(col(CONSEQUENT).equalTo(col("_cs_sc"))))
            .withColumn(CONFIDENCE, col(FREQ).divide(col("_cs_af")))
            .where(col(CONFIDENCE).geq(cfg.minConfidence() - 1e-12))
            .select(
                col(Columns.PERIOD),
                col(ANTECEDENT),
                col(CONSEQUENT),
                col(CONFIDENCE),
                col(CONFIDENCE).divide(col("_cs_sf").divide(col(N))).as(LIFT),
                col(SUPPORT));
    return new Result(
        spark.createDataFrame(sets.rdd(), COUNTRY_SETS),
        spark.createDataFrame(rules.rdd(), COUNTRY_RULES));
  }

  private static Dataset<Row> empty(SparkSession spark, StructType schema) {
    return spark.createDataFrame(List.<Row>of(), schema);
  }
}
