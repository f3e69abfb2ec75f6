package io.entente.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A deterministic dump of a run's output: per table its schema and every row as text, rows
 * sorted, so two runs compare exactly (doubles print with every digit, so they compare exactly
 * too).
 */
public final class TableDump {
  private TableDump() {}

  private static SparkSession spark;

  /** One small local session for the readers of every integration test class. */
  static synchronized SparkSession spark() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[1]")
              .appName("entente-it-reader")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "1")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
    }
    return spark;
  }

  /** The tables of an output folder: its subfolders, without _staging, _trash and dot files. */
  static List<String> tables(Path output) throws IOException {
    try (Stream<Path> s = Files.list(output)) {
      return s.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_") && !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  /** table -> [schema, sorted rows...], read with the shared reader session. */
  static Map<String, List<String>> dump(Path output) throws IOException {
    return dump(spark(), output);
  }

  /** table -> [schema, sorted rows...]: the first line the schema, then every row as text. */
  public static Map<String, List<String>> dump(SparkSession session, Path output)
      throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    for (String table : tables(output)) {
      Dataset<Row> df = session.read().parquet(output.resolve(table).toString());
      List<String> rows = new ArrayList<>();
      for (Row r : df.collectAsList()) {
        rows.add(r.toString());
      }
      rows.sort(null);
      rows.add(0, "schema " + df.schema().simpleString());
      out.put(table, rows);
    }
    return out;
  }

  /** Empty when equal, else a readable account of the first differences of each table. */
  public static String diff(Map<String, List<String>> expected, Map<String, List<String>> actual) {
    StringBuilder sb = new StringBuilder();
    if (!expected.keySet().equals(actual.keySet())) {
      sb.append("tables differ: expected ")
          .append(expected.keySet())
          .append(" but got ")
          .append(actual.keySet())
          .append('\n');
    }
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      List<String> a = actual.get(e.getKey());
      if (a == null || a.equals(e.getValue())) {
        continue;
      }
      List<String> x = e.getValue();
      sb.append(e.getKey())
          .append(": ")
          .append(x.size() - 1)
          .append(" rows expected, ")
          .append(a.size() - 1)
          .append(" got\n");
      int shown = 0;
      for (int i = 0; i < Math.max(x.size(), a.size()) && shown < 5; i++) {
        String xi = i < x.size() ? x.get(i) : "<none>";
        String ai = i < a.size() ? a.get(i) : "<none>";
        if (!xi.equals(ai)) {
          sb.append("  expected ").append(xi).append("\n  actual   ").append(ai).append('\n');
          shown++;
        }
      }
    }
    return sb.toString();
  }
}
