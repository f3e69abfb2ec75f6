package io.entente.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import io.entente.quality.TableChecks;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Every transform's output has its declared schema and passes the table checks. */
class TableSchemasTest extends SparkTestBase {

  private static Map<String, Dataset<Row>> outputs() {
    Dataset<Row> articles =
        new ArticleRows(Granularity.WEEK)
            .article("a1", "2026-01-05")
            .mention("KAZ", 0).mention("CHN", 0).mention("UZB", 1).hit("trade", 1).tone(0, 1, 0)
            .add()
            .article("a2", "2026-01-21").countries("KAZ", "RUS").topics("energy").add()
            .article("a3", "2026-01-22").countries("KAZ", "RUS").group("a2", false).add()
            .toDataset(spark);
    Map<String, List<String>> blocs = Map.of("central_asia", List.of("KAZ", "UZB"));
    return AnalyticsTables.build(
        articles, AnalyticsConfig.defaults(), Granularity.WEEK, null, blocs);
  }

  @Test
  void everyTransformOutputHasTheDeclaredColumnsAndTypesAndPassesItsChecks() {
    Map<String, Dataset<Row>> out = outputs();
    assertEquals(
        // articles and rejects come from the reader, regions is the gazetteer's lookup
        TableSchemas.ALL.keySet().stream()
            .skip(2)
            .filter(t -> !t.equals(TableSchemas.REGIONS))
            .toList(),
        List.copyOf(out.keySet()),
        "every analytics table of TableSchemas.ALL is produced here");
    for (Map.Entry<String, Dataset<Row>> e : out.entrySet()) {
      assertEquals(
          TableSchemas.ALL.get(e.getKey()).simpleString(),
          e.getValue().schema().simpleString(),
          e.getKey());
      TableChecks.check(e.getKey(), e.getValue());
    }
  }

  @Test
  void anEmptyInputGivesEmptyTables() {
    Dataset<Row> none = new ArticleRows(Granularity.MONTH).toDataset(spark);
    for (Map.Entry<String, Dataset<Row>> e :
        AnalyticsTables.build(
                none, AnalyticsConfig.defaults(), Granularity.MONTH, null, Map.of("eu", List.of()))
            .entrySet()) {
      assertEquals(0L, e.getValue().count(), e.getKey());
    }
  }

  @Test
  void weeklySeriesSpanEveryWeekFromFirstToLastIncludingEmptyOnes() {
    // a1 in 2026-W02, a2 and a3 in 2026-W04: weeks 02, 03, 04 for topic energy
    assertRows(
        Trends.topicTrends(
                outputsArticles(), AnalyticsConfig.defaults(), Granularity.WEEK, null)
            .where("topic = 'energy'"),
        new String[] {"period", "period_start", "articles", "articles_raw"},
        new Object[] {"2026-W02", "2026-01-05", 0L, 0L},
        new Object[] {"2026-W03", "2026-01-12", 0L, 0L},
        new Object[] {"2026-W04", "2026-01-19", 1L, 2L});
  }

  private static Dataset<Row> outputsArticles() {
    return new ArticleRows(Granularity.WEEK)
        .article("a1", "2026-01-05").countries("KAZ", "CHN").topics("trade").add()
        .article("a2", "2026-01-21").countries("KAZ", "RUS").topics("energy").add()
        .article("a3", "2026-01-22").countries("KAZ", "RUS").topics("energy").group("a2", false)
        .add()
        .toDataset(spark);
  }
}
