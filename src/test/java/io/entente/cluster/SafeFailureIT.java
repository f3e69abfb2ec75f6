package io.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.io.RecordParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * How the job fails, run as a user runs it ({@code jobs/entente} in its own JVM): a driver killed
 * while writing leaves the previous tables whole, too many rejects exit 2 after the rejects table
 * is written, and {@code status} prints the manifest. Its tests run at the same time as each
 * other (and as the other IT classes): those that need the reference run wait for it, the others
 * go ahead.
 */
@Execution(ExecutionMode.CONCURRENT)
class SafeFailureIT {
  static final String GOOD_1 =
      "{\"id\": \"t-1\", \"date\": \"2025-05-02\", \"title\": \"Kazakhstan and Uzbekistan sign a"
          + " water accord\", \"text\": \"ASTANA - Kazakhstan and Uzbekistan signed an accord on"
          + " the Syr Darya on Friday, the two foreign ministries said.\"}";
  static final String GOOD_2 =
      "{\"id\": \"t-2\", \"date\": \"2025-06-11\", \"title\": \"France and Germany discuss"
          + " trade\", \"text\": \"PARIS - France and Germany discussed trade and climate change"
          + " policy at a meeting of their economy ministers in Paris on Wednesday.\"}";
  static final String NO_TEXT = "{\"id\": \"t-3\", \"date\": \"2025-06-12\", \"title\": \"x\"}";

  static Path corpus(String name, String... lines) throws Exception {
    Path dir = SampleRun.fresh(name);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("articles.jsonl"), String.join("\n", lines) + "\n");
    return dir;
  }

  static List<String> entente(String... args) {
    return Stream.concat(Stream.of("jobs/entente"), Stream.of(args)).toList();
  }

  static List<Object> column(Path table, String column) {
    return TableDump.spark().read().parquet(table.toString()).orderBy(column).collectAsList()
        .stream()
        .map(r -> r.getAs(column))
        .toList();
  }

  @Test
  void driverKilledWhileWritingLeavesThePreviousTablesWholeAndTheNextRunSucceeds()
      throws Exception {
    Path out = SampleRun.fresh("killed-out");
    copyTree(SampleRun.output(), out);
    List<String> args =
        Stream.concat(Stream.of("jobs/entente"), SampleRun.jobArgs(out).stream()).toList();
    JobProcess job = JobProcess.start(SampleRun.WORK.resolve("killed-run.log"), Map.of(), args);
    // articles is staged, the other tables are on their way
    job.awaitLog("writing pair_cooccurrence", Duration.ofMinutes(10));
    job.process.destroyForcibly();
    job.process.waitFor();
    assertEquals(137, job.process.exitValue(), "killed with SIGKILL");
    assertTrue(Files.isDirectory(out.resolve("_staging")), "the kill left a half-written run");

    assertEquals("", TableDump.diff(SampleRun.dump(), TableDump.dump(out)));

    Path tiny = corpus("tiny-good", GOOD_1, GOOD_2);
    int code =
        JobProcess.run(
            SampleRun.WORK.resolve("after-kill-run.log"),
            SampleRun.RUN_TIMEOUT,
            entente("--input", tiny.toString(), "--output", out.toString()));
    assertEquals(0, code, Files.readString(SampleRun.WORK.resolve("after-kill-run.log")));
    assertFalse(Files.exists(out.resolve("_staging")), "staging cleaned by the next run");
    assertEquals(List.of("t-1", "t-2"), column(out.resolve("articles"), "article_id"));
  }

  @Test
  void rejectsAboveTheGateExitTwoAfterTheRejectsTableIsWritten() throws Exception {
    Path in = corpus("tiny-half-bad", GOOD_1, NO_TEXT);
    Path out = SampleRun.fresh("half-bad-out");
    Path log = SampleRun.WORK.resolve("half-bad-run.log");
    int code =
        JobProcess.run(
            log,
            SampleRun.RUN_TIMEOUT,
            entente("--input", in.toString(), "--output", out.toString()));
    assertEquals(2, code, Files.readString(log));
    assertTrue(Files.readString(log).contains("50.0% of records were rejected"));
    Row reject = TableDump.spark().read().parquet(out.resolve("rejects").toString()).first();
    assertEquals(RecordParser.MISSING_TEXT, reject.getAs("reason"));
    assertEquals(2L, (long) reject.<Long>getAs("record_offset"));
    assertEquals(List.of("t-1"), column(out.resolve("articles"), "article_id"));
    String manifest = Files.readString(out.resolve("_manifest.json"));
    assertTrue(manifest.contains("\"status\" : \"failed_reject_rate\""), manifest);
  }

  @Test
  void statusPrintsTheManifestOfTheLastRun() throws Exception {
    Path output = SampleRun.output();
    Path log = SampleRun.WORK.resolve("status.log");
    int code = JobProcess.run(log, Duration.ofMinutes(2), entente("status", output.toString()));
    assertEquals(0, code, Files.readString(log));
    String printed = Files.readString(log);
    String manifest = Files.readString(output.resolve("_manifest.json"));
    assertTrue(printed.endsWith(manifest), printed);
  }

  @Test
  void statusOfAFolderWithoutARunSaysSoAndExitsOne() throws Exception {
    Path empty = SampleRun.fresh("empty-out");
    Files.createDirectories(empty);
    Path log = SampleRun.WORK.resolve("status-empty.log");
    int code = JobProcess.run(log, Duration.ofMinutes(2), entente("status", empty.toString()));
    assertEquals(1, code);
    assertTrue(Files.readString(log).contains("entente: no _manifest.json in " + empty));
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }
}
