package io.entente.job;

import io.entente.analytics.Periods.Granularity;
import io.entente.config.EntenteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The pipeline's run of the sample corpus (monthly, default configuration) made once per test JVM
 * and read by the test classes that need exactly that run ({@link EndToEndTest}, {@link
 * TableExamplesTest}, {@link IncrementalRunTest}): each run costs tens of seconds of fixed Spark
 * work whatever the corpus. Its folder is read-only to them (a test that writes into a run copies
 * it first) and is deleted when the JVM exits.
 */
final class SampleRuns {
  private static Path monthly;
  private static EntentePipeline.Result monthlyResult;

  private SampleRuns() {}

  /** The options of the shared run, into {@code out}. */
  static EntentePipeline.Options monthlyOptions(Path out) {
    return new EntentePipeline.Options(
        List.of(EndToEndTest.SAMPLE.toString()),
        out.toString(),
        Granularity.MONTH,
        null,
        null,
        EntenteConfig.defaults(),
        null);
  }

  /** The folder of the shared run, running it with {@code spark} on first use. */
  static synchronized Path monthly(SparkSession spark) throws IOException {
    if (monthly == null) {
      Path dir = Files.createTempDirectory("entente-sample-monthly-");
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> deleteTree(dir), "entente-sample-run-cleanup"));
      monthlyResult = EntentePipeline.run(spark, monthlyOptions(dir));
      monthly = dir;
    }
    return monthly;
  }

  /** What the shared run returned (its manifest). */
  static synchronized EntentePipeline.Result monthlyResult(SparkSession spark) throws IOException {
    monthly(spark);
    return monthlyResult;
  }

  /** A copy of {@code from} at {@code to} (which must not exist yet). */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
