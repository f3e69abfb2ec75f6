package io.entente.analytics;

import static io.entente.analytics.Inputs.A;
import static io.entente.analytics.Inputs.seq;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.Periods.PeriodRange;
import io.entente.model.Columns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Region tables: {@code region_pair_cooccurrence} and {@code region_topic_trends}. A region is a
 * bloc of the gazetteer given as its member list; membership becomes a small literal map
 * (country -> sorted region ids) inlined in the plan, so nothing is joined or broadcast.
 */
public final class Regions {
  private Regions() {}

  public static final String PARTNER_COUNTRY = "country";
  public static final String PARTNER_REGION = "region";

  private static final String REGIONS = "_regions";

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
    Dataset<Row> spine = agg.spine();
    Dataset<Row> facts = ArticleFacts.regionFacts(agg.in(), agg.cfg(), blocMembers);
    Dataset<Row> sparse =
        facts
            .where(col(Columns.PARTNER).isNotNull())
            .groupBy(Columns.PERIOD_START, Columns.REGION, Columns.PARTNER, Columns.PARTNER_TYPE)
            .agg(count(lit(1)).as(Columns.ARTICLES));
    Dataset<Row> regionArticles =
        facts
            .where(col(Columns.PARTNER).isNull())
            .groupBy(Columns.PERIOD_START, Columns.REGION)
            .agg(count(lit(1)).as(Columns.REGION_ARTICLES));
    Map<String, Object> zeros = new LinkedHashMap<>();
    zeros.put(Columns.ARTICLES, 0L);
    Dataset<Row> full =
        Series.complete(
                sparse,
                List.of(Columns.REGION, Columns.PARTNER, Columns.PARTNER_TYPE),
                spine,
                zeros)
            .join(regionArticles, seq(Columns.PERIOD_START, Columns.REGION), "left")
            .na()
            .fill(0L, new String[] {Columns.REGION_ARTICLES})
            .withColumn(
                Columns.IS_INTRA_REGION,
                col(Columns.PARTNER_TYPE)
                    .equalTo(PARTNER_REGION)
                    .and(col(Columns.PARTNER).equalTo(col(Columns.REGION))))
            .withColumn(
                Columns.SHARE,
                Series.ratio(col(Columns.ARTICLES), col(Columns.REGION_ARTICLES)));
    return Series.conform(full, TableSchemas.REGION_PAIR_COOCCURRENCE_SCHEMA);
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
    AnalyticsConfig cfg = agg.cfg();
    Dataset<Row> all = agg.in();
    Dataset<Row> spine = agg.spine();
    Column membership = membership(blocMembers);
    Dataset<Row> regional =
        all.where(col(Columns.IS_REPRESENTATIVE))
            .select(
                col(Columns.PERIOD_START),
                col(Columns.TOPICS),
                array_sort(
                        array_distinct(
                            flatten(transform(Inputs.codes(cfg), c -> regionsOf(membership, c)))))
                    .as(REGIONS))
            .select(
                col(Columns.PERIOD_START),
                col(Columns.TOPICS),
                explode(col(REGIONS)).as(Columns.REGION));
    Dataset<Row> regionArticles =
        regional
            .groupBy(Columns.PERIOD_START, Columns.REGION)
            .agg(count(lit(1)).as(Columns.REGION_ARTICLES));
    Dataset<Row> sparse =
        regional
            .select(
                col(Columns.PERIOD_START),
                col(Columns.REGION),
                explode(array_distinct(col(Columns.TOPICS))).as(Columns.TOPIC))
            .groupBy(Columns.PERIOD_START, Columns.REGION, Columns.TOPIC)
            .agg(count(lit(1)).as(Columns.ARTICLES));
    Map<String, Object> zeros = new LinkedHashMap<>();
    zeros.put(Columns.ARTICLES, 0L);
    Dataset<Row> full =
        Series.complete(sparse, List.of(Columns.REGION, Columns.TOPIC), spine, zeros)
            .join(regionArticles, seq(Columns.PERIOD_START, Columns.REGION), "left")
            .na()
            .fill(0L, new String[] {Columns.REGION_ARTICLES})
            .withColumn(
                Columns.SHARE,
                Series.ratio(col(Columns.ARTICLES), col(Columns.REGION_ARTICLES)));
    return Series.conform(
        Series.withTrends(full, List.of(Columns.REGION, Columns.TOPIC), cfg, agg.granularity()),
        TableSchemas.REGION_TOPIC_TRENDS_SCHEMA);
  }

  /** A literal map column: country -> sorted ids of the regions it belongs to. */
  static Column membership(Map<String, List<String>> blocMembers) {
    TreeMap<String, TreeSet<String>> byCountry = new TreeMap<>();
    blocMembers.forEach(
        (region, members) -> {
          for (String m : members) {
            byCountry.computeIfAbsent(m, k -> new TreeSet<>()).add(region);
          }
        });
    if (byCountry.isEmpty()) {
      return expr("cast(map() as map<string,array<string>>)");
    }
    List<Column> kv = new ArrayList<>();
    byCountry.forEach(
        (country, regions) -> {
          kv.add(lit(country));
          kv.add(array(regions.stream().map(r -> lit(r)).toArray(Column[]::new)));
        });
    return map(kv.toArray(new Column[0]));
  }

  private static Column regionsOf(Column membership, Column code) {
    return coalesce(
        try_element_at(membership, code), expr("cast(array() as array<string>)"));
  }
}
