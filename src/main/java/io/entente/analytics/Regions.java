package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.Periods.PeriodRange;
import io.entente.model.Columns;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Region tables: {@code region_pair_cooccurrence} and {@code region_topic_trends}. A region is a
 * bloc of the gazetteer given as its member list. Both tables are built from one set of counts
 * ({@link RegionCounts}, one pass over the articles on integer codes), so nothing is joined or
 * broadcast.
 */
public final class Regions {
  private Regions() {}

  public static final String PARTNER_COUNTRY = "country";
  public static final String PARTNER_REGION = "region";

  /**
   * Region pair co-occurrence. Grain: one row per (period, region, partner, partner_type), for
   * every (region, partner) seen in any period and every period of the range. Over
   * representative articles (cfg.pairRoles countries), for a region R:
   *
   * <ul>
   *   <li>partner R itself ({@code is_intra_region}): articles with two different members of R;
   *   <li>partner country X (not a member of R): articles with X and a member of R;
   *   <li>partner region R2 != R: articles with a member of R and a different country that is a
   *       member of R2.
   * </ul>
   *
   * {@code region_articles}: articles where a member of R co-occurs with any other country;
   * share = articles / region_articles (0 when none). Shares of one region do not sum to 1: an
   * article counts for each of its partners.
   */
  public static Dataset<Row> regionPairCooccurrence(
      Dataset<Row> articles,
      AnalyticsConfig cfg,
      Granularity g,
      PeriodRange range,
      Map<String, List<String>> blocMembers) {
    return regionPairCooccurrence(Aggregates.lazy(articles, cfg, g, range), blocMembers);
  }

  /** The same table from a run's shared aggregates. */
  public static Dataset<Row> regionPairCooccurrence(
      Aggregates agg, Map<String, List<String>> blocMembers) {
    RegionCounts.Code code = agg.regionCode(blocMembers);
    Dataset<Row> counts = agg.regionCounts(blocMembers);
    Dataset<Row> sparse =
        RegionCounts.ofKind(
            counts,
            RegionCounts.PARTNER,
            RegionCounts.partner(code).as(Columns.PARTNER),
            RegionCounts.partnerType(code).as(Columns.PARTNER_TYPE));
    Dataset<Row> regionArticles = RegionCounts.regionArticles(counts, RegionCounts.PAIR_REGION);
    // is_intra_region follows from the key, so it is carried as a fourth key column
    Dataset<Row> keyed =
        sparse.withColumn(
            Columns.IS_INTRA_REGION,
            col(Columns.PARTNER_TYPE)
                .equalTo(PARTNER_REGION)
                .and(col(Columns.PARTNER).equalTo(col(Columns.REGION))));
    return TrendSeries.of(
        agg,
        TrendSeries.withDays(
            keyed,
            Columns.REGION,
            Columns.PARTNER,
            Columns.PARTNER_TYPE,
            Columns.IS_INTRA_REGION,
            Columns.ARTICLES),
        TrendSeries.Keys.gathered(4),
        TrendSeries.withDays(regionArticles, Columns.REGION, Columns.REGION_ARTICLES),
        true,
        new int[] {0, TrendSeries.DENOMINATOR, TrendSeries.SHARE},
        TableSchemas.REGION_PAIR_COOCCURRENCE_SCHEMA);
  }

  /**
   * Region topic trends. Grain: one row per (period, region, topic), complete series, with trend
   * measures of share. {@code region_articles}: representative articles mentioning any member
   * (cfg.pairRoles countries); {@code articles}: those with the topic; share = articles /
   * region_articles (0 when none).
   */
  public static Dataset<Row> regionTopicTrends(
      Dataset<Row> articles,
      AnalyticsConfig cfg,
      Granularity g,
      PeriodRange range,
      Map<String, List<String>> blocMembers) {
    return regionTopicTrends(Aggregates.lazy(articles, cfg, g, range), blocMembers);
  }

  /** The same table from a run's shared aggregates. */
  public static Dataset<Row> regionTopicTrends(
      Aggregates agg, Map<String, List<String>> blocMembers) {
    RegionCounts.Code code = agg.regionCode(blocMembers);
    Dataset<Row> counts = agg.regionCounts(blocMembers);
    Dataset<Row> regionArticles = RegionCounts.regionArticles(counts, RegionCounts.TOPIC_REGION);
    Dataset<Row> sparse =
        RegionCounts.ofKind(
            counts, RegionCounts.TOPIC, RegionCounts.topic(code).as(Columns.TOPIC));
    return TrendSeries.of(
        agg,
        TrendSeries.withDays(sparse, Columns.REGION, Columns.TOPIC, Columns.ARTICLES),
        TrendSeries.Keys.gathered(2),
        TrendSeries.withDays(regionArticles, Columns.REGION, Columns.REGION_ARTICLES),
        true,
        new int[] {0, TrendSeries.DENOMINATOR, TrendSeries.SHARE},
        TableSchemas.REGION_TOPIC_TRENDS_SCHEMA);
  }
}
