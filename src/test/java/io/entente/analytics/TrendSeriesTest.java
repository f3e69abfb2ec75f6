package io.entente.analytics;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import io.entente.model.Columns;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link TrendSeries} against an independent route: Spark SQL's own complete series, join and
 * window functions over the same random sparse counts. The two must agree to the last bit, in
 * the same row order, whether a task holds one period (and looks back across many tasks) or many.
 */
class TrendSeriesTest extends SparkTestBase {
  /** Keys in Java's UTF-16 order differ from Spark's code point order: the last two. */
  private static final String[] KEYS = {"alpha", "beta", "Zulu", "\uFFFD", "\uD83C\uDF0D"};

  private static final String[] GROUPS = {"east", "west", "none"};

  private static final StructType OUT =
      new StructType()
          .add(Columns.PERIOD, StringType, false)
          .add(Columns.PERIOD_START, DateType, false)
          .add("g", StringType, false)
          .add("k", StringType, false)
          .add("c0", LongType, false)
          .add("c1", LongType, false)
          .add("d", LongType, false)
          .add(Columns.SHARE, DoubleType, false)
          .add("x", DoubleType, false)
          .add(Columns.ROLLING_MEAN, DoubleType, true)
          .add(Columns.CHANGE_PREV, DoubleType, true)
          .add(Columns.CHANGE_YOY, DoubleType, true)
          .add(Columns.ZSCORE, DoubleType, true)
          .add(Columns.IS_SPIKE, BooleanType, false);

  @Test
  void monthlySeriesWithPerGroupDenominatorsEqualSparkWindows() {
    assertSameAsSpark(Granularity.MONTH, LocalDate.parse("2023-01-01"), 36, true, 20261129L);
  }

  @Test
  void weeklySeriesWithPerPeriodDenominatorsEqualSparkWindows() {
    // 60 weeks: the year-over-year lag (52) reaches back across most tasks
    assertSameAsSpark(Granularity.WEEK, LocalDate.parse("2024-01-01"), 60, false, 7L);
  }

  private void assertSameAsSpark(
      Granularity g, LocalDate first, int periods, boolean byGroup, long seed) {
    Random random = new Random(seed);
    ArticleRows articles = new ArticleRows(g);
    List<LocalDate> starts = new ArrayList<>();
    for (int p = 0; p < periods; p++) {
      starts.add(g == Granularity.WEEK ? first.plusWeeks(p) : first.plusMonths(p));
    }
    // the spine runs from the first article's period to the last's
    articles.article("first", starts.get(0).toString()).add();
    articles.article("last", starts.get(periods - 1).toString()).add();
    List<Row> sparse = new ArrayList<>();
    List<Row> denominators = new ArrayList<>();
    for (LocalDate start : starts) {
      Date date = Date.valueOf(start);
      for (String group : byGroup ? GROUPS : new String[] {"all"}) {
        int r = random.nextInt(10);
        if (r > 0) {
          // 0 now and then: a share over nothing is 0
          long d = r == 1 ? 0 : random.nextInt(40);
          denominators.add(
              byGroup ? RowFactory.create(date, group, d) : RowFactory.create(date, d));
        }
        if ("none".equals(group)) {
          continue;
        }
        for (String key : KEYS) {
          // keys now and then; "beta" never has articles, so its shares are flat (sd 0, no z)
          if (random.nextInt(3) > 0) {
            sparse.add(
                RowFactory.create(
                    date,
                    group,
                    key,
                    key.equals("beta") ? 0L : (long) random.nextInt(20),
                    (long) random.nextInt(5),
                    random.nextDouble()));
          }
        }
      }
    }
    StructType sparseSchema =
        new StructType()
            .add(Columns.PERIOD_START, DateType, false)
            .add("g", StringType, false)
            .add("k", StringType, false)
            .add("c0", LongType, false)
            .add("c1", LongType, false)
            .add("x", DoubleType, false);
    StructType denominatorSchema =
        byGroup
            ? new StructType()
                .add(Columns.PERIOD_START, DateType, false)
                .add("g", StringType, false)
                .add("d", LongType, false)
            : new StructType()
                .add(Columns.PERIOD_START, DateType, false)
                .add("d", LongType, false);
    Dataset<Row> sparseDf = spark.createDataFrame(sparse, sparseSchema);
    Dataset<Row> denominatorDf = spark.createDataFrame(denominators, denominatorSchema);
    AnalyticsConfig cfg = AnalyticsConfig.defaults();
    Aggregates agg = Aggregates.lazy(articles.toDataset(spark), cfg, g, null);

    List<Row> want = bySpark(agg, sparseDf, denominatorDf, byGroup, cfg, g);
    assertEquals(periods * (byGroup ? 2 : 1) * KEYS.length, want.size());
    assertTrue(want.stream().anyMatch(r -> !r.isNullAt(r.fieldIndex(Columns.ZSCORE))), "z");
    assertTrue(want.stream().anyMatch(r -> r.getBoolean(r.fieldIndex(Columns.IS_SPIKE))), "spike");
    assertTrue(
        want.stream().anyMatch(r -> !r.isNullAt(r.fieldIndex(Columns.CHANGE_YOY))), "yoy");
    for (long rowsPerTask : new long[] {1, 1L << 20}) {
      Dataset<Row> table =
          TrendSeries.of(
              agg,
              TrendSeries.withDays(sparseDf, "g", "k", "c0", "c1", "x"),
              TrendSeries.Keys.gathered(2),
              byGroup
                  ? TrendSeries.withDays(denominatorDf, "g", "d")
                  : TrendSeries.withDays(denominatorDf, "d"),
              byGroup,
              new int[] {0, 1, TrendSeries.DENOMINATOR, TrendSeries.SHARE, TrendSeries.doubleAt(2)},
              OUT,
              rowsPerTask);
      int tasks = table.rdd().getNumPartitions();
      assertEquals(rowsPerTask == 1 ? periods : 1, tasks, "tasks");
      List<Row> got = table.collectAsList();
      assertEquals(want.size(), got.size());
      for (int i = 0; i < want.size(); i++) {
        assertEquals(want.get(i), got.get(i), "row " + i + " with " + tasks + " tasks");
      }
    }
  }

