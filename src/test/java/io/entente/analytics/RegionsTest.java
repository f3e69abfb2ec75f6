package io.entente.analytics;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regions central_asia = KAZ, KGZ, UZB and eu = DEU, FRA; one month:
 *
 * <pre>
 * r1  KAZ UZB CHN   trade
 * r2  KAZ DEU       trade
 * r3  KGZ RUS
 * r4  KAZ           energy
 * r5  DEU FRA
 * r6  KAZ UZB       duplicate of r1 (not representative)
 * </pre>
 */
class RegionsTest extends SparkTestBase {
  private static final Map<String, List<String>> BLOCS =
      Map.of("central_asia", List.of("KAZ", "KGZ", "UZB"), "eu", List.of("DEU", "FRA"));
  private static Dataset<Row> articles;

  @BeforeAll
  static void corpus() {
    articles =
        new ArticleRows(Granularity.MONTH)
            .article("r1", "2026-01-02").countries("KAZ", "UZB", "CHN").topics("trade")
            .group("g1", true).add()
            .article("r2", "2026-01-03").countries("KAZ", "DEU").topics("trade").add()
            .article("r3", "2026-01-04").countries("KGZ", "RUS").add()
            .article("r4", "2026-01-05").countries("KAZ").topics("energy").add()
            .article("r5", "2026-01-06").countries("DEU", "FRA").add()
            .article("r6", "2026-01-07").countries("KAZ", "UZB").group("g1", false).add()
            .toDataset(spark);
  }

  @Test
  void regionPartnersAreTheRegionItselfOutsideCountriesAndOtherRegions() {
    // central_asia co-occurs in r1, r2, r3 (r4 has no partner, r6 is a duplicate): 3
    //   itself (KAZ-UZB in r1) 1/3; CHN (r1) 1/3; DEU (r2) 1/3; eu (r2) 1/3; RUS (r3) 1/3
    // eu co-occurs in r2, r5: 2; itself (r5) 1/2; KAZ (r2) 1/2; central_asia (r2) 1/2
    assertRows(
        Regions.regionPairCooccurrence(
            articles, AnalyticsConfig.defaults(), Granularity.MONTH, null, BLOCS),
        new String[] {
          "period", "region", "partner", "partner_type", "is_intra_region", "articles",
          "region_articles", "share"
        },
        new Object[] {"2026-01", "central_asia", "central_asia", "region", true, 1L, 3L, 1.0 / 3},
        new Object[] {"2026-01", "central_asia", "CHN", "country", false, 1L, 3L, 1.0 / 3},
        new Object[] {"2026-01", "central_asia", "DEU", "country", false, 1L, 3L, 1.0 / 3},
        new Object[] {"2026-01", "central_asia", "eu", "region", false, 1L, 3L, 1.0 / 3},
        new Object[] {"2026-01", "central_asia", "RUS", "country", false, 1L, 3L, 1.0 / 3},
        new Object[] {"2026-01", "eu", "eu", "region", true, 1L, 2L, 0.5},
        new Object[] {"2026-01", "eu", "KAZ", "country", false, 1L, 2L, 0.5},
        new Object[] {"2026-01", "eu", "central_asia", "region", false, 1L, 2L, 0.5});
  }

  @Test
  void regionTopicSharesAreOfArticlesMentioningAnyMember() {
    // central_asia: r1, r2, r3, r4 = 4 articles; trade r1, r2 = 0.5; energy r4 = 0.25
    // eu: r2, r5 = 2; trade r2 = 0.5; (eu, energy) never occurs, so it has no row at all
    assertRows(
        Regions.regionTopicTrends(
            articles, AnalyticsConfig.defaults(), Granularity.MONTH, null, BLOCS),
        new String[] {"period", "region", "topic", "articles", "region_articles", "share"},
        new Object[] {"2026-01", "central_asia", "energy", 1L, 4L, 0.25},
        new Object[] {"2026-01", "central_asia", "trade", 2L, 4L, 0.5},
        new Object[] {"2026-01", "eu", "trade", 1L, 2L, 0.5});
  }
}
