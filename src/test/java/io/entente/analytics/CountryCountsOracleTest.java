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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Checks the country counts ({@link CountryCounts}, read in place from Spark's internal rows)
 * against an independent route: plain Java loops over the same randomly generated articles
 * (fixed seed), for both pair roles.
 */
class CountryCountsOracleTest extends SparkTestBase {
  private static final String[] CODES = {"CHN", "DEU", "KAZ", "RUS", "USA", "\u00C5LA"};
  private static final String[] TOPICS = {"climate", "security", "trade", "water"};

  /** One random article: mentions (code, sentence, actor 1 / place 0), topics, representative. */
  private record Spec(
      String id, LocalDate date, boolean rep, int[][] mentions, int[] topics) {}

  private static List<Spec> specs() {
    Random random = new Random(20261129L);
    List<Spec> specs = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      int[][] mentions = new int[random.nextInt(7)][];
      for (int j = 0; j < mentions.length; j++) {
        mentions[j] =
            new int[] {
              random.nextInt(CODES.length), random.nextInt(4), random.nextInt(3) > 0 ? 1 : 0
            };
      }
      int[] topics = new int[random.nextInt(4)];
      for (int j = 0; j < topics.length; j++) {
        topics[j] = random.nextInt(TOPICS.length);
      }
      specs.add(
          new Spec(
              "c" + i,
              LocalDate.parse("2025-11-01").plusDays(random.nextInt(120)),
              random.nextInt(4) > 0,
              mentions,
              topics));
    }
    return specs;
  }

  @Test
  void countryAndCountryTopicCountsEqualAPlainJavaRecountForBothRoles() {
    List<Spec> specs = specs();
    ArticleRows rows = new ArticleRows(Granularity.MONTH);
    for (Spec s : specs) {
      ArticleRows.Article a = rows.article(s.id(), s.date().toString());
      for (int[] m : s.mentions()) {
        a.mention(CODES[m[0]], m[1], m[2] == 1 ? "actor" : "place");
      }
      for (int t : s.topics()) {
        // a hit in sentence 0 (the topic is the article's whatever the sentence)
        a.hit(TOPICS[t], 0);
      }
      a.group(s.rep() ? s.id() : "dup-" + s.id(), s.rep()).add();
    }
    Dataset<Row> articles = rows.toDataset(spark);
    for (boolean actorOnly : new boolean[] {false, true}) {
      // "period country" -> {articles, articles_raw, mentions, partnered_articles};
      // "period country topic" -> articles
      Map<String, long[]> countries = new TreeMap<>();
      Map<String, long[]> countryTopics = new TreeMap<>();
      for (Spec s : specs) {
        String period = Periods.label(s.date(), Granularity.MONTH);
        TreeSet<String> named = new TreeSet<>();
        Map<String, Long> mentions = new TreeMap<>();
        for (int[] m : s.mentions()) {
          if (!actorOnly || m[2] == 1) {
            named.add(CODES[m[0]]);
          }
          // every mention counts toward the country's salience, whatever its role
          mentions.merge(CODES[m[0]], 1L, Long::sum);
        }
        TreeSet<String> topics = new TreeSet<>();
        for (int t : s.topics()) {
          topics.add(TOPICS[t]);
        }
        long rep = s.rep() ? 1 : 0;
        for (String c : named) {
          long[] v = countries.computeIfAbsent(period + " " + c, k -> new long[4]);
          v[0] += rep;
          v[1] += 1;
          v[2] += rep * mentions.get(c);
          v[3] += named.size() > 1 ? rep : 0;
          for (String t : topics) {
            countryTopics.computeIfAbsent(period + " " + c + " " + t, k -> new long[1])[0] += rep;
          }
        }
      }
      List<Object[]> wantCountries = new ArrayList<>();
      countries.forEach(
          (k, v) -> {
            String[] p = k.split(" ");
            wantCountries.add(new Object[] {p[0], p[1], v[0], v[1], v[2], v[3]});
          });
      List<Object[]> wantTopics = new ArrayList<>();
      countryTopics.forEach(
          (k, v) -> {
            String[] p = k.split(" ");
            wantTopics.add(new Object[] {p[0], p[1], p[2], v[0]});
          });
      AnalyticsConfig cfg =
          new AnalyticsConfig(3, 12, 2.0, 2, actorOnly ? "actor" : "all", 3);
      Aggregates agg = Aggregates.lazy(articles, cfg, Granularity.MONTH, null);
      // as the run builds them, and with tasks handing their counts on every 2 keys (a key then
      // leaves a task several times, and only the sum after the shuffle is whole)
      Dataset<Row> flushedOften = CountryCounts.of(articles, cfg, agg.dictionary(), 2);
      for (Dataset<Row> counts :
          List.of(agg.countryCounts(), CountryCounts.countries(flushedOften))) {
        assertRows(
            withPeriod(counts),
            new String[] {
              "period", "country", "articles", "articles_raw", "mentions", "partnered_articles"
            },
            wantCountries.toArray(new Object[0][]));
      }
      for (Dataset<Row> counts :
          List.of(agg.countryTopicCounts(), CountryCounts.countryTopics(flushedOften))) {
        assertRows(
            withPeriod(counts),
            new String[] {"period", "country", "topic", "articles"},
            wantTopics.toArray(new Object[0][]));
      }
    }
  }

  private static Dataset<Row> withPeriod(Dataset<Row> counts) {
    return counts.withColumn(
        "period", Periods.labelColumn(col("period_start"), Granularity.MONTH));
  }
}
