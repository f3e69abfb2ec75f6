package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import io.entente.model.Columns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.junit.jupiter.api.Test;

/**
 * Checks both region tables against plain Java counts over random articles (fixed seed), worked
 * out from the tables' documented definitions, with overlapping regions (KAZ and KGZ are in two).
 */
class RegionsOracleTest extends SparkTestBase {
  private static final Map<String, List<String>> BLOCS =
      Map.of(
          "central_asia", List.of("KAZ", "KGZ", "UZB"),
          "csto", List.of("KAZ", "KGZ", "RUS"),
          "eu", List.of("DEU", "FRA"));
  private static final String[] CODES = {"CHN", "DEU", "FRA", "KAZ", "KGZ", "RUS", "USA", "UZB"};
  private static final String[] TOPICS = {"climate", "security", "trade"};

  @Test
  void regionPairAndTopicCountsEqualAPlainJavaRecount() throws Exception {
    Random random = new Random(20261129L);
    ArticleRows rows = new ArticleRows(Granularity.MONTH);
    // "period region partner type" -> articles; "period region" -> region articles
    Map<String, Long> partners = new TreeMap<>();
    Map<String, Long> pairRegions = new TreeMap<>();
    Map<String, Long> topics = new TreeMap<>();
    Map<String, Long> topicRegions = new TreeMap<>();
    for (int i = 0; i < 300; i++) {
      LocalDate date = LocalDate.parse("2025-01-01").plusDays(random.nextInt(90));
      boolean rep = random.nextInt(5) > 0;
      TreeSet<String> countries = new TreeSet<>();
      for (int m = random.nextInt(5); m > 0; m--) {
        countries.add(CODES[random.nextInt(CODES.length)]);
      }
      TreeSet<String> ts = new TreeSet<>();
      for (int t = random.nextInt(3); t > 0; t--) {
        ts.add(TOPICS[random.nextInt(TOPICS.length)]);
      }
      ArticleRows.Article a = rows.article("r" + i, date.toString());
      for (String c : countries) {
        a.mention(c, random.nextInt(3));
      }
      a.topics(ts.toArray(new String[0])).group(rep ? "r" + i : "dup", rep).add();
      if (!rep) {
        continue;
      }
      String period = Periods.label(date, Granularity.MONTH);
      for (Map.Entry<String, List<String>> bloc : BLOCS.entrySet()) {
        String r = bloc.getKey();
        List<String> members = bloc.getValue();
        List<String> in = countries.stream().filter(members::contains).toList();
        if (in.isEmpty()) {
          continue;
        }
        topicRegions.merge(period + " " + r, 1L, Long::sum);
        for (String t : ts) {
          topics.merge(period + " " + r + " " + t, 1L, Long::sum);
        }
        if (countries.size() < 2) {
          continue;
        }
        pairRegions.merge(period + " " + r, 1L, Long::sum);
        TreeSet<String> found = new TreeSet<>();
        if (in.size() >= 2) {
          found.add(r + " region");
        }
        for (String x : countries) {
          if (!members.contains(x)) {
            found.add(x + " country");
          }
        }
        for (Map.Entry<String, List<String>> other : BLOCS.entrySet()) {
          if (other.getKey().equals(r)) {
            continue;
          }
          // a member of r and a different country that is a member of the other region
          for (String x : in) {
            for (String y : countries) {
              if (!y.equals(x) && other.getValue().contains(y)) {
                found.add(other.getKey() + " region");
              }
            }
          }
        }
        for (String f : found) {
          partners.merge(period + " " + r + " " + f, 1L, Long::sum);
        }
      }
    }
    Dataset<Row> articles = rows.toDataset(spark);
    AnalyticsConfig cfg = AnalyticsConfig.defaults();

    List<Object[]> expected = new ArrayList<>();
    partners.forEach(
        (k, n) -> {
          String[] p = k.split(" ");
          long total = pairRegions.get(p[0] + " " + p[1]);
          expected.add(new Object[] {p[0], p[1], p[2], p[3], n, total, (double) n / total});
        });
    assertTrue(expected.size() > 40, expected.size() + " rows");
    assertRows(
        Regions.regionPairCooccurrence(articles, cfg, Granularity.MONTH, null, BLOCS)
            .where(col(Columns.ARTICLES).gt(0)),
        new String[] {
          "period", "region", "partner", "partner_type", "articles", "region_articles", "share"
        },
        expected.toArray(new Object[0][]));

    List<Object[]> expectedTopics = new ArrayList<>();
    topics.forEach(
        (k, n) -> {
          String[] p = k.split(" ");
          long total = topicRegions.get(p[0] + " " + p[1]);
          expectedTopics.add(new Object[] {p[0], p[1], p[2], n, total, (double) n / total});
        });
    assertRows(
        Regions.regionTopicTrends(articles, cfg, Granularity.MONTH, null, BLOCS)
            .where(col(Columns.ARTICLES).gt(0)),
        new String[] {"period", "region", "topic", "articles", "region_articles", "share"},
        expectedTopics.toArray(new Object[0][]));

    // a task that hands its counts on after every third key: the same totals, keys repeated
    RegionCounts.Code code =
        RegionCounts.Code.of(ArticleFacts.Dictionary.of(articles, cfg), BLOCS);
    // the scan reuses its rows: copies, to hand to the task below
    List<InternalRow> input =
        CodedCounts.internalRows(
                articles
                    .where(col(Columns.IS_REPRESENTATIVE))
                    .selectExpr("unix_date(period_start)", "countries", "topics"))
            .map(InternalRow::copy)
            .collect();
    Map<Long, Long> once =
        counts(new RegionCounts.CountsOf(code, RegionCounts.FLUSH_AT), input, false);
    Map<Long, Long> often = counts(new RegionCounts.CountsOf(code, 3), input, true);
    assertEquals(
        partners.size() + pairRegions.size() + topics.size() + topicRegions.size(), once.size());
    assertEquals(once, often);
  }

  /** Totals by key of one task's output; {@code repeats}: whether keys must repeat in it. */
  private static Map<Long, Long> counts(
      RegionCounts.CountsOf task, List<InternalRow> input, boolean repeats) throws Exception {
    Map<Long, Long> out = new TreeMap<>();
    int rows = 0;
    for (Iterator<Row> it = task.call(input.iterator()); it.hasNext(); ) {
      Row r = it.next();
      out.merge(r.getLong(0), r.getLong(1), Long::sum);
      rows++;
    }
    assertEquals(repeats, rows > out.size(), rows + " rows for " + out.size() + " keys");
    return out;
  }
}
