package io.entente.analytics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.analytics.ArticleFacts.Dictionary;
import io.entente.analytics.ArticleFacts.PairTopicCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ArticleFactsTest extends SparkTestBase {

  /**
   * U+FF21 (fullwidth A, one UTF-16 unit) sorts before U+1F30D (a surrogate pair) in code point
   * and UTF-8 order, after it in Java's UTF-16 order; the dictionary must sort as Spark does.
   */
  @Test
  void stringsSortAsSparkSortsThem() {
    List<String> values = List.of("\uD83C\uDF0D", "\uFF21", "b", "ab", "a", "\u00E9", "");
    List<String> bySpark =
        spark.createDataset(values, Encoders.STRING()).orderBy("value").collectAsList();
    List<String> byOrder = new ArrayList<>(values);
    byOrder.sort(ArticleFacts.SPARK_ORDER);
    assertEquals(List.of("", "a", "ab", "b", "\u00E9", "\uFF21", "\uD83C\uDF0D"), bySpark);
    assertEquals(bySpark, byOrder);
    assertTrue("\uD83C\uDF0D".compareTo("\uFF21") < 0, "Java's own order differs here");
    assertEquals(
        List.of("\uFF21", "\uD83C\uDF0D"),
        List.of(ArticleFacts.sortedDistinct(List.of("\uD83C\uDF0D", "\uFF21", "\uFF21"))));
  }

  /** 300 codes need 17 bits for a pair (300^2 - 1 = 89,999 < 2^17), 5 topics need 3 bits. */
  @Test
  void bitWidthsFollowTheDictionarySizes() {
    String[] codes = new String[300];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = String.format("C%03d", i);
    }
    PairTopicCode code =
        PairTopicCode.of(new Dictionary(codes, new String[] {"a", "b", "c", "d", "e"}));
    assertEquals(17, code.pairBits());
    assertEquals(3, code.topicBits());
    assertEquals(1, PairTopicCode.bitsFor(0));
    assertEquals(1, PairTopicCode.bitsFor(2));
    assertEquals(2, PairTopicCode.bitsFor(3));
    assertEquals(10, PairTopicCode.bitsFor(1024));
    assertEquals(11, PairTopicCode.bitsFor(1025));
  }

  /** Packed in Java, unpacked by the Spark columns the aggregate uses: the same values back. */
  @Test
  void packedFactsDecodeToTheirParts() {
    Dictionary dict =
        new Dictionary(
            new String[] {"FRA", "GBR", "KAZ", "SUN", "USA"},
            new String[] {"climate", "security", "trade"});
    PairTopicCode code = PairTopicCode.of(dict);
    // (date, a, b, topic, rep, near): dates before 1970 (negative days), the largest codes
    Object[][] facts = {
      {LocalDate.of(1946, 9, 1), 0, 1, 0, 1L, 0L},
      {LocalDate.of(2024, 12, 31), 3, 4, 2, 0L, 1L},
      {LocalDate.of(1970, 1, 1), 2, 3, 1, 1L, 1L},
      {LocalDate.of(1991, 12, 26), 0, 4, 2, 0L, 0L},
    };
    List<Long> packed = new ArrayList<>();
    for (Object[] f : facts) {
      int pair = (Integer) f[1] * dict.codes().length + (Integer) f[2];
      packed.add(
          code.pack(
              (int) ((LocalDate) f[0]).toEpochDay(), pair, (Integer) f[3], (Long) f[4],
              (Long) f[5]));
    }
    List<Long> keys = packed.stream().map(PairTopicCode::keyOf).toList();
    Column key = col("value");
    List<Row> rows =
        spark
            .createDataset(keys, Encoders.LONG())
            .toDF()
            .select(
                code.periodStart(key),
                dict.countryA(code.pair(key)),
                dict.countryB(code.pair(key)),
                dict.topic(code.topic(key)))
            .collectAsList();
    for (int i = 0; i < facts.length; i++) {
      Row r = rows.get(i);
      Object[] f = facts[i];
      assertEquals(f[0], r.getDate(0).toLocalDate(), "date of fact " + i);
      assertEquals(dict.codes()[(Integer) f[1]], r.getString(1));
      assertEquals(dict.codes()[(Integer) f[2]], r.getString(2));
      assertEquals(dict.topics()[(Integer) f[3]], r.getString(3));
      assertEquals(f[4], PairTopicCode.repOf(packed.get(i)));
      assertEquals(f[5], PairTopicCode.nearOf(packed.get(i)));
    }
  }

  @Test
  void aDateOutsideThePackableRangeIsRefused() {
    PairTopicCode code =
        PairTopicCode.of(new Dictionary(new String[] {"FRA", "GBR"}, new String[] {"trade"}));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> code.pack((int) LocalDate.of(400, 1, 1).toEpochDay(), 1, 0, 1L, 0L));
    assertTrue(e.getMessage().contains("0400-01-01"), e.getMessage());
  }

  /**
   * Facts per period {10: 3, 11: 4, 12: 25, 13: 2, 14: 9} in ranges of about 10: days 10-11 share
   * a range (7), day 12 closes it and is split in three by pair code (ceil(25 / 10); 9 pair codes
   * for 3 countries, so at codes 3 and 6), 13 starts a range, 14 another (2 + 9 > 10).
   */
  @Test
  void keyRangesGroupSmallPeriodsAndSplitLargeOnesByPairCode() {
    PairTopicCode code =
        PairTopicCode.of(
            new Dictionary(new String[] {"FRA", "GBR", "KAZ"}, new String[] {"a", "b"}));
    java.util.SortedMap<Integer, Long> perPeriod =
        new java.util.TreeMap<>(java.util.Map.of(10, 3L, 11, 4L, 12, 25L, 13, 2L, 14, 9L));
    ArticleFacts.PairTopicRoutes routes = ArticleFacts.PairTopicRoutes.of(perPeriod, code, 9, 10);
    assertEquals(
        List.of(
            code.key(12, 0, 0), code.key(12, 3, 0), code.key(12, 6, 0), code.key(13, 0, 0),
            code.key(14, 0, 0)),
        java.util.Arrays.stream(routes.starts()).boxed().toList());
    assertEquals(6, routes.count());
    assertEquals(0, routes.of(code.key(10, 5, 1)));
    assertEquals(0, routes.of(code.key(11, 8, 1)));
    assertEquals(1, routes.of(code.key(12, 0, 0)));
    assertEquals(1, routes.of(code.key(12, 2, 1)));
    assertEquals(2, routes.of(code.key(12, 3, 0)));
    assertEquals(3, routes.of(code.key(12, 8, 1)));
    assertEquals(4, routes.of(code.key(13, 4, 0)));
    assertEquals(5, routes.of(code.key(14, 0, 0)));
    assertEquals(5, routes.of(code.key(20, 0, 0)));
    // no periods: one range holding everything
    assertEquals(
        1, ArticleFacts.PairTopicRoutes.of(new java.util.TreeMap<>(), code, 9, 10).count());
  }
}
