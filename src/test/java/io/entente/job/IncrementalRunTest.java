package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * Incremental runs over the sample corpus: two windows that cut through a month (so a month's
 * period holds stored and new articles at once) give exactly the tables of one full run, and a
 * window in the middle of the stored articles, run again, changes nothing. Two windows rather
 * than one per day or month: every run costs about half a minute of fixed Spark work on two cores
 * whatever its window, and the sample spans 19 months. The full run is the one other test
 * classes read ({@link SampleRuns}).
 */
class IncrementalRunTest extends SparkTestBase {
  @TempDir static Path work;
  static Map<String, List<String>> full;
  static Map<String, List<String>> increments;
  static Map<String, List<String>> repeated;

  static void run(Path out, LocalDate since, LocalDate until, boolean incremental)
      throws Exception {
    EntentePipeline.run(
        spark,
        new EntentePipeline.Options(
            List.of(EndToEndTest.SAMPLE.toString()),
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
    full = TableDump.dump(spark, SampleRuns.monthly(spark));

    Path out = work.resolve("incremental");
    // the first window finds no articles table yet: an ordinary run up to its --until
    run(out, null, LocalDate.of(2025, 4, 7), true);
    run(out, LocalDate.of(2025, 4, 8), null, true);
    increments = TableDump.dump(spark, out);
    // stored articles on both sides of the window, and months cut at both of its ends
    run(out, LocalDate.of(2025, 4, 8), LocalDate.of(2025, 10, 20), true);
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
  void runningAWindowAgainChangesNothing() {
    assertEquals("", TableDump.diff(increments, repeated));
  }

  @Test
  void theManifestRecordsTheLastWindowAsIncremental() throws Exception {
    String manifest = Files.readString(work.resolve("incremental/_manifest.json"));
    assertTrue(manifest.contains("\"since\" : \"2025-04-08\""), manifest);
    assertTrue(manifest.contains("\"until\" : \"2025-10-20\""), manifest);
    assertTrue(manifest.contains("\"incremental\" : true"), manifest);
    // the stored articles were tagged by the same extractors as the window's
    assertEquals(Manifest.extractorsOf(manifest), Manifest.storedExtractorsOf(manifest));
    assertTrue(manifest.contains("\"extractors_changed\" : false"), manifest);
  }

  @Test
  void aChangeOfExtractorsSinceTheStoredArticlesIsRecorded() throws Exception {
    Manifest m =
        Manifest.start(
            spark,
            new EntentePipeline.Options(
                List.of("in"), "out", Granularity.MONTH, null, null, EntenteConfig.defaults(),
                null, true, List.of()));
    m.extractors("t2", "m2", 0.2, 0.1, 0.4, "l1", "n1");
    String older =
        "{\"run_id\" : \"x\", \"extractors\" : {\"taxonomy\" : \"t2\", \"topic_model\" :"
            + " \"m1\", \"topic_model_veto\" : null, \"tone_lexicon\" : \"l1\", \"tone_model\" :"
            + " null}}";
    Object stored = Manifest.extractorsOf(older);
    assertEquals(
        Map.of("taxonomy", "t2", "topic_model", "m1", "tone_lexicon", "l1"),
        withoutNulls(stored));
    assertTrue(m.storedExtractors(stored));
    // the same extractors: no change; a manifest older than the entry: unknown, so changed
    assertFalse(m.storedExtractors(m.extractors()));
    assertTrue(m.storedExtractors(Manifest.extractorsOf("{\"run_id\" : \"x\"}")));
    assertNull(Manifest.extractorsOf("not json"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutNulls(Object map) {
    Map<String, Object> out = new java.util.TreeMap<>();
    ((Map<String, Object>) map).forEach((k, v) -> {
      if (v != null) {
        out.put(k, v);
      }
    });
    return out;
  }
}
