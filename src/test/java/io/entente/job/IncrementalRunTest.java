package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.analytics.Periods.Granularity;
import io.entente.cluster.TableDump;
import io.entente.config.EntenteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs over the sample corpus: three windows that cut through months (so a month's
 * period holds stored and new articles at once) give exactly the tables of one full run, and a
 * window run twice changes nothing. Three windows rather than one per day or month: every run
 * costs about a minute of fixed Spark work on two cores whatever its window, and the sample spans
 * 19 months.
 */
class IncrementalRunTest extends SparkTestBase {
  static final Path SAMPLE = EndToEndTest.projectDir().resolve("datasets/sample");

  @TempDir static Path work;
  static Map<String, List<String>> full;
  static Map<String, List<String>> increments;
  static Map<String, List<String>> repeated;

  static void run(Path out, LocalDate since, LocalDate until, boolean incremental)
      throws Exception {
    EntentePipeline.run(
        spark,
        new EntentePipeline.Options(
            List.of(SAMPLE.toString()),
            out.toString(),
            Granularity.MONTH,
            since,
            until,
            EntenteConfig.defaults(),
            null,
            incremental,
            List.of()));
  }

  @BeforeAll
  static void runFullAndInIncrements() throws Exception {
    Path fullOut = work.resolve("full");
    run(fullOut, null, null, false);
    full = TableDump.dump(spark, fullOut);

    Path out = work.resolve("incremental");
    // the first window finds no articles table yet: an ordinary run up to its --until
    run(out, null, LocalDate.of(2025, 4, 7), true);
    run(out, LocalDate.of(2025, 4, 8), LocalDate.of(2025, 10, 20), true);
    run(out, LocalDate.of(2025, 10, 21), null, true);
    increments = TableDump.dump(spark, out);
    run(out, LocalDate.of(2025, 10, 21), null, true);
    repeated = TableDump.dump(spark, out);
  }

  @Test
  void windowsCoveringTheCorpusGiveTheTablesOfOneFullRun() {
    assertEquals(full.keySet(), increments.keySet());
    // 66 stories + 3 copies, 7 broken records: counted by hand in datasets/sample
    assertEquals(1 + 69, full.get("articles").size());
    assertEquals("", TableDump.diff(full, increments));
  }

  @Test
  void runningTheSameWindowAgainChangesNothing() {
    assertEquals("", TableDump.diff(increments, repeated));
  }

  @Test
  void theManifestRecordsTheLastWindowAsIncremental() throws Exception {
    String manifest = Files.readString(work.resolve("incremental/_manifest.json"));
    assertTrue(manifest.contains("\"since\" : \"2025-10-21\""), manifest);
    assertTrue(manifest.contains("\"incremental\" : true"), manifest);
  }
}
