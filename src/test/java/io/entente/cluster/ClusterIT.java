package io.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar on a real standalone cluster (a master and two one-core workers on 127.0.0.1, from the
 * pyspark 4.2.0 distribution in .venv) gives exactly the tables of a local-mode run, also when an
 * executor is killed mid-job. One cluster serves the class; it is stopped after the last test, on
 * failure, and by a shutdown hook if the JVM dies first.
 */
class ClusterIT {
  static Path clusterDir;
  static String master;
  static Thread stopHook;

  @BeforeAll
  static void startCluster() throws Exception {
    SampleRun.requireSpark();
    clusterDir = SampleRun.fresh("cluster");
    Files.createDirectories(clusterDir);
    stopHook = new Thread(ClusterIT::stopQuietly, "entente-cluster-stop");
    Runtime.getRuntime().addShutdownHook(stopHook);
    Path log = SampleRun.WORK.resolve("cluster-start.log");
    int code =
        JobProcess.run(
            log, Duration.ofMinutes(3), List.of("jobs/cluster/start.sh", clusterDir.toString()));
    assertEquals(0, code, "the cluster did not start: " + Files.readString(log));
    master = Files.readString(clusterDir.resolve("master.url")).strip();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    List<ProcessHandle> started = new java.util.ArrayList<>();
    try (var pidFiles = Files.newDirectoryStream(clusterDir, "*.pid")) {
      for (Path f : pidFiles) {
        ProcessHandle.of(Long.parseLong(Files.readString(f).strip()))
            .ifPresent(
                p -> {
                  started.add(p);
                  p.descendants().forEach(started::add);
                });
      }
    }
    stopQuietly();
    if (stopHook != null) {
      Runtime.getRuntime().removeShutdownHook(stopHook);
    }
    // the master, two workers, and whatever executors they still run
    assertTrue(started.size() >= 3, "daemons found: " + started);
    for (ProcessHandle p : started) {
      assertTrue(p.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS) != null);
      assertTrue(!p.isAlive(), "stop.sh left " + p.pid() + " running");
    }
  }

  private static void stopQuietly() {
    if (clusterDir == null) {
      return;
    }
    try {
      new ProcessBuilder("jobs/cluster/stop.sh", clusterDir.toString())
          .directory(JobProcess.PROJECT.toFile())
          .redirectErrorStream(true)
          .redirectOutput(SampleRun.WORK.resolve("cluster-stop.log").toFile())
          .start()
          .waitFor();
    } catch (Exception e) {
      System.err.println("ClusterIT: could not stop the cluster in " + clusterDir + ": " + e);
    }
  }

  /**
   * One run on the cluster, with one of its two executors killed mid-job, writes exactly the
   * tables of the local-mode run: the same jar through spark-submit, and Spark's recovery from
   * a lost executor, in one test (a second, undisturbed cluster run took another 1.5-2 minutes
   * of CI to show the lesser half of the same claim).
   */
  @Test
  void clusterRunSurvivesAnExecutorKilledMidJobWithTheTablesOfTheLocalRun() throws Exception {
    Path out = SampleRun.fresh("fault-out");
    JobProcess job =
        JobProcess.start(
            SampleRun.WORK.resolve("fault-run.log"),
            SampleRun.env(),
            SampleRun.submit(master, SampleRun.jobArgs(out)));
    // dedup runs many small jobs on both executors for tens of seconds
    job.awaitLog("stage dedup started", Duration.ofMinutes(8));
    long workerPid = Long.parseLong(Files.readString(clusterDir.resolve("worker-1.pid")).strip());
    ProcessHandle executor =
        ProcessHandle.of(workerPid)
            .orElseThrow(() -> new AssertionError("worker 1 is not running"))
            .children()
            .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("worker 1 runs no executor"));
    assertTrue(executor.destroyForcibly(), "SIGKILL to executor " + executor.pid());

    assertEquals(0, job.await(SampleRun.RUN_TIMEOUT), "the run did not survive: " + job.tail());
    assertTrue(job.text().contains("Lost executor"), "the driver saw the executor die");
    assertTrue(
        Files.readString(out.resolve("_manifest.json")).contains("\"master\" : \"" + master + "\""),
        "the manifest records the cluster master");
    Map<String, List<String>> expected = SampleRun.dump();
    assertEquals(70, expected.get("articles").size(), "the local run's articles");
    assertEquals("", TableDump.diff(expected, TableDump.dump(out)));
  }
}
