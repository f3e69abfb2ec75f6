package io.entente.cluster;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A script of the project (jobs/submit.sh, jobs/entente, jobs/cluster/*.sh) run as a child
 * process with stdout and stderr in one log file, which the tests read and wait on.
 */
final class JobProcess {
  static final Path PROJECT =
      Path.of(System.getProperty("entente.project.dir", ".")).toAbsolutePath().normalize();

  final Process process;
  final Path log;

  private JobProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code command} (relative paths against the project) with SPARK_LOCAL_IP pinned. */
  static JobProcess start(Path log, Map<String, String> env, List<String> command)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(PROJECT.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return new JobProcess(pb.start(), log);
  }

  /** Runs to the end and returns the exit code; a run past {@code timeout} is killed and fails. */
  static int run(Path log, Duration timeout, List<String> command) throws Exception {
    return start(log, Map.of(), command).await(timeout);
  }

  int await(Duration timeout) throws Exception {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("timed out after " + timeout + ": " + tail());
    }
    return process.exitValue();
  }

  /**
   * Waits until the log contains {@code needle}, polling with the process's own exit as the
   * clock; fails when the process ends first or the time runs out.
   */
  void awaitLog(String needle, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!text().contains(needle)) {
      if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
        if (text().contains(needle)) {
          return;
        }
        fail("the job ended (exit " + process.exitValue() + ") before logging '" + needle + "': "
            + tail());
      }
      if (System.nanoTime() > deadline) {
        fail("no '" + needle + "' in the log within " + timeout + ": " + tail());
      }
    }
  }

  String text() throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  String tail() throws IOException {
    String t = text();
    return "\n--- " + log + " (tail) ---\n" + t.substring(Math.max(0, t.length() - 4000));
  }
}
