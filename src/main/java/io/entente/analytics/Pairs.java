package io.entente.analytics;

import static org.apache.spark.sql.functions.col;

import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.Periods.PeriodRange;
import io.entente.model.Columns;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Country-pair tables: {@code pair_cooccurrence} and {@code pair_topic_trends}. Everything is
 * aggregated from compact per-article pair facts ({@link ArticleFacts}: codes, counts, periods);
 * no text is touched.
 */
public final class Pairs {
  private Pairs() {}

  /**
   * The pair co-occurrence table. Requires {@link io.entente.model.Schemas#ARTICLE} rows with
   * period/period_start filled for {@code g}. Grain: one row per (period, country_a, country_b)
   * with country_a < country_b, for every pair seen in any period and every period of the range
   * (zero counts where absent). The range is {@code range}, or min..max period_start when null;
   * articles outside an explicit range are ignored.
   */
  public static Dataset<Row> pairCooccurrence(
      Dataset<Row> articles, AnalyticsConfig cfg, Granularity g, PeriodRange range) {
    return pairCooccurrence(Aggregates.lazy(articles, cfg, g, range));
  }

  /**
   * The same table from a run's shared aggregates, already in grain-key order ({@link
   * AnalyticsTables#IN_KEY_ORDER}): completed, joined and measured in one pass on the pairs'
   * integer codes ({@link PairSeries}).
   */
  public static Dataset<Row> pairCooccurrence(Aggregates agg) {
    return PairSeries.of(agg);
  }

  /**
   * The pair-topic table. Grain: one row per (period, country_a, country_b, topic) with any
   * count above zero (sparse: no zero rows). {@code articles_sentence} counts representative
   * articles where a hit of the topic in sentence t has |t - s| <= 1 for some sentence s that
   * mentions both countries; {@code articles_article} counts representative articles that mention
   * both countries and have the topic anywhere; the _raw columns count all articles.
   */
  public static Dataset<Row> pairTopicTrends(
      Dataset<Row> articles, AnalyticsConfig cfg, Granularity g, PeriodRange range) {
    return pairTopicTrends(Aggregates.lazy(articles, cfg, g, range));
  }

  /**
   * The same table from a run's shared aggregates, already in grain-key order ({@link
   * AnalyticsTables#IN_KEY_ORDER}): the pair-topic sums come out of their aggregation sorted on
   * the packed key, whose order is that of (period, country_a, country_b, topic), so the run's
   * largest table is never sorted as such.
   */
  public static Dataset<Row> pairTopicTrends(Aggregates agg) {
    return Series.conform(
        agg.pairTopics()
            .withColumn(
                Columns.PERIOD, Periods.labelColumn(col(Columns.PERIOD_START), agg.granularity())),
        TableSchemas.PAIR_TOPIC_TRENDS_SCHEMA);
  }
}
