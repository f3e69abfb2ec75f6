package io.entente.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.SparkTestBase;
import io.entente.model.Columns;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class DedupQualityTest extends SparkTestBase {

  static final StructType INPUT =
      new StructType()
          .add(Columns.ID, DataTypes.StringType, false)
          .add(Columns.DATE, DataTypes.DateType, false)
          .add(Columns.SOURCE, DataTypes.StringType, true)
          .add(Columns.TEXT, DataTypes.StringType, false);

  static Dataset<Row> toDataset(List<SyntheticCorpus.Article> corpus) {
    List<Row> rows = new ArrayList<>();
    for (SyntheticCorpus.Article a : corpus) {
      rows.add(RowFactory.create(a.id(), Date.valueOf(a.date()), a.source(), a.text()));
    }
    return spark.createDataFrame(rows, INPUT);
  }

  static Map<String, String> predicted(Dataset<Row> grouped) {
    Map<String, String> out = new HashMap<>();
    for (Row r : grouped.select(Columns.ID, Columns.DUP_GROUP).collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  static Map<String, String> truth(List<SyntheticCorpus.Article> corpus) {
    Map<String, String> out = new HashMap<>();
    for (SyntheticCorpus.Article a : corpus) {
      out.put(a.id(), a.story());
    }
    return out;
  }

  @Test
  void pairwisePrecisionAndRecallOnASeededSyntheticCorpusAreAtLeast95Percent() {
    List<SyntheticCorpus.Article> corpus = new SyntheticCorpus(7).generate(400);
    Dataset<Row> grouped = Dedup.assignGroups(toDataset(corpus), DedupConfig.defaults());
    PairwiseScore score = PairwiseScore.of(predicted(grouped), truth(corpus));
    assertTrue(score.truePairs() >= 100, "the corpus has injected copies: " + score);
    assertTrue(score.precision() >= 0.95, "precision " + score);
    assertTrue(score.recall() >= 0.95, "recall " + score);
  }

  @Test
  void pairwiseScoreCountsPairsInsideGroups() {
    // truth {a,b,c} {d}; predicted {a,b} {c,d}: 1 correct pair (a,b) of 2 predicted, 3 true
    Map<String, String> truth = Map.of("a", "x", "b", "x", "c", "x", "d", "y");
    Map<String, String> pred = Map.of("a", "a", "b", "a", "c", "c", "d", "c");
    assertEquals(new PairwiseScore(2, 3, 1), PairwiseScore.of(pred, truth));
  }
}