  /** The same table by Spark SQL: complete series, a join, windows, a sort. */
  private static List<Row> bySpark(
      Aggregates agg,
      Dataset<Row> sparse,
      Dataset<Row> denominators,
      boolean byGroup,
      AnalyticsConfig cfg,
      Granularity g) {
    Map<String, Object> zeros = new LinkedHashMap<>();
    zeros.put("c0", 0L);
    zeros.put("c1", 0L);
    zeros.put("x", 0.0);
    List<String> keys = List.of("g", "k");
    Dataset<Row> full =
        complete(sparse, keys, agg.spine(), zeros)
            .join(
                denominators,
                Inputs.seq(
                    byGroup
                        ? new String[] {Columns.PERIOD_START, "g"}
                        : new String[] {Columns.PERIOD_START}),
                "left")
            .na()
            .fill(0L, new String[] {"d"})
            .withColumn(
                Columns.SHARE,
                when(col("d").gt(0), col("c0").cast("double").divide(col("d").cast("double")))
                    .otherwise(lit(0.0)));
    WindowSpec byKey = Window.partitionBy(col("g"), col("k")).orderBy(col(Columns.PERIOD_START));
    Column share = col(Columns.SHARE);
    WindowSpec previous = byKey.rowsBetween(-cfg.zWindow(), -1);
    Column mean = avg(share).over(previous);
    Column sd = stddev_samp(share).over(previous);
    Column n = count(share).over(previous);
    int yearLag = Series.yearLag(g);
    Column z = when(n.geq(3).and(sd.gt(Series.MIN_STDDEV)), share.minus(mean).divide(sd));
    Dataset<Row> trends =
        full.withColumn(
                Columns.ROLLING_MEAN,
                avg(share).over(byKey.rowsBetween(1 - cfg.rollingWindow(), 0)))
            .withColumn(Columns.CHANGE_PREV, share.minus(lag(share, 1).over(byKey)))
            .withColumn(
                Columns.CHANGE_YOY,
                yearLag == 0
                    ? lit(null).cast("double")
                    : share.minus(lag(share, yearLag).over(byKey)))
            .withColumn(Columns.ZSCORE, z)
            .withColumn(
                Columns.IS_SPIKE,
                coalesce(col(Columns.ZSCORE).geq(cfg.spikeThreshold()), lit(false)));
    Column[] out =
        java.util.Arrays.stream(OUT.fieldNames()).map(f -> col(f)).toArray(Column[]::new);
    return trends
        .select(out)
        .orderBy(col(Columns.PERIOD_START), col("g"), col("k"))
        .collectAsList();
  }

  /**
   * Completes a sparse aggregate to every (key, period) of the spine with SQL: a grid of every key
   * seen in any period times the spine, left-joined to the counts, zeros filled in.
   */
  private static Dataset<Row> complete(
      Dataset<Row> sparse, List<String> keys, Dataset<Row> spine, Map<String, Object> zeros) {
    Dataset<Row> grid =
        sparse.select(Series.columns(keys)).distinct().crossJoin(broadcast(spine));
    List<String> joinCols = new ArrayList<>(keys);
    joinCols.add(Columns.PERIOD_START);
    Dataset<Row> joined =
        grid.join(sparse, Inputs.seq(joinCols.toArray(new String[0])), "left");
    for (Map.Entry<String, Object> z : zeros.entrySet()) {
      joined = joined.withColumn(z.getKey(), coalesce(col(z.getKey()), lit(z.getValue())));
    }
    return joined;
  }
}
