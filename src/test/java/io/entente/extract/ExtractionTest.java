package io.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.entente.SparkTestBase;
import io.entente.extract.tone.ToneScorer;
import io.entente.extract.topic.TopicMatcher;
import io.entente.model.Columns;
import java.sql.Date;
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

  @Test
  void eachArticleIsReadForTheYearOfItsDate() {
    StructType schema =
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
    // the same text, written while the Soviet Union stood and after it: its seat is the Soviet
    // Union in 1953 and today's Russia in 2024
    String text = "Only the men in Moscow know.";
    Dataset<Row> in =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "old", Date.valueOf("1953-09-17"), null, text, null, null, null, "f", 0L),
                RowFactory.create(
                    "new", Date.valueOf("2024-09-17"), null, text, null, null, null, "f", 1L)),
            schema);
    Broadcast<ArticleAnalyzer.Spec> spec =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(
                new ArticleAnalyzer.Spec(
                    TopicMatcher.defaultMatcher(), ToneScorer.defaultScorer()));
    Map<String, List<String>> countries = new TreeMap<>();
    for (Row r : Extraction.analyze(in, spec).select(Columns.ARTICLE_ID, Columns.COUNTRIES).collectAsList()) {
      countries.put(r.getString(0), r.getList(1));
    }
    assertEquals(Map.of("old", List.of("SUN"), "new", List.of("RUS")), countries);
  }
}
