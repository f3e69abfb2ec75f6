package io.entente.analytics;

import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.Periods.PeriodRange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** All analytics tables of a run, by table name, for the job to check and write. */
public final class AnalyticsTables {
  private AnalyticsTables() {}

  /**
   * Tables whose Dataset from {@link #build} is already globally sorted by its grain key ({@link
   * TableSchemas#KEYS}), so a writer keeping the documented file order need not sort it again.
   */
  public static final Set<String> IN_KEY_ORDER =
      Set.of(
          TableSchemas.PAIR_COOCCURRENCE,
          TableSchemas.PAIR_TOPIC_TRENDS,
          TableSchemas.TOPIC_TRENDS,
          TableSchemas.COUNTRY_TRENDS,
          TableSchemas.COUNTRY_TOPIC_TRENDS,
          TableSchemas.REGION_PAIR_COOCCURRENCE,
          TableSchemas.REGION_TOPIC_TRENDS);

  /**
   * Builds every aggregate table of {@link TableSchemas#ALL} from the articles, lazily except for
   * small jobs that gather what the tables are keyed by: the distinct country codes and topics,
   * the periods, the pairs and each trend table's keys (one value per code, period or key, never
   * per article; the pairs' job computes the pair counts, which stay cached with {@link
   * Aggregates#cached}). Each table re-reads {@code articles}, so the caller
   * should pass a cached or already written-and-read-back Dataset.
   *
   * @param articles rows of {@link io.entente.model.Schemas#ARTICLE}, period/period_start filled
   *     for {@code g}
   * @param range explicit period range, or null for min..max period_start of the articles
   * @param blocMembers region (bloc id) -> member ISO3 codes
   * @return table name -> Dataset, in {@link TableSchemas#ALL} order (articles, rejects excluded)
   */
  public static Map<String, Dataset<Row>> build(
      Dataset<Row> articles,
      AnalyticsConfig cfg,
      Granularity g,
      PeriodRange range,
      Map<String, List<String>> blocMembers) {
    return build(Aggregates.lazy(articles, cfg, g, range), blocMembers);
  }

  /**
   * The same tables from a run's shared aggregates: with {@link Aggregates#cached}, what two tables
   * share (pair counts, pair-topic counts, country counts, the spine) is computed once.
   */
  public static Map<String, Dataset<Row>> build(
      Aggregates agg, Map<String, List<String>> blocMembers) {
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    plans(agg, blocMembers).forEach((name, plan) -> out.put(name, plan.get()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The same tables, each built when its supplier is asked, in the asking thread: the job asks
   * from its writer threads, so the small jobs that gather one table's keys overlap the writing
   * of others. The suppliers share {@code agg}, which is safe to use from several threads.
   */
  public static Map<String, Supplier<Dataset<Row>>> plans(
      Aggregates agg, Map<String, List<String>> blocMembers) {
    Map<String, Supplier<Dataset<Row>>> out = new LinkedHashMap<>();
    out.put(TableSchemas.PAIR_COOCCURRENCE, () -> Pairs.pairCooccurrence(agg));
    out.put(TableSchemas.TOPIC_TRENDS, () -> Trends.topicTrends(agg));
    out.put(TableSchemas.COUNTRY_TRENDS, () -> Trends.countryTrends(agg));
    out.put(TableSchemas.COUNTRY_TOPIC_TRENDS, () -> Trends.countryTopicTrends(agg));
    out.put(TableSchemas.PAIR_TOPIC_TRENDS, () -> Pairs.pairTopicTrends(agg));
    out.put(
        TableSchemas.REGION_PAIR_COOCCURRENCE,
        () -> Regions.regionPairCooccurrence(agg, blocMembers));
    out.put(
        TableSchemas.REGION_TOPIC_TRENDS, () -> Regions.regionTopicTrends(agg, blocMembers));
    return Collections.unmodifiableMap(out);
  }
}
