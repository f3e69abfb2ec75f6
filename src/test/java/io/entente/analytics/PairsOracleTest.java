package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

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
  private static final String[] TOPICS = {"climate", "security", "trade"};

  /**
   * pair_topic_trends against plain Java loops over 200 random articles (fixed seed): for each
   * (period, pair, topic), articles with both countries and the topic (article level) and those
   * with a hit of the topic within one sentence of a sentence naming both (sentence level),
   * representative ones and all.
   */
  @Test
  void pairTopicCountsEqualAPlainJavaRecountRangeByRange() throws Exception {
    Random random = new Random(20261129L);
    ArticleRows rows = new ArticleRows(Granularity.MONTH);
    // key "period a b topic" -> {sentence, sentence raw, article, article raw}
    Map<String, long[]> want = new TreeMap<>();
    for (int i = 0; i < 200; i++) {
      LocalDate date = LocalDate.parse("2025-01-01").plusDays(random.nextInt(90));
      boolean rep = random.nextInt(4) > 0;
      ArticleRows.Article a = rows.article("t" + i, date.toString());
      Map<String, TreeSet<Integer>> sentencesOf = new TreeMap<>();
      for (int m = random.nextInt(6); m > 0; m--) {
        String c = CODES[random.nextInt(CODES.length)];
        int sentence = random.nextInt(6);
        a.mention(c, sentence);
        sentencesOf.computeIfAbsent(c, k -> new TreeSet<>()).add(sentence);
      }
      Map<String, TreeSet<Integer>> hitsOf = new TreeMap<>();
      for (int h = random.nextInt(4); h > 0; h--) {
        String t = TOPICS[random.nextInt(TOPICS.length)];
        int sentence = random.nextInt(6);
        a.hit(t, sentence);
        hitsOf.computeIfAbsent(t, k -> new TreeSet<>()).add(sentence);
      }
      a.group(rep ? "t" + i : "dup", rep).add();
      String period = Periods.label(date, Granularity.MONTH);
      List<String> cs = new ArrayList<>(sentencesOf.keySet());
      for (int x = 0; x < cs.size(); x++) {
        for (int y = x + 1; y < cs.size(); y++) {
          TreeSet<Integer> both = new TreeSet<>(sentencesOf.get(cs.get(x)));
          both.retainAll(sentencesOf.get(cs.get(y)));
          for (Map.Entry<String, TreeSet<Integer>> e : hitsOf.entrySet()) {
            boolean near = false;
            for (int s : both) {
              for (int t : e.getValue()) {
                near |= Math.abs(t - s) <= 1;
              }
            }
            long[] v =
                want.computeIfAbsent(
                    period + " " + cs.get(x) + " " + cs.get(y) + " " + e.getKey(),
                    k -> new long[4]);
            v[0] += rep && near ? 1 : 0;
            v[1] += near ? 1 : 0;
            v[2] += rep ? 1 : 0;
            v[3] += 1;
          }
        }
      }
    }
    List<Object[]> expected = new ArrayList<>();
    want.forEach(
        (k, v) -> {
          String[] p = k.split(" ");
          expected.add(new Object[] {p[0], p[1], p[2], p[3], v[0], v[1], v[2], v[3]});
        });
    Dataset<Row> articles = rows.toDataset(spark);
    AnalyticsConfig cfg = AnalyticsConfig.defaults();
    assertRows(
        Pairs.pairTopicTrends(articles, cfg, Granularity.MONTH, null),
        new String[] {
          "period", "country_a", "country_b", "topic", "articles_sentence",
          "articles_sentence_raw", "articles_article", "articles_article_raw"
        },
        expected.toArray(new Object[0][]));

    // the sums the table is built from, run here task by task: facts per period as counted
    // above, ranges of about 40 facts (the busiest months split by pair code), blocks of 16
    // facts from each of two tasks, each range summed and emitted in key order
    SortedMap<Integer, Long> perPeriod = ArticleFacts.factsPerPeriod(articles, cfg);
    Map<String, Long> wantPerPeriod = new TreeMap<>();
    want.forEach((k, v) -> wantPerPeriod.merge(k.split(" ")[0], v[3], Long::sum));
    Map<String, Long> gotPerPeriod = new TreeMap<>();
    perPeriod.forEach(
        (days, n) ->
            gotPerPeriod.put(Periods.label(LocalDate.ofEpochDay(days), Granularity.MONTH), n));
    assertEquals(wantPerPeriod, gotPerPeriod);

    ArticleFacts.Dictionary dict = ArticleFacts.Dictionary.of(articles, cfg);
    ArticleFacts.PairTopicCode code = ArticleFacts.PairTopicCode.of(dict);
    int n = dict.codes().length;
    ArticleFacts.PairTopicRoutes routes =
        ArticleFacts.PairTopicRoutes.of(perPeriod, code, n * n, 40);
    assertTrue(routes.count() > perPeriod.size(), routes.count() + " ranges");
    ArticleFacts.RoutePairTopicFacts route =
        new ArticleFacts.RoutePairTopicFacts(
            new ArticleFacts.PairTopicFactsOf(false, dict, code), routes, 16);
    // the scan reuses its rows: copies, to hand to the two tasks below
    List<InternalRow> input =
        ArticleFacts.factRows(articles, cfg).map(InternalRow::copy).collect();
    Map<Integer, List<long[]>> blocks = new TreeMap<>();
    int handedOn = 0;
    int half = input.size() / 2;
    for (List<InternalRow> task :
        List.of(input.subList(0, half), input.subList(half, input.size()))) {
      for (Iterator<Tuple2<Integer, long[]>> it = route.call(task.iterator()); it.hasNext(); ) {
        Tuple2<Integer, long[]> b = it.next();
        for (long p : b._2()) {
          assertEquals(
              (int) b._1(), routes.of(ArticleFacts.PairTopicCode.keyOf(p)), "range of " + p);
        }
        blocks.computeIfAbsent(b._1(), r -> new ArrayList<>()).add(b._2());
        handedOn++;
      }
    }
    assertTrue(handedOn > 2 * blocks.size(), handedOn + " blocks for " + blocks.size() + " ranges");
    Map<Long, long[]> got = new TreeMap<>();
    long last = -1;
    for (List<long[]> range : blocks.values()) {
      for (Iterator<Row> it = new ArticleFacts.SumPairTopicFacts().call(range.iterator());
          it.hasNext(); ) {
        Row r = it.next();
        assertTrue(r.getLong(0) > last, "keys in order across ranges");
        last = r.getLong(0);
        got.put(last, new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)});
      }
    }
    Map<Long, long[]> bySpark = new TreeMap<>();
    for (Row r :
        Aggregates.lazy(articles, cfg, Granularity.MONTH, null)
            .pairTopics()
            .select(
                "_pair_topic_key", "articles_sentence", "articles_sentence_raw",
                "articles_article", "articles_article_raw")
            .collectAsList()) {
      bySpark.put(
          r.getLong(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)});
    }
    assertEquals(want.size(), got.size());
    assertEquals(bySpark.keySet(), got.keySet());
    bySpark.forEach((k, v) -> assertArrayEquals(v, got.get(k), "sums of key " + k));
  }
}
