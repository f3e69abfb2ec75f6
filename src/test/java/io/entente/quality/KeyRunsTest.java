package io.entente.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRunsTest extends SparkTestBase {
  @TempDir static Path tmp;

  private static final StructType KEYED =
      new StructType()
          .add("period", DataTypes.StringType, true)
          .add("rank", DataTypes.IntegerType, true)
          .add("value", DataTypes.DoubleType, true);
  private static final List<String> KEY = List.of("period", "rank");

  /** A table stored as one Parquet file per group of rows, each file in the order given. */
  private static Dataset<Row> stored(String name, Object[][]... files) {
    String path = tmp.resolve(name).toString();
    for (Object[][] file : files) {
      spark
          .createDataFrame(Arrays.stream(file).map(RowFactory::create).toList(), KEYED)
          .coalesce(1)
          .write()
          .mode(SaveMode.Append)
          .parquet(path);
    }
    return spark.read().parquet(path);
  }

  private static Object[] row(String period, int rank) {
    return new Object[] {period, rank, 1.0};
  }

  /** Rows ("period", 1..n), in key order. */
  private static Object[][] ranks(String period, int n) {
    Object[][] rows = new Object[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = row(period, i + 1);
    }
    return rows;
  }

  @Test
  void aTableInKeyOrderOverSeveralFilesIsProvenDistinctByItsRuns() {
    // three files, each in key order, their key ranges apart
    Dataset<Row> table =
        stored("ordered", ranks("2025", 40), ranks("2027", 10), new Object[][] {row("2026", 1)});
    assertTrue(KeyRuns.provenDistinct(table, KEY));
    assertEquals(0L, TableChecks.repeatedKeys(table, KEY));
    // the same files read as one partition, largest first (Spark packs files by size): 2025,
    // 2027, 2026. Cut only where the key falls, the first two files would be one run from
    // 2025/1 to 2027/10 around 2026/1; the run is cut where the file changes, too
    String opening = spark.conf().get("spark.sql.files.openCostInBytes");
    spark.conf().set("spark.sql.files.openCostInBytes", "1");
    spark.conf().set("spark.sql.files.minPartitionNum", "1");
    try {
      Dataset<Row> packed = spark.read().parquet(tmp.resolve("ordered").toString());
      assertEquals(1, packed.rdd().getNumPartitions());
      assertTrue(KeyRuns.provenDistinct(packed, KEY));
    } finally {
      spark.conf().set("spark.sql.files.openCostInBytes", opening);
      spark.conf().unset("spark.sql.files.minPartitionNum");
    }
  }

  @Test
  void aFileInKeyOrderIsOneRunHoweverLong() {
    // 600 rows, one file, one block: its row index goes up by one from row to row, so the run is
    // never cut. A run cut at every row would pass MAX_RUNS and prove nothing
    Dataset<Row> table = stored("long", ranks("2025", 600));
    assertTrue(600 > KeyRuns.MAX_RUNS);
    assertEquals(1, table.rdd().getNumPartitions());
    assertTrue(KeyRuns.provenDistinct(table, KEY));
  }

  @Test
  void aKeyRepeatedAcrossTwoFilesMakesTheirRunsTouch() {
    // the last key of one file is the first of the next: each file alone is strictly increasing
    Dataset<Row> table =
        stored(
            "touching",
            new Object[][] {row("2025", 1), row("2025", 2)},
            new Object[][] {row("2025", 2), row("2026", 1)});
    assertFalse(KeyRuns.provenDistinct(table, KEY));
    assertEquals(1L, TableChecks.repeatedKeys(table, KEY));
  }

  @Test
  void aKeyRepeatedInsideAFileCutsTheRunThere() {
    Dataset<Row> table =
        stored(
            "adjacent",
            new Object[][] {row("2025", 1), row("2025", 2), row("2025", 2), row("2025", 3)});
    assertFalse(KeyRuns.provenDistinct(table, KEY));
    assertEquals(1L, TableChecks.repeatedKeys(table, KEY));
  }

  @Test
  void aRunHoldingAnotherRunsKeyBetweenItsEndsIsNotDisjoint() {
    // in Spark's order (UTF-8 bytes) "a" < U+FF61 < U+1F600, so the first file is one run that
    // holds the second file's key; by Java's UTF-16 order U+1F600 (a surrogate pair, 0xD83D)
    // would sort before U+FF61 and the runs would look apart
    String halfwidthStop = "\uFF61";
    String emoji = "\uD83D\uDE00";
    Dataset<Row> table =
        stored(
            "utf8",
            new Object[][] {row("a", 1), row(halfwidthStop, 1), row(emoji, 1)},
            new Object[][] {row(halfwidthStop, 1)});
    assertFalse(KeyRuns.provenDistinct(table, KEY));
    assertEquals(1L, TableChecks.repeatedKeys(table, KEY));
    Dataset<Row> apart =
        stored(
            "utf8-apart",
            new Object[][] {row("a", 1), row(halfwidthStop, 1)},
            new Object[][] {row(emoji, 1)});
    assertTrue(KeyRuns.provenDistinct(apart, KEY));
  }

  @Test
  void aTableOutOfOrderGivesUpAndItsRepeatsAreCountedExactly() {
    // 600 keys in descending order: every row is a run of its own, past MAX_RUNS
    List<Object[]> descending = new ArrayList<>();
    for (int i = 600; i > 0; i--) {
      descending.add(row("2025", i));
    }
    Dataset<Row> distinct = stored("descending", descending.toArray(new Object[0][]));
    assertTrue(600 > KeyRuns.MAX_RUNS);
    assertFalse(KeyRuns.provenDistinct(distinct, KEY));
    assertEquals(0L, TableChecks.repeatedKeys(distinct, KEY));
    // out of order with repeats far apart: 2025/5 twice, 2025/7 three times
    Dataset<Row> repeats =
        stored(
            "scattered",
            new Object[][] {
              row("2025", 7), row("2025", 5), row("2025", 9), row("2025", 7), row("2025", 5),
              row("2025", 7)
            });
    assertFalse(KeyRuns.provenDistinct(repeats, KEY));
    assertEquals(3L, TableChecks.repeatedKeys(repeats, KEY));
  }

  @Test
  void aNullKeyOrAFloatingKeyIsNotTried() {
    Dataset<Row> table =
        stored("nulls", new Object[][] {row("2025", 1), new Object[] {null, 2, 1.0}});
    assertFalse(KeyRuns.provenDistinct(table, KEY));
    assertEquals(0L, TableChecks.repeatedKeys(table, KEY));
    Dataset<Row> floating = stored("floating", new Object[][] {row("2025", 1), row("2025", 2)});
    assertFalse(KeyRuns.provenDistinct(floating, List.of("period", "value")));
  }

  @Test
  void anEmptyTableHasNoRunsAndNoRepeats() {
    Dataset<Row> empty = spark.createDataFrame(List.of(), KEYED);
    assertTrue(KeyRuns.provenDistinct(empty, KEY));
    assertEquals(0L, TableChecks.repeatedKeys(empty, KEY));
  }
}
