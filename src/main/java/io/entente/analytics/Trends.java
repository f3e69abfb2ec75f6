package io.entente.analytics;

import static io.entente.analytics.Inputs.A;
import static io.entente.analytics.Inputs.B;
import static io.entente.analytics.Inputs.REP;
import static io.entente.analytics.Inputs.seq;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_date;

import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.Periods.PeriodRange;
import io.entente.model.Columns;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Trend tables: {@code topic_trends}, {@code country_trends}, {@code country_topic_trends}. Each
 * is a complete series (every key seen in any period has a row in every period of the range) with
 * the trend measures of {@code share}: rolling_mean, change_prev, change_yoy, zscore, is_spike.
 */
public final class Trends {
  private Trends() {}

  /**
   * Topic trends. Grain: one row per (period, topic). {@code articles}: representative articles
   * with the topic; {@code share}: articles / period_articles (0 in a period without articles).
   */
  public static Dataset<Row> topicTrends(
      Dataset<Row> articles, AnalyticsConfig cfg, Granularity g, PeriodRange range) {
    return topicTrends(Aggregates.lazy(articles, cfg, g, range));
  }

  /** The same table from a run's shared aggregates. */
  public static Dataset<Row> topicTrends(Aggregates agg) {
    Dataset<Row> in = agg.in();
    Dataset<Row> sparse =
        in.select(
                col(Columns.PERIOD_START),
                Inputs.rep().as(REP),
                explode(array_distinct(col(Columns.TOPICS))).as(Columns.TOPIC))
            .groupBy(Columns.PERIOD_START, Columns.TOPIC)
            .agg(Inputs.repCount().as(Columns.ARTICLES), count(lit(1)).as(Columns.ARTICLES_RAW));
    return TrendSeries.of(
        agg,
        TrendSeries.withDays(sparse, Columns.TOPIC, Columns.ARTICLES, Columns.ARTICLES_RAW),
        TrendSeries.Keys.known(agg.dictionary().topics()),
        TrendSeries.withDays(agg.periodTotals(), Columns.PERIOD_ARTICLES),
        false,
        new int[] {0, 1, TrendSeries.DENOMINATOR, TrendSeries.SHARE},
        TableSchemas.TOPIC_TRENDS_SCHEMA);
  }

  /**
   * Country trends. Grain: one row per (period, country), countries by {@code cfg.pairRoles}.
   * {@code mentions}: sum of the country's mention counts over representative articles;
   * {@code partners}: countries it co-occurs with in at least one representative article of the
   * period; {@code weighted_degree}: sum of its pair weights, which is the number of
   * representative articles naming it with at least one other country.
   */
  public static Dataset<Row> countryTrends(
      Dataset<Row> articles, AnalyticsConfig cfg, Granularity g, PeriodRange range) {
    return countryTrends(Aggregates.lazy(articles, cfg, g, range));
  }

  /** The same table from a run's shared aggregates. */
  public static Dataset<Row> countryTrends(Aggregates agg) {
    Dataset<Row> pairs = agg.pairCounts().where(col(Columns.ARTICLES).gt(0));
    Dataset<Row> partners =
        pairs
            .select(col(Columns.PERIOD_START), col(A).as(Columns.COUNTRY))
            .unionByName(pairs.select(col(Columns.PERIOD_START), col(B).as(Columns.COUNTRY)))
            .groupBy(Columns.PERIOD_START, Columns.COUNTRY)
            .agg(count(lit(1)).as(Columns.PARTNERS));
    // the weighted degree is the sum of the country's pair weights, which is exactly the count of
    // representative articles naming it with another country (CountryCounts)
    Dataset<Row> sparse =
        agg.countryCounts()
            .join(partners, seq(Columns.PERIOD_START, Columns.COUNTRY), "left")
            .select(
                unix_date(col(Columns.PERIOD_START)),
                col(Columns.COUNTRY),
                col(Columns.ARTICLES),
                col(Columns.ARTICLES_RAW),
                col(Columns.MENTIONS),
                coalesce(col(Columns.PARTNERS), lit(0L)),
                col(CountryCounts.PARTNERED_ARTICLES).cast("double"));
    return TrendSeries.of(
        agg,
        sparse,
        TrendSeries.Keys.known(agg.dictionary().codes()),
        TrendSeries.withDays(agg.periodTotals(), Columns.PERIOD_ARTICLES),
        false,
        new int[] {
          0, 1, 2, TrendSeries.DENOMINATOR, TrendSeries.SHARE, 3, TrendSeries.doubleAt(4)
        },
        TableSchemas.COUNTRY_TRENDS_SCHEMA);
  }

  /**
   * Country-topic trends. Grain: one row per (period, country, topic). {@code articles}:
   * representative articles mentioning the country with the topic; {@code country_articles}:
   * representative articles mentioning the country; share = articles / country_articles (0 when
   * the country has none in the period).
   */
  public static Dataset<Row> countryTopicTrends(
      Dataset<Row> articles, AnalyticsConfig cfg, Granularity g, PeriodRange range) {
    return countryTopicTrends(Aggregates.lazy(articles, cfg, g, range));
  }

  /** The same table from a run's shared aggregates. */
  public static Dataset<Row> countryTopicTrends(Aggregates agg) {
    return TrendSeries.of(
        agg,
        TrendSeries.withDays(
            agg.countryTopicCounts(), Columns.COUNTRY, Columns.TOPIC, Columns.ARTICLES),
        TrendSeries.Keys.gathered(2),
        TrendSeries.withDays(agg.countryCounts(), Columns.COUNTRY, Columns.ARTICLES),
        true,
        new int[] {0, TrendSeries.DENOMINATOR, TrendSeries.SHARE},
        TableSchemas.COUNTRY_TOPIC_TRENDS_SCHEMA);
  }
}
