package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus (months, all mentions role actor unless said):
 *
 * <pre>
 * 2026-01  a1  KAZ s0, CHN s0, RUS s2, KAZ s5; topic trade in s1; tone s0 coop 2 conflict 0
 * 2026-01  a2  KAZ s0, CHN s0; energy in s3; tone s0 coop 0 conflict 1   (group g2, representative)
 * 2026-01  a4  KAZ s0, CHN s0; energy in s0                              (group g2, duplicate)
 * 2026-01  a5  USA s0
 * 2026-01  a6  KAZ s0; trade far from any mention
 * 2026-02  (no articles)
 * 2026-03  c1  KAZ s0, RUS s1
 * </pre>
 *
 * January has N = 4 representative articles (a1, a2, a5, a6); KAZ is in 3 (a1, a2, a6), CHN in 2
 * (a1, a2), RUS in 1 (a1).
 */
class PairsTest extends SparkTestBase {
  private static Dataset<Row> articles;

  @BeforeAll
  static void corpus() {
    articles =
        new ArticleRows(Granularity.MONTH)
            .article("a1", "2026-01-05")
            .mention("KAZ", 0).mention("CHN", 0).mention("RUS", 2).mention("KAZ", 5)
            .hit("trade", 1).tone(0, 2, 0).add()
            .article("a2", "2026-01-10")
            .mention("KAZ", 0).mention("CHN", 0).hit("energy", 3).tone(0, 0, 1)
            .group("g2", true).add()
            .article("a4", "2026-01-11")
            .mention("KAZ", 0).mention("CHN", 0).hit("energy", 0).group("g2", false).add()
            .article("a5", "2026-01-20").mention("USA", 0).add()
            .article("a6", "2026-01-25").mention("KAZ", 0).topics("trade").add()
            .article("c1", "2026-03-02").mention("KAZ", 0).mention("RUS", 1).add()
            .toDataset(spark);
  }

  private static Dataset<Row> pairs(AnalyticsConfig cfg) {
    return Pairs.pairCooccurrence(articles, cfg, Granularity.MONTH, null);
  }

