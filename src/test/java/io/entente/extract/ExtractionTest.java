package io.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.entente.SparkTestBase;
import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicMatcher;
import io.entente.model.Columns;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ExtractionTest extends SparkTestBase {

  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("date", DataTypes.DateType)
          .add("title", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("dateline", DataTypes.StringType)
          .add("source_file", DataTypes.StringType)
          .add("record_offset", DataTypes.LongType);

  private Map<String, List<String>> countries(List<Row> rows) {
    Dataset<Row> in = spark.createDataFrame(rows, SCHEMA);
    Broadcast<ArticleAnalyzer.Spec> spec =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(
                new ArticleAnalyzer.Spec(
                    TopicMatcher.defaultMatcher(), ToneScorer.defaultScorer()));
    Map<String, List<String>> countries = new TreeMap<>();
    Dataset<Row> out = Extraction.analyze(in, spec).select(Columns.ARTICLE_ID, Columns.COUNTRIES);
    for (Row r : out.collectAsList()) {
      // an article that came out twice would replace its first reading here
      assertNull(countries.put(r.getString(0), r.getList(1)), r.getString(0) + " twice");
    }
    return countries;
  }

  @Test
  void eachArticleIsReadForTheYearOfItsDate() {
    // the same text, written while the Soviet Union stood and after it: its seat is the Soviet
    // Union in 1953 and today's Russia in 2024
    String text = "Only the men in Moscow know.";
    Map<String, List<String>> countries =
        countries(
            List.of(
                RowFactory.create(
                    "old", Date.valueOf("1953-09-17"), null, text, null, null, null, "f", 0L),
                RowFactory.create(
                    "new", Date.valueOf("2024-09-17"), null, text, null, null, null, "f", 1L)));
    assertEquals(Map.of("old", List.of("SUN"), "new", List.of("RUS")), countries);
  }

  @Test
  void articlesAreAnalysedInBatchesWithoutLossOrMixUp() {
    // more articles than a batch holds in each of the two partitions, and first an article whose
    // text alone fills a batch: every one comes out once, read for its own year
    List<Row> rows = new ArrayList<>();
    String big = " ".repeat(Extraction.BATCH_CHARS) + "Only the men in Moscow know.";
    rows.add(
        RowFactory.create("big", Date.valueOf("1953-09-17"), null, big, null, null, null, "f", 0L));
    Map<String, List<String>> expected = new TreeMap<>();
    expected.put("big", List.of("SUN"));
    int n = 3 * Extraction.BATCH_ARTICLES;
    for (int i = 0; i < n; i++) {
      String id = String.format("a%03d", i);
      boolean old = i % 3 == 0;
      String date = old ? "1953-09-17" : "2024-09-17";
      rows.add(
          RowFactory.create(
              id, Date.valueOf(date), null, "Only the men in Moscow know.", null, null, null, "f",
              (long) i + 1));
      expected.put(id, List.of(old ? "SUN" : "RUS"));
    }
    assertEquals(expected, countries(rows));
  }
}
