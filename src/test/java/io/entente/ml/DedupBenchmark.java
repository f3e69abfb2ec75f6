package io.entente.ml;

import io.entente.model.Columns;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Precision, recall and wall time of {@link Dedup#assignGroups} against corpus size, on the seeded
 * synthetic corpus with known copies. Not a unit test: run by hand, figures go to docs/mllib.md.
 *
 * <p>Usage: {@code DedupBenchmark [master] [size...]}, e.g. {@code local[2] 2000 10000 20000}.
 */
public final class DedupBenchmark {
  private DedupBenchmark() {}

  public static void main(String[] args) {
    String master = args.length > 0 ? args[0] : "local[2]";
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(2000, 10000, 20000);
    }
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("dedup-benchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    DedupConfig cfg = DedupConfig.defaults();
    DedupConfig orOnly =
        new DedupConfig(true, null, 8, 1, null, null, null, null, null, null, null, null);
    System.out.println(
        "size | copies pairs | predicted pairs | precision | recall | seconds"
            + " | candidates banded 20x2 | candidates OR-only 8x1");
    for (int n : sizes) {
      List<SyntheticCorpus.Article> corpus = new SyntheticCorpus(n).generate(n);
      List<Row> rows = new ArrayList<>();
      Map<String, String> truth = new HashMap<>();
      for (SyntheticCorpus.Article a : corpus) {
        rows.add(RowFactory.create(a.id(), Date.valueOf(a.date()), a.source(), a.text()));
        truth.put(a.id(), a.story());
      }
      Dataset<Row> in = spark.createDataFrame(rows, DedupQualityTest.INPUT).repartition(8).cache();
      in.count();
      long t0 = System.nanoTime();
      Dataset<Row> grouped = Dedup.assignGroups(in, cfg).cache();
      grouped.count();
      double seconds = (System.nanoTime() - t0) / 1e9;
      Map<String, String> pred = new HashMap<>();
      for (Row r : grouped.select(Columns.ID, Columns.DUP_GROUP).collectAsList()) {
        pred.put(r.getString(0), r.getString(1));
      }
      PairwiseScore s = PairwiseScore.of(pred, truth);
      long banded = Dedup.candidatePairs(in, cfg).count();
      long or = Dedup.candidatePairs(in, orOnly).count();
      System.out.printf(
          Locale.ROOT,
          "%d | %d | %d | %.4f | %.4f | %.1f | %d | %d%n",
          n, s.truePairs(), s.predictedPairs(), s.precision(), s.recall(), seconds, banded, or);
      grouped.unpersist();
      in.unpersist();
    }
    spark.stop();
  }
}