  @Test
  void pairCountsDeduplicateAndSpreadOneUnitOverEachArticlesPartners() {
    // CHN-KAZ: a1 and a2 are representative, a4 is a2's duplicate: articles 2, raw 3;
    // weight: a1 has k = 3 countries, 1/(3-1) = 0.5; a2 has k = 2, 1/(2-1) = 1; total 1.5
    // CHN-RUS and KAZ-RUS in January come from a1 alone: 0.5 each; KAZ-RUS in March from c1: 1
    assertRows(
        pairs(AnalyticsConfig.defaults()).where(col("articles_raw").gt(0)),
        new String[] {"period", "country_a", "country_b", "articles", "articles_raw", "weight"},
        new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 1.5},
        new Object[] {"2026-01", "CHN", "RUS", 1L, 1L, 0.5},
        new Object[] {"2026-01", "KAZ", "RUS", 1L, 1L, 0.5},
        new Object[] {"2026-03", "KAZ", "RUS", 1L, 1L, 1.0});
  }

  @Test
  void associationMeasuresOfASupportedPairMatchTheirFormulas() {
    // CHN-KAZ, January: n_ab = 2, n_a = 2 (CHN), n_b = 3 (KAZ), N = 4
    // expected = 2 * 3 / 4 = 1.5; lift = 2 / 1.5 = 4/3; pmi = log2(4/3) = 0.415037499278844
    // p_ab = 2/4 = 0.5, -log2(0.5) = 1, so npmi = pmi = 0.415037499278844
    // jaccard = 2 / (2 + 3 - 2) = 2/3
    assertRows(
        pairs(AnalyticsConfig.defaults())
            .where("period = '2026-01' and country_a = 'CHN' and country_b = 'KAZ'"),
        new String[] {
          "articles_a", "articles_b", "period_articles", "expected", "lift", "pmi", "npmi",
          "jaccard"
        },
        new Object[] {
          2L, 3L, 4L, 1.5, 4.0 / 3.0, 0.415037499278844, 0.415037499278844, 2.0 / 3.0
        });
  }

  @Test
  void associationMeasuresAreNullBelowTheMinimumPairSupportButExpectedIsKept() {
    // CHN-RUS, January: n_ab = 1 < minPairSupport 2; expected = 2 * 1 / 4 = 0.5
    assertRows(
        pairs(AnalyticsConfig.defaults())
            .where("period = '2026-01' and country_a = 'CHN' and country_b = 'RUS'"),
        new String[] {"expected", "lift", "pmi", "npmi", "jaccard"},
        new Object[] {0.5, null, null, null, null});
  }

  @Test
  void aPairInEveryArticleOfItsPeriodHasNpmiOne() {
    // with minPairSupport 1, KAZ-RUS in March: n_ab = n_a = n_b = N = 1
    // lift = 1 * 1 / (1 * 1) = 1, pmi = 0; p_ab = 1 so npmi is 1 by convention; jaccard 1/1
    AnalyticsConfig cfg = new AnalyticsConfig(3, 12, 2.0, 1, "all", 3);
    assertRows(
        pairs(cfg).where("period = '2026-03' and country_a = 'KAZ' and country_b = 'RUS'"),
        new String[] {"expected", "lift", "pmi", "npmi", "jaccard"},
        new Object[] {1.0, 1.0, 0.0, 1.0, 1.0});
  }

  @Test
  void everyPairHasARowWithZeroCountsInEveryPeriodOfTheRange() {
    // 3 pairs x 3 months (2026-01..03, February has no article at all)
    assertRows(
        pairs(AnalyticsConfig.defaults()),
        new String[] {"period", "period_start", "country_a", "country_b", "articles", "expected"},
        new Object[] {"2026-01", "2026-01-01", "CHN", "KAZ", 2L, 1.5},
        new Object[] {"2026-01", "2026-01-01", "CHN", "RUS", 1L, 0.5},
        new Object[] {"2026-01", "2026-01-01", "KAZ", "RUS", 1L, 0.75},
        new Object[] {"2026-02", "2026-02-01", "CHN", "KAZ", 0L, null},
        new Object[] {"2026-02", "2026-02-01", "CHN", "RUS", 0L, null},
        new Object[] {"2026-02", "2026-02-01", "KAZ", "RUS", 0L, null},
        // March: N = 1, KAZ and RUS in c1, CHN in none
        new Object[] {"2026-03", "2026-03-01", "CHN", "KAZ", 0L, 0.0},
        new Object[] {"2026-03", "2026-03-01", "CHN", "RUS", 0L, 0.0},
        new Object[] {"2026-03", "2026-03-01", "KAZ", "RUS", 1L, 1.0});
  }

  @Test
  void sentencesAndToneCountOnlySentencesOfRepresentativeArticlesThatMentionBothCountries() {
    // CHN-KAZ: a1 s0 and a2 s0 (a4 s0 is a duplicate): 2 sentences; tone of those sentences:
    // cooperation 2 + 0 = 2, conflict 0 + 1 = 1, index (2 - 1) / (2 + 1) = 1/3.
    // KAZ-RUS never share a sentence: 0 sentences and no tone, so a null index.
    assertRows(
        pairs(AnalyticsConfig.defaults()).where("period = '2026-01' and country_a <> 'CHN' or"
            + " period = '2026-01' and country_b = 'KAZ'"),
        new String[] {"country_a", "country_b", "sentences", "cooperation", "conflict",
          "cooperation_index"},
        new Object[] {"CHN", "KAZ", 2L, 2L, 1L, 1.0 / 3.0},
        new Object[] {"KAZ", "RUS", 0L, 0L, 0L, null});
  }

  @Test
  void topTopicsAreTheTopicsAttributedToThePairAtSentenceLevel() {
    // trade in a1 s1 is next to the CHN-KAZ sentence s0; energy in a2 s3 is 3 sentences away;
    // energy in a4 s0 is in a duplicate. CHN-RUS share no sentence in a1: no topic.
    assertRows(
        pairs(AnalyticsConfig.defaults()).where("period = '2026-01'"),
        new String[] {"country_a", "country_b", "top_topics"},
        new Object[] {"CHN", "KAZ", java.util.List.of("trade")},
        new Object[] {"CHN", "RUS", java.util.List.of()},
        new Object[] {"KAZ", "RUS", java.util.List.of()});
  }

  @Test
  void actorRolesLeavePlaceMentionsOutOfPairs() {
    Dataset<Row> placeOnly =
        new ArticleRows(Granularity.MONTH)
            .article("p1", "2026-01-05")
            .mention("KAZ", 0).mention("CHN", 0, "place").mention("RUS", 0).add()
            .toDataset(spark);
    AnalyticsConfig actors = new AnalyticsConfig(3, 12, 2.0, 2, "actor", 3);
    // actors KAZ and RUS only: one pair, k = 2, weight 1, sentence s0 shared
    assertRows(
        Pairs.pairCooccurrence(placeOnly, actors, Granularity.MONTH, null),
        new String[] {"country_a", "country_b", "articles", "weight", "sentences"},
        new Object[] {"KAZ", "RUS", 1L, 1.0, 1L});
  }

  @Test
  void forActorPairsOnlyActorMentionsPutACountryInASentence() {
    // KAZ and RUS are both actors (s0 and s1), and RUS is also named as a place in s0: with all
    // roles the pair shares s0 (and its cooperation cue); with actors only it shares no sentence
    Dataset<Row> df =
        new ArticleRows(Granularity.MONTH)
            .article("r1", "2026-01-05")
            .mention("KAZ", 0).mention("RUS", 1).mention("RUS", 0, "place")
            .tone(0, 1, 0).add()
            .toDataset(spark);
    AnalyticsConfig actors = new AnalyticsConfig(3, 12, 2.0, 2, "actor", 3);
    assertRows(
        Pairs.pairCooccurrence(df, AnalyticsConfig.defaults(), Granularity.MONTH, null),
        new String[] {"country_a", "country_b", "articles", "sentences", "cooperation"},
        new Object[] {"KAZ", "RUS", 1L, 1L, 1L});
    assertRows(
        Pairs.pairCooccurrence(df, actors, Granularity.MONTH, null),
        new String[] {"country_a", "country_b", "articles", "sentences", "cooperation"},
        new Object[] {"KAZ", "RUS", 1L, 0L, 0L});
  }

  @Test
  void topTopicsRankByArticlesThenTopicIdAndKeepTopTopics() {
    // three representative CHN-KAZ articles in one sentence each, topics next to it:
    // x1: energy, trade; x2: trade, water; x3: trade, aid, energy
    // counts: trade 3, energy 2, aid 1, water 1; top 3 = trade, energy, then aid before water
    Dataset<Row> df =
        new ArticleRows(Granularity.MONTH)
            .article("x1", "2026-01-05").countries("CHN", "KAZ")
            .hit("energy", 0).hit("trade", 1).add()
            .article("x2", "2026-01-06").countries("CHN", "KAZ")
            .hit("trade", 0).hit("water", 0).add()
            .article("x3", "2026-01-07").countries("CHN", "KAZ")
            .hit("trade", 1).hit("aid", 0).hit("energy", 1).add()
            .toDataset(spark);
    assertRows(
        Pairs.pairCooccurrence(df, AnalyticsConfig.defaults(), Granularity.MONTH, null),
        new String[] {"top_topics"},
        new Object[] {java.util.List.of("trade", "energy", "aid")});
  }

  /**
   * Sorted on the packed key, the rows come in (period, country_a, country_b, topic) order: the
   * facts arrive trade first (a1 precedes a2), and the key order puts energy before trade.
   */
  @Test
  void pairTopicTrendsComeInGrainKeyOrder() {
    List<String> keys =
        Pairs.pairTopicTrends(articles, AnalyticsConfig.defaults(), Granularity.MONTH, null)
            .select("period", "country_a", "country_b", "topic")
            .collectAsList()
            .stream()
            .map(r -> r.mkString(" "))
            .toList();
    assertEquals(
        List.of(
            "2026-01 CHN KAZ energy",
            "2026-01 CHN KAZ trade",
            "2026-01 CHN RUS trade",
            "2026-01 KAZ RUS trade"),
        keys);
  }

  @Test
  void pairTopicsCountSentenceAndArticleLevelAttributionDedupAndRaw() {
    // CHN-KAZ trade: a1 (s1 next to s0): sentence 1, article 1, raws 1, 1
    // CHN-KAZ energy: a2 has it in s3, 3 away from s0: sentence 0, article 1;
    //   raw adds a4, energy in s0: sentence_raw 1, article_raw 2
    // CHN-RUS and KAZ-RUS trade: a1 has both pairs but in no shared sentence: 0, 1, 0, 1
    assertRows(
        Pairs.pairTopicTrends(articles, AnalyticsConfig.defaults(), Granularity.MONTH, null),
        new String[] {
          "period", "country_a", "country_b", "topic", "articles_sentence", "articles_article",
          "articles_sentence_raw", "articles_article_raw"
        },
        new Object[] {"2026-01", "CHN", "KAZ", "trade", 1L, 1L, 1L, 1L},
        new Object[] {"2026-01", "CHN", "KAZ", "energy", 0L, 1L, 1L, 2L},
        new Object[] {"2026-01", "CHN", "RUS", "trade", 0L, 1L, 0L, 1L},
        new Object[] {"2026-01", "KAZ", "RUS", "trade", 0L, 1L, 0L, 1L});
  }

  @Test
  void anExplicitRangeAddsEmptyPeriodsAndDropsArticlesOutsideIt() {
    // range 2025-12..2026-01: December is empty, March (c1) is outside
    Periods.PeriodRange range =
        new Periods.PeriodRange(
            java.time.LocalDate.parse("2025-12-01"),
            java.time.LocalDate.parse("2026-01-31"),
            Granularity.MONTH);
    assertRows(
        Pairs.pairCooccurrence(articles, AnalyticsConfig.defaults(), Granularity.MONTH, range)
            .where("country_a = 'KAZ'"),
        new String[] {"period", "country_b", "articles", "articles_raw"},
        new Object[] {"2025-12", "RUS", 0L, 0L},
        new Object[] {"2026-01", "RUS", 1L, 1L});
  }
}
