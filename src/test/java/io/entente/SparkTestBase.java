package io.entente;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * One local[2] SparkSession per test class: 2 shuffle partitions, no UI, UTC. Test-only settings
 * stay here and never reach main code.
 */
public abstract class SparkTestBase {
  protected static SparkSession spark;

  // JUnit makes this folder before @BeforeAll and deletes it after @AfterAll, so test runs leave
  // no checkpoint folders behind in the system's temporary directory
  @TempDir static Path checkpoints;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("entente-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.adaptive.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    spark.sparkContext().setCheckpointDir(checkpoints.toString());
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
      spark = null;
    }
  }

  /**
   * Asserts that a Dataset holds exactly the expected rows, in any order, with a readable diff.
   * Each expected row is given as the values of {@code columns} in order; doubles compare with a
   * tolerance of 1e-9.
   */
  protected static void assertRows(Dataset<Row> actual, String[] columns, Object[]... expected) {
    List<List<Object>> got = new ArrayList<>();
    for (Row row : actual.selectExpr(columns).collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        values.add(normalise(row.get(i)));
      }
      got.add(values);
    }
    List<List<Object>> want = new ArrayList<>();
    for (Object[] e : expected) {
      List<Object> values = new ArrayList<>();
      for (Object o : e) {
        values.add(normalise(o));
      }
      want.add(values);
    }
    List<String> gotText = got.stream().map(SparkTestBase::render).sorted().collect(Collectors.toList());
    List<String> wantText =
        want.stream().map(SparkTestBase::render).sorted().collect(Collectors.toList());
    Assertions.assertEquals(
        String.join("\n", wantText),
        String.join("\n", gotText),
        "rows of " + Arrays.toString(columns) + " differ (expected vs actual, sorted)");
  }

  private static Object normalise(Object o) {
    if (o instanceof scala.collection.Seq<?> seq) {
      List<Object> out = new ArrayList<>();
      scala.collection.Iterator<?> it = seq.iterator();
      while (it.hasNext()) {
        out.add(normalise(it.next()));
      }
      return out;
    }
    if (o instanceof Object[] array) {
      List<Object> out = new ArrayList<>();
      for (Object x : array) {
        out.add(normalise(x));
      }
      return out;
    }
    if (o instanceof Float f) {
      return f.doubleValue();
    }
    if (o instanceof Integer i) {
      return i.longValue();
    }
    if (o instanceof Short s) {
      return s.longValue();
    }
    return o;
  }

  private static String render(List<Object> values) {
    return values.stream()
        .map(
            v ->
                v instanceof Double d
                    ? String.format(java.util.Locale.ROOT, "%.9f", d)
                    : String.valueOf(v))
        .collect(Collectors.joining(" | "));
  }
}
