package io.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.job.EntenteJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, as a user runs it: {@code jobs/entente} with no input flags
 * processes the bundled sample corpus and prints where the tables went. The counts are the ones
 * datasets/README.md gives for the sample (76 records, 7 broken on purpose). The run is {@link
 * SampleRun}'s, which the other IT classes compare against.
 */
class LauncherIT {
  @Test
  void sampleRunSucceedsAndSaysWhereEachTableWent() throws Exception {
    SampleRun.Printed run = SampleRun.run();
    assertEquals(0, run.exit(), run.stderr());
    String stdout = run.stdout();
    assertTrue(stdout.contains("articles read 76, accepted 69, rejected 7"), stdout);
    Path out = SampleRun.OUTPUT;
    for (String table :
        List.of("articles", "pair_cooccurrence", "topic_trends", "country_trends", "rejects")) {
      assertTrue(
          stdout.lines().anyMatch(l -> l.trim().startsWith(table) && l.contains(out.toString())),
          table + " not reported: " + stdout);
      assertTrue(Files.isDirectory(out.resolve(table)), table);
    }
    assertTrue(Files.isRegularFile(out.resolve("_manifest.json")));
  }

  @Test
  void badFlagFailsFastNamingIt() throws Exception {
    Path log = SampleRun.WORK.resolve("bad-flag.log");
    int exit =
        JobProcess.run(
            log, Duration.ofMinutes(2), List.of("jobs/entente", "--granularity", "fortnight"));
    assertEquals(EntenteJob.EXIT_USAGE, exit);
    assertTrue(Files.readString(log).contains("'--granularity'"), Files.readString(log));
  }
}
