package io.entente.analytics;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrendsTest extends SparkTestBase {
  /**
   * Quarters, one topic per article:
   *
   * <pre>
   * 2025-Q1  trade, energy              trade 1/2 = 0.5   energy 0.5
   * 2025-Q2  energy, energy             trade 0           energy 1.0
   * 2025-Q3  trade (+ 1 duplicate)      trade 1/1 = 1.0   energy 0   (no energy article)
   * 2025-Q4  trade, energy              trade 0.5         energy 0.5
   * 2026-Q1  trade                      trade 1.0         energy 0
   * </pre>
   */
  private static Dataset<Row> quarters;

  /** Months: KAZ in 3 of 4 January articles, none in February (empty), 1 of 1 in March. */
  private static Dataset<Row> months;

  /** rollingWindow 2, zWindow 3, spike at z >= 1. */
  private static final AnalyticsConfig CFG = new AnalyticsConfig(2, 3, 1.0, 2, "all", 3);

  @BeforeAll
  static void corpus() {
    quarters =
        new ArticleRows(Granularity.QUARTER)
            .article("q1a", "2025-02-01").topics("trade").add()
            .article("q1b", "2025-03-01").topics("energy").add()
            .article("q2a", "2025-04-10").topics("energy").add()
            .article("q2b", "2025-05-10").topics("energy").add()
            .article("q3a", "2025-08-01").topics("trade").group("g3", true).add()
            .article("q3b", "2025-08-02").topics("trade").group("g3", false).add()
            .article("q4a", "2025-10-01").topics("trade").add()
            .article("q4b", "2025-11-01").topics("energy").add()
            .article("q5a", "2026-01-15").topics("trade").add()
            .toDataset(spark);
    months =
        new ArticleRows(Granularity.MONTH)
            .article("a1", "2026-01-05")
            .mention("KAZ", 0).mention("CHN", 0).mention("RUS", 2).mention("KAZ", 5)
            .hit("trade", 1).add()
            .article("a2", "2026-01-10").mention("KAZ", 0).mention("CHN", 0).hit("energy", 3)
            .group("g2", true).add()
            .article("a4", "2026-01-11").mention("KAZ", 0).mention("CHN", 0).group("g2", false)
            .add()
            .article("a5", "2026-01-20").mention("USA", 0).add()
            .article("a6", "2026-01-25").mention("KAZ", 0).topics("trade").add()
            .article("c1", "2026-03-02").mention("KAZ", 0).mention("RUS", 1).add()
            .toDataset(spark);
  }

  @Test
  void topicTrendsGiveSharesRollingMeansChangesZScoresAndSpikesWorkedByHand() {
    // trade shares: 0.5, 0, 1, 0.5, 1
    // rolling_mean over 2: 0.5, (0.5+0)/2, (0+1)/2, (1+0.5)/2, (0.5+1)/2
    // change_prev: null, -0.5, 1, -0.5, 0.5
    // change_yoy (4 quarters back): only 2026-Q1 has one: 1 - 0.5 = 0.5
    // zscore against the 3 previous quarters (sample stddev), needs 3 of them:
    //   2025-Q4: prev 0.5, 0, 1: mean 0.5, sd sqrt((0.25+0.25+0)/2) = 0.5, z = (0.5-0.5)/0.5 = 0
    //   2026-Q1: prev 0, 1, 0.5: mean 0.5, sd 0.5, z = (1-0.5)/0.5 = 1 -> spike at threshold 1
    // 2025-Q3: the duplicate counts only in articles_raw
    assertRows(
        Trends.topicTrends(quarters, CFG, Granularity.QUARTER, null).where("topic = 'trade'"),
        new String[] {
          "period", "articles", "articles_raw", "period_articles", "share", "rolling_mean",
          "change_prev", "change_yoy", "zscore", "is_spike"
        },
        new Object[] {"2025-Q1", 1L, 1L, 2L, 0.5, 0.5, null, null, null, false},
        new Object[] {"2025-Q2", 0L, 0L, 2L, 0.0, 0.25, -0.5, null, null, false},
        new Object[] {"2025-Q3", 1L, 2L, 1L, 1.0, 0.5, 1.0, null, null, false},
        new Object[] {"2025-Q4", 1L, 1L, 2L, 0.5, 0.75, -0.5, null, 0.0, false},
        new Object[] {"2026-Q1", 1L, 1L, 1L, 1.0, 0.75, 0.5, 0.5, 1.0, true});
  }

  @Test
  void aTopicAbsentFromAPeriodGetsAZeroRow() {
    // energy has no article in 2025-Q3 or 2026-Q1: rows with 0 articles, share 0
    // 2026-Q1 z: prev 1.0, 0, 0.5: mean 0.5, sd 0.5, z = (0-0.5)/0.5 = -1
    assertRows(
        Trends.topicTrends(quarters, CFG, Granularity.QUARTER, null)
            .where("topic = 'energy' and articles = 0"),
        new String[] {"period", "articles", "articles_raw", "share", "zscore"},
        new Object[] {"2025-Q3", 0L, 0L, 0.0, null},
        new Object[] {"2026-Q1", 0L, 0L, 0.0, -1.0});
  }

  @Test
  void aConstantShareHasNoZScore() {
    // one article a quarter, always trade: share 1 four times, stddev 0 -> zscore null
    Dataset<Row> flat =
        new ArticleRows(Granularity.QUARTER)
            .article("f1", "2025-01-01").topics("trade").add()
            .article("f2", "2025-04-01").topics("trade").add()
            .article("f3", "2025-07-01").topics("trade").add()
            .article("f4", "2025-10-01").topics("trade").add()
            .toDataset(spark);
    assertRows(
        Trends.topicTrends(flat, CFG, Granularity.QUARTER, null),
        new String[] {"period", "zscore", "is_spike"},
        new Object[] {"2025-Q1", null, false},
        new Object[] {"2025-Q2", null, false},
        new Object[] {"2025-Q3", null, false},
        new Object[] {"2025-Q4", null, false});
  }

  @Test
  void countryTrendsCountArticlesMentionsPartnersAndWeightedDegree() {
    // KAZ, January: representative a1, a2, a6 (a4 duplicate): 3, raw 4; N = 4, share 0.75
    //   mentions over representative articles: a1 2 + a2 1 + a6 1 = 4
    //   partners CHN, RUS = 2; weighted degree CHN-KAZ (0.5 + 1) + KAZ-RUS 0.5 = 2.0
    // February: no article, zeros, share 0. March: c1, share 1/1, partner RUS weight 1
    // rolling over 2: 0.75, 0.375, 0.5; change_prev: null, -0.75, 1
    assertRows(
        Trends.countryTrends(months, CFG, Granularity.MONTH, null).where("country = 'KAZ'"),
        new String[] {
          "period", "articles", "articles_raw", "mentions", "period_articles", "share", "partners",
          "weighted_degree", "rolling_mean", "change_prev", "change_yoy"
        },
        new Object[] {"2026-01", 3L, 4L, 4L, 4L, 0.75, 2L, 2.0, 0.75, null, null},
        new Object[] {"2026-02", 0L, 0L, 0L, 0L, 0.0, 0L, 0.0, 0.375, -0.75, null},
        new Object[] {"2026-03", 1L, 1L, 1L, 1L, 1.0, 1L, 1.0, 0.5, 1.0, null});
  }

  @Test
  void countryTopicSharesAreOfTheCountrysArticles() {
    // KAZ January: 3 representative articles; trade in a1 and a6 = 2/3, energy in a2 = 1/3
    // March: c1 mentions KAZ without topics: 0 of 1
    assertRows(
        Trends.countryTopicTrends(months, CFG, Granularity.MONTH, null).where("country = 'KAZ'"),
        new String[] {"period", "topic", "articles", "country_articles", "share"},
        new Object[] {"2026-01", "energy", 1L, 3L, 1.0 / 3.0},
        new Object[] {"2026-01", "trade", 2L, 3L, 2.0 / 3.0},
        new Object[] {"2026-02", "energy", 0L, 0L, 0.0},
        new Object[] {"2026-02", "trade", 0L, 0L, 0.0},
        new Object[] {"2026-03", "energy", 0L, 1L, 0.0},
        new Object[] {"2026-03", "trade", 0L, 1L, 0.0});
  }

  @Test
  void monthlyYearOnYearChangeComparesWithTwelveMonthsEarlier() {
    // trade is in 1 of 2 articles in 2025-01 and 1 of 1 in 2026-01: 1 - 0.5 = 0.5
    Dataset<Row> twoYears =
        new ArticleRows(Granularity.MONTH)
            .article("y1", "2025-01-10").topics("trade").add()
            .article("y2", "2025-01-11").topics("energy").add()
            .article("y3", "2026-01-10").topics("trade").add()
            .toDataset(spark);
    assertRows(
        Trends.topicTrends(twoYears, CFG, Granularity.MONTH, null)
            .where("topic = 'trade' and change_yoy is not null"),
        new String[] {"period", "change_yoy"},
        new Object[] {"2026-01", 0.5});
  }
}
