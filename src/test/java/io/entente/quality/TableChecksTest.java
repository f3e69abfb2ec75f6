package io.entente.quality;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.entente.SparkTestBase;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableChecksTest extends SparkTestBase {
  @TempDir static Path tmp;
  private static final StructType PAIRS =
      new StructType()
          .add("period", DataTypes.StringType, true)
          .add("country_a", DataTypes.StringType, true)
          .add("country_b", DataTypes.StringType, true)
          .add("articles", DataTypes.LongType, true)
          .add("articles_raw", DataTypes.LongType, true)
          .add("share", DataTypes.DoubleType, true);
  private static final List<String> KEY = List.of("period", "country_a", "country_b");

  private static Dataset<Row> pairs(Object[]... rows) {
    return spark.createDataFrame(
        Arrays.stream(rows).map(RowFactory::create).toList(), PAIRS);
  }

  private static TableCheckException failure(Dataset<Row> df) {
    return assertThrows(
        TableCheckException.class, () -> TableChecks.check("pair_cooccurrence", df, KEY));
  }

  @Test
  void aCleanTablePassesEveryCheckAndItsRowsAreCounted() {
    long rows =
        assertDoesNotThrow(
            () ->
                TableChecks.check(
                    "pair_cooccurrence",
                    pairs(
                        new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 0.5},
                        new Object[] {"2026-02", "CHN", "KAZ", 0L, 0L, 0.0},
                        new Object[] {"2026-02", "CHN", "GBR", 1L, 1L, 0.25}),
                    KEY));
    assertEquals(3L, rows);
    assertEquals(0L, TableChecks.check("pair_cooccurrence", pairs(), KEY), "an empty table");
  }

  @Test
  void aRepeatedGrainKeyFailsUniqueKeyNamingTheTable() {
    TableCheckException e =
        failure(
            pairs(
                new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 0.5},
                new Object[] {"2026-01", "CHN", "KAZ", 1L, 1L, 0.5}));
    assertEquals(
        "table pair_cooccurrence failed check(s) unique_key: unique_key (1 rows)", e.getMessage());
  }

  @Test
  void distinctKeysWithTheSameHashPassUniqueKey() {
    // a 64-bit hash skips null fields, so these two distinct keys hash alike: the hashed first
    // pass sees a repeat, and the exact pass by key must clear it (the nulls fail non_null_key)
    TableCheckException e =
        failure(
            pairs(
                new Object[] {"2026-01", null, "KAZ", 1L, 1L, 0.5},
                new Object[] {"2026-01", "KAZ", null, 1L, 1L, 0.5}));
    assertEquals(
        "table pair_cooccurrence failed check(s) non_null_key: non_null_key (2 rows)",
        e.getMessage());
  }

  @Test
  void aNullKeyFailsNonNullKey() {
    TableCheckException e = failure(pairs(new Object[] {null, "CHN", "KAZ", 2L, 3L, 0.5}));
    assertEquals(List.of("non_null_key"), e.failedChecks());
  }

  @Test
  void unorderedCountriesFailCountryALtCountryB() {
    TableCheckException e =
        failure(
            pairs(
                new Object[] {"2026-01", "KAZ", "CHN", 2L, 3L, 0.5},
                new Object[] {"2026-01", "KAZ", "KAZ", 2L, 3L, 0.5}));
    assertEquals(
        "table pair_cooccurrence failed check(s) country_a_lt_country_b:"
            + " country_a_lt_country_b (2 rows)",
        e.getMessage());
  }

  @Test
  void aShareAboveOneFailsShareInUnitInterval() {
    TableCheckException e = failure(pairs(new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 1.5}));
    assertEquals(List.of("share_in_unit_interval"), e.failedChecks());
  }

  @Test
  void moreDeduplicatedThanRawArticlesFailsArticlesLeArticlesRaw() {
    TableCheckException e = failure(pairs(new Object[] {"2026-01", "CHN", "KAZ", 4L, 3L, 0.5}));
    assertEquals(List.of("articles_le_articles_raw"), e.failedChecks());
  }

  @Test
  void everyFailedCheckIsReportedInOnePass() {
    TableCheckException e =
        failure(
            pairs(
                new Object[] {"2026-01", "KAZ", "CHN", -1L, 3L, 0.5},
                new Object[] {"2026-01", "KAZ", "CHN", 2L, 3L, 0.5}));
    assertEquals(
        List.of("unique_key", "country_a_lt_country_b", "non_negative_counts"), e.failedChecks());
  }

  @Test
  void aKnownTableWithAnotherSchemaFailsTheSchemaCheck() {
    TableCheckException e =
        assertThrows(
            TableCheckException.class,
            () ->
                TableChecks.check(
                    "pair_cooccurrence",
                    pairs(new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 0.5})));
    assertEquals(List.of("schema"), e.failedChecks());
  }

  /** Writes {@code checks.rows()} under the temp folder and reads the staged copy back. */
  private static Dataset<Row> written(TableChecks.Written checks, String name) {
    String path = tmp.resolve(name).toString();
    checks.rows().write().parquet(path);
    return spark.read().parquet(path);
  }

  private static TableChecks.Written whileWriting(Dataset<Row> df) {
    return TableChecks.whileWriting("pair_cooccurrence", df, KEY, PAIRS);
  }

  @Test
  void rowsAreCountedAsTheyAreWrittenNotReadBack() {
    TableChecks.Written checks =
        whileWriting(
            pairs(
                new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 0.5},
                new Object[] {"2026-02", "CHN", "KAZ", 0L, 0L, 0.0},
                new Object[] {"2026-02", "CHN", "GBR", 1L, 1L, 0.25}));
    written(checks, "clean");
    // the count is the observed one: a copy with other rows changes nothing but what it is
    // read for (schema, repeated keys)
    assertEquals(3L, checks.finish(pairs(new Object[] {"2026-03", "CHN", "GBR", 1L, 1L, 0.25})));
  }

  @Test
  void anEmptyTableIsWrittenWithZeroRows() {
    TableChecks.Written checks = whileWriting(pairs());
    assertEquals(0L, checks.finish(written(checks, "empty")));
  }

  @Test
  void violationsObservedInTheWriteAndARepeatedKeyInTheCopyAreReportedTogether() {
    TableChecks.Written checks =
        whileWriting(
            pairs(
                new Object[] {"2026-01", "KAZ", "CHN", -1L, 3L, 0.5},
                new Object[] {"2026-01", "KAZ", "CHN", 2L, 3L, 1.5},
                new Object[] {"2026-02", "CHN", "KAZ", 4L, 3L, 0.5}));
    Dataset<Row> staged = written(checks, "bad");
    TableCheckException e = assertThrows(TableCheckException.class, () -> checks.finish(staged));
    assertEquals(
        "table pair_cooccurrence failed check(s) unique_key, country_a_lt_country_b,"
            + " non_negative_counts, share_in_unit_interval, articles_le_articles_raw:"
            + " unique_key (1 rows), country_a_lt_country_b (2 rows), non_negative_counts (1 rows),"
            + " share_in_unit_interval (1 rows), articles_le_articles_raw (1 rows)",
        e.getMessage());
  }

  @Test
  void withoutObservedValuesTheStagedCopyIsCheckedInFull() {
    // rows() never written: no values arrive, and after the wait the copy is checked in full
    TableChecks.Written unwritten =
        whileWriting(pairs(new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 0.5}));
    assertEquals(
        2L,
        unwritten.finish(
            pairs(
                new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 0.5},
                new Object[] {"2026-02", "CHN", "KAZ", 2L, 3L, 0.5}),
            100));
    TableChecks.Written again =
        whileWriting(pairs(new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 0.5}));
    TableCheckException e =
        assertThrows(
            TableCheckException.class,
            () ->
                again.finish(
                    pairs(
                        new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 0.5},
                        new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 0.5}),
                    100));
    assertEquals(List.of("unique_key"), e.failedChecks());
  }

  @Test
  void aTableWithoutDeclaredSchemaIsOnlyCounted() {
    // "duplicates" is not among TableSchemas.ALL: a share of 1.5 is not checked there
    TableChecks.Written checks =
        TableChecks.whileWriting(
            "duplicates",
            pairs(
                new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 1.5},
                new Object[] {"2026-01", "CHN", "KAZ", 2L, 3L, 1.5}));
    assertEquals(2L, checks.finish(written(checks, "unknown")));
  }

  @Test
  void readCountsMustEqualAcceptedPlusRejected() {
    TableCheckException e =
        assertThrows(
            TableCheckException.class, () -> TableChecks.checkReconciles("_manifest", 10, 7, 2));
    assertEquals(
        "table _manifest failed check(s) read_eq_accepted_plus_rejected:"
            + " read 10 != accepted 7 + rejected 2",
        e.getMessage());
  }
}
