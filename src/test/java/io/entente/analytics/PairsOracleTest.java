package io.entente.analytics;

import static org.apache.spark.sql.functions.col;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks the Spark pair counts against an independent route: plain Java loops over the same
 * randomly generated articles (fixed seed).
 */
class PairsOracleTest extends SparkTestBase {
  private record Spec(
      String id, LocalDate date, boolean rep, int[][] mentions, int[][] tone) {}

  private static final String[] CODES = {"CHN", "DEU", "KAZ", "RUS", "USA"};

  @Test
  void pairCountsWeightsSentencesAndToneEqualAPlainJavaRecount() {
    Random random = new Random(20260226L);
    List<Spec> specs = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      int m = random.nextInt(6);
      int[][] mentions = new int[m][];
      for (int j = 0; j < m; j++) {
        mentions[j] = new int[] {random.nextInt(CODES.length), random.nextInt(4)};
      }
      int[][] tone = {{random.nextInt(4), random.nextInt(3), random.nextInt(3)}};
      specs.add(
          new Spec(
              "s" + i,
              LocalDate.parse("2025-01-01").plusDays(random.nextInt(90)),
              random.nextInt(5) > 0,
              mentions,
              tone));
    }
    ArticleRows rows = new ArticleRows(Granularity.MONTH);
    // key "period a b" -> {articles, articles_raw, weight, sentences, cooperation, conflict}
    Map<String, double[]> want = new TreeMap<>();
    for (Spec s : specs) {
      ArticleRows.Article a = rows.article(s.id(), s.date().toString());
      TreeSet<String> countries = new TreeSet<>();
      Map<Integer, TreeSet<String>> bySentence = new TreeMap<>();
      for (int[] m : s.mentions()) {
        a.mention(CODES[m[0]], m[1]);
        countries.add(CODES[m[0]]);
        bySentence.computeIfAbsent(m[1], k -> new TreeSet<>()).add(CODES[m[0]]);
      }
      for (int[] t : s.tone()) {
        a.tone(t[0], t[1], t[2]);
      }
      a.group(s.rep() ? s.id() : "dup-" + s.id(), s.rep()).add();
      String period = Periods.label(s.date(), Granularity.MONTH);
      List<String> cs = new ArrayList<>(countries);
      for (int i = 0; i < cs.size(); i++) {
        for (int j = i + 1; j < cs.size(); j++) {
          double[] v =
              want.computeIfAbsent(period + " " + cs.get(i) + " " + cs.get(j), k -> new double[6]);
          v[1] += 1;
          if (s.rep()) {
            v[0] += 1;
            v[2] += 1.0 / (cs.size() - 1);
            for (Map.Entry<Integer, TreeSet<String>> e : bySentence.entrySet()) {
              if (e.getValue().contains(cs.get(i)) && e.getValue().contains(cs.get(j))) {
                v[3] += 1;
                for (int[] t : s.tone()) {
                  if (t[0] == e.getKey()) {
                    v[4] += t[1];
                    v[5] += t[2];
                  }
                }
              }
            }
          }
        }
      }
    }
    List<Object[]> expected = new ArrayList<>();
    want.forEach(
        (k, v) -> {
          String[] p = k.split(" ");
          expected.add(
              new Object[] {
                p[0], p[1], p[2], (long) v[0], (long) v[1], v[2], (long) v[3], (long) v[4],
                (long) v[5]
              });
        });
    assertRows(
        Pairs.pairCooccurrence(
                rows.toDataset(spark), AnalyticsConfig.defaults(), Granularity.MONTH, null)
            .where(col("articles_raw").gt(0)),
        new String[] {
          "period", "country_a", "country_b", "articles", "articles_raw", "weight", "sentences",
          "cooperation", "conflict"
        },
        expected.toArray(new Object[0][]));
  }
}
