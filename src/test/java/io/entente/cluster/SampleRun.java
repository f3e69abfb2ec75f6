package io.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The reference run the integration tests compare against: the README's first command, {@code
 * jobs/entente} with no input flags (the sample corpus, local mode), into target/sample-output. It
 * runs once per test JVM and is shared by the IT classes, which run at the same time (pom.xml):
 * every method here is safe to call from several threads. {@code jobs/test} runs the notebook
 * tests on the same folder afterwards.
 */
final class SampleRun {
  static final Path WORK = JobProcess.PROJECT.resolve("target/it");
  static final Path OUTPUT = JobProcess.PROJECT.resolve("target/sample-output");
  static final String SAMPLE = "datasets/sample";
  /**
   * Generous: the IT classes run at once, and with every job they start sharing two cores the
   * sample's run took 3.5 minutes (alone, about one).
   */
  static final Duration RUN_TIMEOUT = Duration.ofMinutes(12);

  /** What the reference run printed: the user's summary on stdout, Spark's log on stderr. */
  record Printed(int exit, String stdout, String stderr) {}

  private static Printed printed;
  private static Map<String, List<String>> dump;

  private SampleRun() {}

  /**
   * The job's arguments for a run of the sample into {@code out}: the input and configuration
   * {@code jobs/entente} gives the reference run (the sample's 7 broken records of 76 are over
   * the default 5% gate; its configuration allows 10%).
   */
  static List<String> jobArgs(Path out) {
    return List.of(
        "--input",
        SAMPLE,
        "--output",
        out.toString(),
        "--config",
        "datasets/sample.config.json");
  }

  /** jobs/submit.sh with the jar under test and the given master, then the job's arguments. */
  static List<String> submit(String master, List<String> jobArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add("jobs/submit.sh");
    cmd.add("--master");
    cmd.add(master);
    cmd.addAll(jobArgs);
    return cmd;
  }

  static Map<String, String> env() {
    return Map.of("ENTENTE_JAR", jar().toString());
  }

  static Path jar() {
    String jar = System.getProperty("entente.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      fail("the application jar (system property entente.jar) is missing: " + jar);
    }
    return Path.of(jar);
  }

  /** Fails the calling test with a clear message when no Spark distribution is installed. */
  static void requireSpark() {
    if (System.getenv("SPARK_HOME") != null) {
      return;
    }
    Path lib = JobProcess.PROJECT.resolve(".venv/lib");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> s = Files.list(lib)) {
        if (s.anyMatch(
            p -> Files.isExecutable(p.resolve("site-packages/pyspark/bin/spark-submit")))) {
          return;
        }
      } catch (IOException e) {
        fail("cannot list " + lib + ": " + e);
      }
    }
    fail(
        "no Spark distribution for the cluster tests: run jobs/setup-python (jobs/test does), which"
            + " installs pyspark 4.2.0 into .venv, or set SPARK_HOME");
  }

  /** Output folder of the reference run, running it on first use; it must succeed. */
  static Path output() throws Exception {
    Printed run = run();
    assertEquals(0, run.exit(), "the reference run failed:\n" + run.stdout() + run.stderr());
    return OUTPUT;
  }

  /** The reference run (made on first use), whatever its exit. */
  static synchronized Printed run() throws Exception {
    if (printed == null) {
      deleteTree(OUTPUT);
      Files.createDirectories(WORK);
      Path stdout = WORK.resolve("sample-run.stdout");
      Path stderr = WORK.resolve("sample-run.stderr");
      Process p =
          new ProcessBuilder(
                  JobProcess.PROJECT.resolve("jobs/entente").toString(),
                  "--output",
                  OUTPUT.toString())
              .directory(JobProcess.PROJECT.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      if (!p.waitFor(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        fail("the reference run (jobs/entente) did not finish within " + RUN_TIMEOUT);
      }
      printed =
          new Printed(
              p.exitValue(),
              Files.readString(stdout, StandardCharsets.UTF_8),
              Files.readString(stderr, StandardCharsets.UTF_8));
    }
    return printed;
  }

  /** Sorted dump of every table of the reference run. */
  static synchronized Map<String, List<String>> dump() throws Exception {
    if (dump == null) {
      dump = TableDump.dump(output());
    }
    return dump;
  }

  /** An empty folder under target/it. */
  static Path fresh(String name) throws IOException {
    Path dir = WORK.resolve(name);
    deleteTree(dir);
    Files.createDirectories(dir.getParent());
    return dir;
  }

  /** Deletes {@code dir} and everything under it, if it is there. */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
