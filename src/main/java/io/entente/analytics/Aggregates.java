package io.entente.analytics;

import static io.entente.analytics.Inputs.A;
import static io.entente.analytics.Inputs.B;
import static io.entente.analytics.Inputs.REP;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.entente.analytics.Periods.Granularity;
import io.entente.analytics.Periods.PeriodRange;
import io.entente.model.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The sparse aggregates several tables are built from, each computed once per run: the period
 * spine and totals, pair counts, pair-topic counts and country counts. With {@link #cached} each
 * is persisted the first time a table asks for it (so the pair counts feed {@code
 * pair_cooccurrence}, {@code country_trends} and the top topics without being recomputed); {@link
 * #close} releases them. {@link #lazy} builds the same plans without caching, for one table.
 * Tables may be built from several threads at once: each aggregate is made once, under the
 * object's lock (the small jobs that gather the dictionary and the periods run under it too).
 */
public final class Aggregates implements AutoCloseable {
  /** The exact weight of a pair from its summed halves ({@link ExactWeight}). */
  private static final UserDefinedFunction EXACT_WEIGHT =
      udf((UDF2<Long, Long, Double>) ExactWeight::toDouble, DataTypes.DoubleType)
          .asNonNullable();

  private final Dataset<Row> in;
  private final AnalyticsConfig cfg;
  private final Granularity g;
  private final PeriodRange range;
  private final boolean isCached;
  private final List<Dataset<Row>> persisted = new ArrayList<>();
  private Dataset<Row> spine;
  private Series.Spine periods;
  private Dataset<Row> totals;
  private Dataset<Row> pairCounts;
  private Dataset<Row> pairTopicSums;
  private Dataset<Row> countryCounts;
  private ArticleFacts.Dictionary dictionary;
  private Map<String, List<String>> regionsOf;
  private RegionCounts.Code regionCode;
  private Dataset<Row> regionCounts;

  private Aggregates(
      Dataset<Row> articles,
      AnalyticsConfig cfg,
      Granularity g,
      PeriodRange range,
      boolean isCached) {
    this.in = Series.inRange(articles, g, range);
    this.cfg = cfg;
    this.g = g;
    this.range = range;
    this.isCached = isCached;
  }

  /**
   * Aggregates persisted on first use; close to release them.
   *
   * @param articles rows of {@link io.entente.model.Schemas#ARTICLE} with period/period_start
   *     filled for {@code g}; pass a cached Dataset, every aggregate reads it
   * @param range explicit period range, or null for min..max period_start of the articles
   */
  public static Aggregates cached(
      Dataset<Row> articles, AnalyticsConfig cfg, Granularity g, PeriodRange range) {
    return new Aggregates(articles, cfg, g, range, true);
  }

  /** Aggregates as plain lazy plans (nothing persisted). */
  static Aggregates lazy(
      Dataset<Row> articles, AnalyticsConfig cfg, Granularity g, PeriodRange range) {
    return new Aggregates(articles, cfg, g, range, false);
  }

  /** The articles inside the range. */
  Dataset<Row> in() {
    return in;
  }

  AnalyticsConfig cfg() {
    return cfg;
  }

  Granularity granularity() {
    return g;
  }

  PeriodRange range() {
    return range;
  }

  /** (period, period_start) for every period of the range: see {@link Series#spine}. */
  synchronized Dataset<Row> spine() {
    if (spine == null) {
      spine = keep(() -> Series.spine(in, g, range));
    }
    return spine;
  }

  /** The spine's periods, gathered to the driver once (one small job). */
  synchronized Series.Spine periods() {
    if (periods == null) {
      periods = Series.Spine.of(spine());
    }
    return periods;
  }

  /** (period_start, period_articles) over the spine: see {@link Inputs#periodTotals}. */
  synchronized Dataset<Row> periodTotals() {
    if (totals == null) {
      totals = keep(() -> Inputs.periodTotals(in, spine()).drop(Columns.PERIOD));
    }
    return totals;
  }

  /**
   * (period_start, country_a, country_b, articles, articles_raw, weight, sentences, cooperation,
   * conflict, _pair), sparse: one row per pair named together in at least one article of the
   * period; {@code _pair} is the pair's code in the {@link #dictionary()}.
   * {@code weight}: an article with k countries spreads one unit over its k-1 partners of each
   * country; {@code sentences}, {@code cooperation}, {@code conflict}: sentences naming both and
   * their cues, over representative articles.
   */
  synchronized Dataset<Row> pairCounts() {
    if (pairCounts == null) {
      Column isRep = col(REP).equalTo(1L);
      ArticleFacts.Dictionary dict = dictionary();
      pairCounts =
          keep(
              () ->
                  ArticleFacts.pairFacts(in, cfg, dict)
                      .groupBy(ArticleFacts.DAYS, ArticleFacts.PAIR)
                      .agg(
                          sum(REP).as(Columns.ARTICLES),
                          count(lit(1)).as(Columns.ARTICLES_RAW),
                          // summed exactly in two halves (ExactWeight): a double sum would
                          // depend on the order rows arrive in, which differs between runs
                          sum(col(ArticleFacts.WEIGHT_HIGH)).as(ArticleFacts.WEIGHT_HIGH),
                          sum(col(ArticleFacts.WEIGHT_LOW)).as(ArticleFacts.WEIGHT_LOW),
                          sum(when(isRep, col(ArticleFacts.SENTENCE_COUNT)).otherwise(0L))
                              .as(Columns.SENTENCES),
                          sum(when(isRep, col(ArticleFacts.COOP)).otherwise(0L))
                              .as(Columns.COOPERATION),
                          sum(when(isRep, col(ArticleFacts.CONF)).otherwise(0L))
                              .as(Columns.CONFLICT))
                      .select(
                          date_from_unix_date(col(ArticleFacts.DAYS)).as(Columns.PERIOD_START),
                          dict.countryA(col(ArticleFacts.PAIR)).as(A),
                          dict.countryB(col(ArticleFacts.PAIR)).as(B),
                          col(Columns.ARTICLES),
                          col(Columns.ARTICLES_RAW),
                          EXACT_WEIGHT
                              .apply(
                                  col(ArticleFacts.WEIGHT_HIGH), col(ArticleFacts.WEIGHT_LOW))
                              .as(Columns.WEIGHT),
                          col(Columns.SENTENCES),
                          col(Columns.COOPERATION),
                          col(Columns.CONFLICT),
                          col(ArticleFacts.PAIR)));
    }
    return pairCounts;
  }

  /**
   * The pair-topic sums ({@link ArticleFacts#PAIR_TOPIC_SUMS}: the packed key and four counts,
   * in key order), kept in this compact form: both tables that read them decode only what they
   * need.
   */
  synchronized Dataset<Row> pairTopicSums() {
    if (pairTopicSums == null) {
      ArticleFacts.Dictionary dict = dictionary();
      ArticleFacts.PairTopicCode code = pairTopicCode();
      pairTopicSums = keep(() -> ArticleFacts.pairTopicSums(in, cfg, dict, code));
    }
    return pairTopicSums;
  }

  /** How {@link #pairTopicSums} packs its keys. */
  ArticleFacts.PairTopicCode pairTopicCode() {
    return ArticleFacts.PairTopicCode.of(dictionary());
  }

  /**
   * (period_start, country_a, country_b, topic, articles_sentence, articles_sentence_raw,
   * articles_article, articles_article_raw, _pair_topic_key), sparse: see {@link
   * Pairs#pairTopicTrends}. In grain-key order ({@link ArticleFacts#pairTopicSums}); the last
   * column is that key as one long ({@link ArticleFacts#PAIR_TOPIC_KEY}). Decoded from {@link
   * #pairTopicSums} each time it is read.
   */
  Dataset<Row> pairTopics() {
    ArticleFacts.Dictionary dict = dictionary();
    ArticleFacts.PairTopicCode code = pairTopicCode();
    Column key = col(ArticleFacts.PAIR_TOPIC_KEY);
    return pairTopicSums()
        .select(
            code.periodStart(key).as(Columns.PERIOD_START),
            dict.countryA(code.pair(key)).as(A),
            dict.countryB(code.pair(key)).as(B),
            dict.topic(code.topic(key)).as(Columns.TOPIC),
            col(ArticleFacts.NEAR_REP).as(Columns.ARTICLES_SENTENCE),
            col(ArticleFacts.NEAR).as(Columns.ARTICLES_SENTENCE_RAW),
            col(ArticleFacts.REPS).as(Columns.ARTICLES_ARTICLE),
            col(ArticleFacts.FACTS).as(Columns.ARTICLES_ARTICLE_RAW),
            key);
  }

  /**
   * The run's country codes and topics, gathered once (one small job over the articles) the
   * first time a pair aggregate is planned: the pair facts are keyed by their indices.
   */
  synchronized ArticleFacts.Dictionary dictionary() {
    if (dictionary == null) {
      dictionary = ArticleFacts.Dictionary.of(in, cfg);
    }
    return dictionary;
  }

  /** How {@link #regionCounts} codes regions, partners and topics. */
  synchronized RegionCounts.Code regionCode(Map<String, List<String>> blocMembers) {
    if (regionCode == null) {
      regionCode = RegionCounts.Code.of(dictionary(), blocMembers);
      regionsOf = blocMembers;
    } else if (!regionsOf.equals(blocMembers)) {
      throw new IllegalArgumentException("one run's region tables must share their regions");
    }
    return regionCode;
  }

  /** The counts both region tables are built from: see {@link RegionCounts#of}. */
  synchronized Dataset<Row> regionCounts(Map<String, List<String>> blocMembers) {
    RegionCounts.Code code = regionCode(blocMembers);
    if (regionCounts == null) {
      regionCounts = keep(() -> RegionCounts.of(in, cfg, code));
    }
    return regionCounts;
  }

  /**
   * (period_start, country, articles, articles_raw, mentions, partnered_articles), sparse: {@link
   * CountryCounts}.
   */
  Dataset<Row> countryCounts() {
    return CountryCounts.countries(allCountryCounts());
  }

  /** (period_start, country, topic, articles), sparse: {@link CountryCounts}. */
  Dataset<Row> countryTopicCounts() {
    return CountryCounts.countryTopics(allCountryCounts());
  }

  /** Both kinds of country counts, from one pass over the articles. */
  private synchronized Dataset<Row> allCountryCounts() {
    if (countryCounts == null) {
      ArticleFacts.Dictionary dict = dictionary();
      countryCounts = keep(() -> CountryCounts.of(in, cfg, dict));
    }
    return countryCounts;
  }

  private synchronized Dataset<Row> keep(Supplier<Dataset<Row>> plan) {
    Dataset<Row> df = plan.get();
    if (isCached) {
      df = df.persist(StorageLevel.MEMORY_AND_DISK());
      persisted.add(df);
    }
    return df;
  }

  /** Releases what was persisted. */
  @Override
  public synchronized void close() {
    for (Dataset<Row> df : persisted) {
      df.unpersist();
    }
    persisted.clear();
  }
}
