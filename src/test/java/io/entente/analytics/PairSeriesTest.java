package io.entente.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * {@link PairSeries}: the completed pair table against plain Java loops over random articles, and
 * how periods are dealt to tasks.
 */
class PairSeriesTest extends SparkTestBase {
  private static final String[] CODES = {"CHN", "DEU", "KAZ", "RUS", "USA"};
  private static final String[] TOPICS = {"climate", "security", "trade"};

  /** What the plain recount keeps per (period, pair). */
  private static final class PairCount {
    long articles;
    long raw;
    double weight;
    final Map<String, Long> near = new TreeMap<>();
  }

  /**
   * 160 random articles (fixed seed) from January to June 2025 with none in April: every pair
   * seen in any month gets a row in each of the six months, April's all zeros, with each
   * country's representative articles, the month's, the measures and the top topics worked out
   * by plain loops. Five rows per task, so the table is cut into many tasks: collected in task
   * order, its rows must come in (period, country_a, country_b) order.
   */
  @Test
  void completedTableEqualsAPlainJavaRecountInKeyOrderAcrossTasks() {
    Random random = new Random(20261129L);
    ArticleRows rows = new ArticleRows(Granularity.MONTH);
    Map<String, Long> periodArticles = new TreeMap<>();
    Map<String, Long> countryArticles = new TreeMap<>();
    Map<String, PairCount> pairs = new TreeMap<>();
    TreeSet<String> seen = new TreeSet<>();
    for (int i = 0; i < 160; i++) {
      int month = new int[] {1, 2, 3, 5, 6}[random.nextInt(5)];
      LocalDate date = LocalDate.of(2025, month, 1 + random.nextInt(28));
      boolean rep = random.nextInt(4) > 0;
      String period = Periods.label(date, Granularity.MONTH);
      ArticleRows.Article a = rows.article("p" + i, date.toString());
      Map<String, TreeSet<Integer>> sentencesOf = new TreeMap<>();
      for (int m = random.nextInt(5); m > 0; m--) {
        String c = CODES[random.nextInt(CODES.length)];
        int sentence = random.nextInt(5);
        a.mention(c, sentence);
        sentencesOf.computeIfAbsent(c, k -> new TreeSet<>()).add(sentence);
      }
      Map<String, TreeSet<Integer>> hitsOf = new TreeMap<>();
      for (int h = random.nextInt(4); h > 0; h--) {
        String t = TOPICS[random.nextInt(TOPICS.length)];
        int sentence = random.nextInt(5);
        a.hit(t, sentence);
        hitsOf.computeIfAbsent(t, k -> new TreeSet<>()).add(sentence);
      }
      a.group(rep ? "p" + i : "copy", rep).add();
      periodArticles.merge(period, rep ? 1L : 0L, Long::sum);
      List<String> cs = new ArrayList<>(sentencesOf.keySet());
      for (String c : cs) {
        countryArticles.merge(period + " " + c, rep ? 1L : 0L, Long::sum);
      }
      for (int x = 0; x < cs.size(); x++) {
        for (int y = x + 1; y < cs.size(); y++) {
          String pair = cs.get(x) + " " + cs.get(y);
          seen.add(pair);
          PairCount p = pairs.computeIfAbsent(period + " " + pair, k -> new PairCount());
          p.raw++;
          if (!rep) {
            continue;
          }
          p.articles++;
          p.weight += 1.0 / (cs.size() - 1);
          TreeSet<Integer> both = new TreeSet<>(sentencesOf.get(cs.get(x)));
          both.retainAll(sentencesOf.get(cs.get(y)));
          for (Map.Entry<String, TreeSet<Integer>> e : hitsOf.entrySet()) {
            boolean near = false;
            for (int s : both) {
              for (int t : e.getValue()) {
                near |= Math.abs(t - s) <= 1;
              }
            }
            if (near) {
              p.near.merge(e.getKey(), 1L, Long::sum);
            }
          }
        }
      }
    }

    AnalyticsConfig cfg = AnalyticsConfig.defaults();
    assertEquals(0L, periodArticles.getOrDefault("2025-04", 0L), "no article in April");
    Aggregates agg = Aggregates.lazy(rows.toDataset(spark), cfg, Granularity.MONTH, null);
    // a task per month, then one task for all months
    for (long rowsPerTask : new long[] {5, 1L << 20}) {
      Dataset<Row> table = PairSeries.of(agg, rowsPerTask);
      int tasks = table.rdd().getNumPartitions();
      assertEquals(rowsPerTask == 5 ? 6 : 1, tasks, "tasks");
      assertTable(table.collectAsList(), seen, periodArticles, countryArticles, pairs, cfg);
    }
    assertTrue(pairs.values().stream().anyMatch(p -> p.near.size() > 1), "ranked topics");
    assertTrue(
        pairs.values().stream().anyMatch(p -> p.articles >= cfg.minPairSupport()),
        "supported pairs");
  }

