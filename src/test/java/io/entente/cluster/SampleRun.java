package io.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reference run the integration tests compare against: the jar on the sample corpus under
 * {@code spark-submit --master local[2]}, run once per test JVM and shared.
 */
final class SampleRun {
  static final Path WORK = JobProcess.PROJECT.resolve("target/it");
  static final String SAMPLE = "datasets/sample";
  static final Duration RUN_TIMEOUT = Duration.ofMinutes(8);

  private static Path output;
  private static Map<String, List<String>> dump;

  private SampleRun() {}

  /** The job's arguments for a run of the sample into {@code out}, rejects gate relaxed. */
  static List<String> jobArgs(Path out) throws IOException {
    // the sample holds 7 broken records of 76 on purpose, above the default 5% gate
    Path config = WORK.resolve("relaxed-quality.json");
    Files.createDirectories(WORK);
    Files.writeString(config, "{\"quality\": {\"max_reject_rate\": 0.5}}\n");
    return List.of(
        "--input", SAMPLE, "--output", out.toString(), "--config", config.toString());
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

  /** Output folder of the reference run, running it on first use. */
  static synchronized Path output() throws Exception {
    if (output == null) {
      requireSpark();
      Path out = fresh("local");
      JobProcess job =
          JobProcess.start(WORK.resolve("local.log"), env(), submit("local[2]", jobArgs(out)));
      assertEquals(0, job.await(RUN_TIMEOUT), "the local-mode run failed: " + job.tail());
      output = out;
    }
    return output;
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
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir.getParent());
    return dir;
  }
}
