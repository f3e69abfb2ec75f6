package io.entente.analytics;

import static io.entente.analytics.Inputs.A;
import static io.entente.analytics.Inputs.B;
import static io.entente.analytics.Inputs.seq;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log2;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.Periods.PeriodRange;
import io.entente.model.Columns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
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
   * AnalyticsTables#IN_KEY_ORDER}): completed, joined and sorted on the pair's integer code.
   */
  public static Dataset<Row> pairCooccurrence(Aggregates agg) {
    AnalyticsConfig cfg = agg.cfg();
    Dataset<Row> spine = agg.spine();
    Dataset<Row> totals = agg.periodTotals();
    // on codes: (period, pair) as one long, topics by their code (in the order of their ids)
    ArticleFacts.Dictionary dict = agg.dictionary();
    ArticleFacts.PairTopicCode code = agg.pairTopicCode();
    Column key = col(ArticleFacts.PAIR_TOPIC_KEY);
    Dataset<Row> topTopics =
        agg.pairTopicSums()
            .where(col(ArticleFacts.NEAR_REP).gt(0))
            .groupBy(code.periodPair(key).as("_period_pair"))
            .agg(
                // struct(-count, topic) sorted ascending = count desc, then topic id asc
                slice(
                        sort_array(
                            collect_list(
                                struct(
                                    col(ArticleFacts.NEAR_REP).multiply(-1).as("n"),
                                    code.topic(key).as("t")))),
                        1,
                        cfg.topTopics())
                    .getField("t")
                    .as("_top"));

    // completed and joined on the pair's integer code; its countries come back from the code
    Column pair = col(ArticleFacts.PAIR);
    Dataset<Row> sparse =
        agg.pairCounts()
            .withColumn("_period_pair", code.periodPair(col(Columns.PERIOD_START), pair))
            .join(topTopics, seq("_period_pair"), "left")
            .withColumn(Columns.TOP_TOPICS, transform(col("_top"), dict::topic))
            .drop(A, B, "_period_pair", "_top");
    Map<String, Object> zeros = new LinkedHashMap<>();
    zeros.put(Columns.ARTICLES, 0L);
    zeros.put(Columns.ARTICLES_RAW, 0L);
    zeros.put(Columns.WEIGHT, 0.0);
    zeros.put(Columns.SENTENCES, 0L);
    zeros.put(Columns.COOPERATION, 0L);
    zeros.put(Columns.CONFLICT, 0L);
    Dataset<Row> full =
        Series.complete(sparse, List.of(ArticleFacts.PAIR), spine, zeros)
            .withColumn(A, dict.countryA(pair))
            .withColumn(B, dict.countryB(pair));

    Dataset<Row> countryCounts = agg.countryCounts().drop(Columns.ARTICLES_RAW);
    Dataset<Row> withMarginals =
        full.join(
                countryCounts
                    .withColumnRenamed(Columns.COUNTRY, A)
                    .withColumnRenamed(Columns.ARTICLES, Columns.ARTICLES_A)
                    .drop(Columns.MENTIONS),
                seq(Columns.PERIOD_START, A),
                "left")
            .join(
                countryCounts
                    .withColumnRenamed(Columns.COUNTRY, B)
                    .withColumnRenamed(Columns.ARTICLES, Columns.ARTICLES_B)
                    .drop(Columns.MENTIONS),
                seq(Columns.PERIOD_START, B),
                "left")
            .join(totals, seq(Columns.PERIOD_START), "left")
            .na()
            .fill(
                0L,
                new String[] {Columns.ARTICLES_A, Columns.ARTICLES_B, Columns.PERIOD_ARTICLES});

    Column nab = col(Columns.ARTICLES).cast("double");
    Column na = col(Columns.ARTICLES_A).cast("double");
    Column nb = col(Columns.ARTICLES_B).cast("double");
    Column n = col(Columns.PERIOD_ARTICLES).cast("double");
    Column supported = col(Columns.ARTICLES).geq(cfg.minPairSupport());
    Column lift = na.multiply(nb).gt(0).and(supported);
    Column coop = col(Columns.COOPERATION);
    Column conf = col(Columns.CONFLICT);
    Dataset<Row> measured =
        withMarginals
            .withColumn(Columns.EXPECTED, when(n.gt(0), na.multiply(nb).divide(n)))
            .withColumn(Columns.LIFT, when(lift, nab.multiply(n).divide(na.multiply(nb))))
            .withColumn(Columns.PMI, log2(col(Columns.LIFT)))
            .withColumn(
                Columns.NPMI,
                // p_ab = 1 means the pair is in every article: perfect association by convention
                when(supported.and(nab.equalTo(n)), lit(1.0))
                    .when(supported, col(Columns.PMI).divide(log2(nab.divide(n)).multiply(-1))))
            .withColumn(
                Columns.JACCARD, when(supported, nab.divide(na.plus(nb).minus(nab))))
            .withColumn(
                Columns.COOPERATION_INDEX,
                when(
                    coop.plus(conf).gt(0),
                    coop.minus(conf).cast("double").divide(coop.plus(conf).cast("double"))))
            .withColumn(
                Columns.TOP_TOPICS,
                coalesce(col(Columns.TOP_TOPICS), expr("cast(array() as array<string>)")))
            .orderBy(agg.pairOrder(col(Columns.PERIOD_START), pair));
    return Series.conform(measured, TableSchemas.PAIR_COOCCURRENCE_SCHEMA);
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