  private static void assertTable(
      List<Row> got,
      TreeSet<String> seen,
      Map<String, Long> periodArticles,
      Map<String, Long> countryArticles,
      Map<String, PairCount> pairs,
      AnalyticsConfig cfg) {
    List<String> months =
        List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
    assertEquals(months.size() * seen.size(), got.size());
    int i = 0;
    for (String month : months) {
      long n = periodArticles.getOrDefault(month, 0L);
      for (String pair : seen) {
        Row r = got.get(i++);
        String[] ab = pair.split(" ");
        String where = month + " " + pair;
        assertEquals(month, r.getAs("period"), where);
        assertEquals(
            LocalDate.parse(month + "-01"), r.<java.sql.Date>getAs("period_start").toLocalDate());
        assertEquals(ab[0], r.getAs("country_a"), where);
        assertEquals(ab[1], r.getAs("country_b"), where);
        PairCount p = pairs.getOrDefault(month + " " + pair, new PairCount());
        long na = countryArticles.getOrDefault(month + " " + ab[0], 0L);
        long nb = countryArticles.getOrDefault(month + " " + ab[1], 0L);
        assertEquals(p.articles, (long) r.getAs("articles"), where);
        assertEquals(p.raw, (long) r.getAs("articles_raw"), where);
        assertEquals(p.weight, (double) r.getAs("weight"), 1e-12, where);
        assertEquals(na, (long) r.getAs("articles_a"), where);
        assertEquals(nb, (long) r.getAs("articles_b"), where);
        assertEquals(n, (long) r.getAs("period_articles"), where);
        assertMeasures(p.articles, na, nb, n, cfg.minPairSupport(), r, where);
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(p.near.entrySet());
        ranked.sort(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        String[] top =
            ranked.stream()
                .limit(cfg.topTopics())
                .map(Map.Entry::getKey)
                .toArray(String[]::new);
        assertArrayEquals(top, r.getList(r.fieldIndex("top_topics")).toArray(), where);
      }
    }
  }

  private static void assertMeasures(
      long nab, long na, long nb, long n, int minSupport, Row r, String where) {
    if (n > 0) {
      assertEquals((double) na * nb / n, (double) r.getAs("expected"), 1e-12, where);
    } else {
      assertNull(r.getAs("expected"), where);
    }
    if (nab < minSupport) {
      for (String m : new String[] {"lift", "pmi", "npmi", "jaccard"}) {
        assertNull(r.getAs(m), where + " " + m);
      }
      return;
    }
    double pab = (double) nab / n;
    double pa = (double) na / n;
    double pb = (double) nb / n;
    double pmi = Math.log(pab / (pa * pb)) / Math.log(2);
    assertEquals(pab / (pa * pb), (double) r.getAs("lift"), 1e-12, where);
    assertEquals(pmi, (double) r.getAs("pmi"), 1e-12, where);
    double npmi = nab == n ? 1.0 : pmi / -(Math.log(pab) / Math.log(2));
    assertEquals(npmi, (double) r.getAs("npmi"), 1e-12, where);
    assertEquals((double) nab / (na + nb - nab), (double) r.getAs("jaccard"), 1e-12, where);
  }

  /**
   * Worked by hand: UN corpus-like 79 years x 21,911 pairs is 1,730,969 rows, 2 tasks of 2^20
   * (a multiple of the 2 cores already); 132 months x 19,293 pairs is 2,546,676 rows, 3 tasks
   * rounded to 4; a table of one task's rows is one task, not one per core; never more tasks
   * than periods, and at least one.
   */
  @Test
  void tasksFollowTheRowsRoundedToTheCoresAndAtMostOnePerPeriod() {
    assertEquals(2, PairSeries.Layout.tasks(79, 21_911, 1L << 20, 2));
    assertEquals(4, PairSeries.Layout.tasks(132, 19_293, 1L << 20, 2));
    assertEquals(3, PairSeries.Layout.tasks(3, 1_000, 10, 8));
    assertEquals(1, PairSeries.Layout.tasks(100, 10, 1L << 20, 8));
    assertEquals(8, PairSeries.Layout.tasks(100, 10, 999, 8));
    assertEquals(1, PairSeries.Layout.tasks(1, 0, 1L << 20, 2));
  }

  /** Each task takes a contiguous run of periods, in order, and every period has one task. */
  @Test
  void periodsAreDealtToTasksInContiguousRuns() {
    for (int periods : new int[] {1, 2, 7, 79, 132}) {
      for (int tasks = 1; tasks <= periods; tasks++) {
        int expected = 0;
        for (int t = 0; t < tasks; t++) {
          int first = PairSeries.ByPeriod.firstPeriod(t, tasks, periods);
          int end = PairSeries.ByPeriod.firstPeriod(t + 1, tasks, periods);
          assertEquals(expected, first, periods + " periods, task " + t + " of " + tasks);
          assertTrue(end > first, "task " + t + " of " + tasks + " has periods");
          for (int p = first; p < end; p++) {
            assertEquals(t, PairSeries.ByPeriod.taskOf(p, tasks, periods));
          }
          expected = end;
        }
        assertEquals(periods, expected);
      }
    }
  }
}
