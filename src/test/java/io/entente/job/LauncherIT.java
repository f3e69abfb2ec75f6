package io.entente.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, as a user runs it: {@code jobs/entente} with no input flags
 * processes the bundled sample corpus and prints where the tables went. The counts are the ones
 * datasets/README.md gives for the sample (76 records, 7 broken on purpose).
 */
class LauncherIT {
  @TempDir Path out;

  private static final Path ROOT =
      Path.of(System.getProperty("entente.project.dir", ".")).toAbsolutePath();

  private record Run(int exit, String stdout, String stderr) {}

  private Run launch(List<String> args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(ROOT.resolve("jobs/entente").toString());
    cmd.addAll(args);
    Path stdout = out.resolveSibling(out.getFileName() + ".stdout");
    Path stderr = out.resolveSibling(out.getFileName() + ".stderr");
    Process p =
        new ProcessBuilder(cmd)
            .directory(ROOT.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "jobs/entente did not finish in 10 minutes");
    return new Run(
        p.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  @Test
  void sampleRunSucceedsAndSaysWhereEachTableWent() throws Exception {
    Run run = launch(List.of("--output", out.toString()));
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(
        run.stdout().contains("articles read 76, accepted 69, rejected 7"), run.stdout());
    for (String table :
        List.of("articles", "pair_cooccurrence", "topic_trends", "country_trends", "rejects")) {
      assertTrue(
          run.stdout().lines().anyMatch(l -> l.trim().startsWith(table) && l.contains(out.toString())),
          table + " not reported: " + run.stdout());
      assertTrue(Files.isDirectory(out.resolve(table)), table);
    }
    assertTrue(Files.isRegularFile(out.resolve("_manifest.json")));
  }

  @Test
  void badFlagFailsFastNamingIt() throws Exception {
    Run run = launch(List.of("--granularity", "fortnight"));
    assertEquals(EntenteJob.EXIT_USAGE, run.exit());
    assertTrue(run.stderr().contains("'--granularity'"), run.stderr());
  }
}
