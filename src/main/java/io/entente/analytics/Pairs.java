package io.entente.analytics;

import static io.entente.analytics.Inputs.A;
import static io.entente.analytics.Inputs.B;
import static io.entente.analytics.Inputs.CODES;
import static io.entente.analytics.Inputs.REP;
import static io.entente.analytics.Inputs.seq;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log2;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
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
 * aggregated from compact rows (ids, codes, sentence numbers, periods) exploded from the article
 * arrays; no text is touched.
 */
public final class Pairs {
  private Pairs() {}

  private static final String K = "_k";
  private static final String S = "_s";
  private static final String T = "_t";
  private static final String CODE = "_code";
  private static final String COOP = "_coop";
  private static final String CONF = "_conf";
  private static final String P = "_p";

  /**
   * The pair co-occurrence table. Requires {@link io.entente.model.Schemas#ARTICLE} rows with
   * period/period_start filled for {@code g}. Grain: one row per (period, country_a, country_b)
   * with country_a < country_b, for every pair seen in any period and every period of the range
   * (zero counts where absent). The range is {@code range}, or min..max period_start when null;
   * articles outside an explicit range are ignored.
   */
  public static Dataset<Row> pairCooccurrence(
      Dataset<Row> articles, AnalyticsConfig cfg, Granularity g, PeriodRange range) {
    Dataset<Row> in = Series.inRange(articles, g, range);
    Dataset<Row> spine = Series.spine(in, g, range);
    Dataset<Row> totals = Inputs.periodTotals(in, spine).drop(Columns.PERIOD);

    Dataset<Row> pairCounts = pairCounts(in, cfg);
    Dataset<Row> sentenceCounts =
        sentencePairs(in, cfg)
            .where(col(REP).equalTo(1L))
            .groupBy(Columns.PERIOD_START, A, B)
            .agg(
                count(lit(1)).as(Columns.SENTENCES),
                sum(COOP).as(Columns.COOPERATION),
                sum(CONF).as(Columns.CONFLICT));
    Dataset<Row> topTopics =
        sentenceTopics(in, cfg)
            .where(col(Columns.ARTICLES_SENTENCE).gt(0))
            .groupBy(Columns.PERIOD_START, A, B)
            .agg(
                // struct(-count, topic) sorted ascending = count desc, then topic id asc
                slice(
                        sort_array(
                            collect_list(
                                struct(
                                    col(Columns.ARTICLES_SENTENCE).multiply(-1).as("n"),
                                    col(Columns.TOPIC).as("t")))),
                        1,
                        cfg.topTopics())
                    .getField("t")
                    .as(Columns.TOP_TOPICS));

    Dataset<Row> sparse =
        pairCounts
            .join(sentenceCounts, seq(Columns.PERIOD_START, A, B), "left")
            .join(topTopics, seq(Columns.PERIOD_START, A, B), "left");
    Map<String, Object> zeros = new LinkedHashMap<>();
    zeros.put(Columns.ARTICLES, 0L);
    zeros.put(Columns.ARTICLES_RAW, 0L);
    zeros.put(Columns.WEIGHT, 0.0);
    zeros.put(Columns.SENTENCES, 0L);
    zeros.put(Columns.COOPERATION, 0L);
    zeros.put(Columns.CONFLICT, 0L);
    Dataset<Row> full = Series.complete(sparse, List.of(A, B), spine, zeros);

    Dataset<Row> countryCounts = Trends.countryCounts(in, cfg).drop(Columns.ARTICLES_RAW);
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
                coalesce(col(Columns.TOP_TOPICS), expr("cast(array() as array<string>)")));
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
    Dataset<Row> in = Series.inRange(articles, g, range);
    Dataset<Row> articleLevel =
        articlePairs(in, cfg, col(Columns.TOPICS).as(Columns.TOPICS))
            .select(col(Columns.PERIOD_START), col(A), col(B), col(REP),
                explode(array_distinct(col(Columns.TOPICS))).as(Columns.TOPIC))
            .groupBy(Columns.PERIOD_START, A, B, Columns.TOPIC)
            .agg(
                sum(REP).as(Columns.ARTICLES_ARTICLE),
                count(lit(1)).as(Columns.ARTICLES_ARTICLE_RAW));
    Dataset<Row> joined =
        articleLevel
            .join(sentenceTopics(in, cfg), seq(Columns.PERIOD_START, A, B, Columns.TOPIC), "full")
            .na()
            .fill(
                0L,
                new String[] {
                  Columns.ARTICLES_SENTENCE, Columns.ARTICLES_ARTICLE,
                  Columns.ARTICLES_SENTENCE_RAW, Columns.ARTICLES_ARTICLE_RAW
                })
            .withColumn(Columns.PERIOD, Periods.labelColumn(col(Columns.PERIOD_START), g));
    return Series.conform(joined, TableSchemas.PAIR_TOPIC_TRENDS_SCHEMA);
  }

  /**
   * Article-level pairs: (article_id, period_start, _rep, _k, country_a, country_b, extra...) with
   * _k the number of the article's countries.
   */
  static Dataset<Row> articlePairs(Dataset<Row> in, AnalyticsConfig cfg, Column... extra) {
    Column[] first = {
      col(Columns.ARTICLE_ID), col(Columns.PERIOD_START), Inputs.rep().as(REP),
      Inputs.codes(cfg).as(CODES)
    };
    Dataset<Row> base = in.select(concat(first, extra));
    String[] extraNames = base.drop(Columns.ARTICLE_ID, Columns.PERIOD_START, REP, CODES).columns();
    Column[] second = {
      col(Columns.ARTICLE_ID), col(Columns.PERIOD_START), col(REP), size(col(CODES)).as(K),
      explode(Inputs.pairs(CODES)).as(P)
    };
    Column[] third = {
      col(Columns.ARTICLE_ID), col(Columns.PERIOD_START), col(REP), col(K),
      col(P + "." + A).as(A), col(P + "." + B).as(B)
    };
    return base.select(concat(second, names(extraNames))).select(concat(third, names(extraNames)));
  }

  /** (period_start, country_a, country_b, articles, articles_raw, weight), sparse. */
  static Dataset<Row> pairCounts(Dataset<Row> in, AnalyticsConfig cfg) {
    return articlePairs(in, cfg)
        .groupBy(Columns.PERIOD_START, A, B)
        .agg(
            sum(REP).as(Columns.ARTICLES),
            count(lit(1)).as(Columns.ARTICLES_RAW),
            // an article with k countries spreads one unit over its k-1 partners of each country
            // summed as decimals: a double sum depends on the order rows arrive in, which
            // differs between runs and clusters; a decimal sum is exact
            sum(when(col(REP).equalTo(1L), lit(1.0).divide(col(K).minus(1)))
                    .otherwise(0.0)
                    .cast(Series.EXACT_SUM))
                .cast("double")
                .as(Columns.WEIGHT));
  }

  /**
   * Sentence-level pairs: one row per (article, sentence, pair) where the sentence mentions both
   * countries, with the sentence's cooperation (_coop) and conflict (_conf) cue counts. Mentions
   * and tone rows meet in one grouping by (article, sentence), so there is no join.
   */
  static Dataset<Row> sentencePairs(Dataset<Row> in, AnalyticsConfig cfg) {
    String roles = cfg.actorOnly() ? " AND m.role = 'actor'" : "";
    Dataset<Row> base =
        in.select(
            col(Columns.ARTICLE_ID),
            col(Columns.PERIOD_START),
            Inputs.rep().as(REP),
            col(Columns.MENTIONS),
            col(Columns.TONE));
    Column countryMentions =
        expr("filter(" + Columns.MENTIONS + ", m -> m.type = 'country'" + roles + ")");
    Dataset<Row> mentionRows =
        base.select(
                col(Columns.ARTICLE_ID),
                col(Columns.PERIOD_START),
                col(REP),
                explode(countryMentions).as("m"))
            .select(
                col(Columns.ARTICLE_ID),
                col(Columns.PERIOD_START),
                col(REP),
                col("m." + Columns.SENTENCE).as(S),
                col("m." + Columns.CODE).as(CODE),
                lit(0L).as(COOP),
                lit(0L).as(CONF));
    Dataset<Row> toneRows =
        base.select(
                col(Columns.ARTICLE_ID),
                col(Columns.PERIOD_START),
                col(REP),
                explode(col(Columns.TONE)).as("t"))
            .select(
                col(Columns.ARTICLE_ID),
                col(Columns.PERIOD_START),
                col(REP),
                col("t." + Columns.SENTENCE).as(S),
                lit(null).cast("string").as(CODE),
                col("t." + Columns.VERBAL_COOPERATION)
                    .plus(col("t." + Columns.MATERIAL_COOPERATION))
                    .cast("long")
                    .as(COOP),
                col("t." + Columns.VERBAL_CONFLICT)
                    .plus(col("t." + Columns.MATERIAL_CONFLICT))
                    .cast("long")
                    .as(CONF));
    return mentionRows
        .unionByName(toneRows)
        .groupBy(Columns.ARTICLE_ID, Columns.PERIOD_START, REP, S)
        .agg(
            array_sort(collect_set(CODE)).as(CODES),
            sum(COOP).as(COOP),
            sum(CONF).as(CONF))
        .where(size(col(CODES)).geq(2))
        .select(
            col(Columns.ARTICLE_ID),
            col(Columns.PERIOD_START),
            col(REP),
            col(S),
            col(COOP),
            col(CONF),
            explode(Inputs.pairs(CODES)).as(P))
        .select(
            col(Columns.ARTICLE_ID),
            col(Columns.PERIOD_START),
            col(REP),
            col(S),
            col(COOP),
            col(CONF),
            col(P + "." + A).as(A),
            col(P + "." + B).as(B));
  }

  /**
   * Sentence-rule attribution of topics to pairs: (period_start, country_a, country_b, topic,
   * articles_sentence, articles_sentence_raw), sparse.
   */
  static Dataset<Row> sentenceTopics(Dataset<Row> in, AnalyticsConfig cfg) {
    Dataset<Row> near =
        sentencePairs(in, cfg)
            .select(
                col(Columns.ARTICLE_ID),
                col(Columns.PERIOD_START),
                col(REP),
                col(A),
                col(B),
                explode(sequence(col(S).minus(1), col(S).plus(1))).as(T));
    Dataset<Row> hits =
        in.select(col(Columns.ARTICLE_ID), explode(col(Columns.TOPIC_HITS)).as("h"))
            .select(
                col(Columns.ARTICLE_ID),
                col("h." + Columns.SENTENCE).as(T),
                col("h." + Columns.TOPIC).as(Columns.TOPIC));
    return near.join(hits, seq(Columns.ARTICLE_ID, T))
        .select(
            col(Columns.ARTICLE_ID),
            col(Columns.PERIOD_START),
            col(REP),
            col(A),
            col(B),
            col(Columns.TOPIC))
        .distinct()
        .groupBy(Columns.PERIOD_START, A, B, Columns.TOPIC)
        .agg(
            sum(REP).as(Columns.ARTICLES_SENTENCE),
            count(lit(1)).as(Columns.ARTICLES_SENTENCE_RAW));
  }

  private static Column[] names(String[] names) {
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col(names[i]);
    }
    return out;
  }

  private static Column[] concat(Column[] a, Column[] b) {
    Column[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
